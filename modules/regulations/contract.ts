// Request and response schemas of the law-library API (shared by routes and web pages).
import { z } from 'zod';
import { pageQuery } from '../../platform/http/pagination.js';
import { isLegalDate } from '../../platform/workflow/dates.js';
import type { LawLevel } from './db/schema.js';
import { LAW_LEVELS } from './domain/levels.js';

export const legalDate = z.string().refine(isLegalDate, '日期格式应为 YYYY-MM-DD');
export const lawLevel = z.enum(LAW_LEVELS as [LawLevel, ...LawLevel[]]);
export const versionStatus = z.enum(['in_force', 'amended', 'repealed', 'not_yet_in_force']);

export const documentListQuery = pageQuery.extend({
  level: lawLevel.optional(),
  status: versionStatus.optional(),
  issuingBody: z.string().trim().min(1).max(100).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  title: z.string().trim().min(1).max(100).optional(),
  workKey: z.string().trim().min(1).max(200).optional(),
});
export type DocumentListQuery = z.infer<typeof documentListQuery>;

export const versionSummary = z.object({
  id: z.string(),
  /** `行政复议法/2023-09-01` */
  key: z.string(),
  /** `行政复议法` */
  workKey: z.string(),
  title: z.string(),
  level: z.string(),
  issuingBody: z.string().nullable(),
  documentNumber: z.string().nullable(),
  promulgatedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  repealed: z.boolean(),
  repealedOn: z.string().nullable(),
  status: versionStatus,
  published: z.boolean(),
  articleCount: z.number().int(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

export const articlePath = z.object({
  part: z.string().optional(),
  subpart: z.string().optional(),
  chapter: z.string().optional(),
  section: z.string().optional(),
});

export const articleView = z.object({
  /** `行政复议法/2023-09-01/art-62` */
  id: z.string(),
  ordinal: z.number().int(),
  kind: z.enum(['article', 'item', 'paragraph']),
  number: z.number().int(),
  suffix: z.number().int(),
  label: z.string(),
  path: articlePath,
  text: z.string(),
});
export type ArticleView = z.infer<typeof articleView>;

export const versionDetail = versionSummary.extend({
  history: z.array(z.string()),
  preamble: z.string().nullable(),
  appendix: z.string().nullable(),
  source: z.string(),
  articles: z.array(articleView),
  /** The other versions of the same work, oldest first (this one included). */
  versions: z.array(versionSummary),
});
export type VersionDetail = z.infer<typeof versionDetail>;

export const facetCount = z.object({ value: z.string(), n: z.number().int() });
export const libraryFacets = z.object({
  levels: z.array(facetCount),
  statuses: z.array(facetCount),
  bodies: z.array(facetCount),
  years: z.array(facetCount),
});

export const articleInForceQuery = z.object({
  /** 62, `62`, `第六十二条`, `第十条之一`. */
  article: z.string().trim().min(1).max(20),
  date: legalDate.optional(),
});

export const articleInForceReply = z.object({
  version: versionSummary,
  article: articleView,
});
export type ArticleInForce = z.infer<typeof articleInForceReply>;

export const dateQuery = z.object({ date: legalDate.optional() });

/** At most this much may be uploaded at once (the whole corpus is about 26 MB). */
export const UPLOAD_MAX_FILES = 2000;
export const UPLOAD_MAX_BYTES = 40 * 1024 * 1024;

export const uploadBody = z.strictObject({
  files: z
    .array(
      z.strictObject({
        /** The file name (or path inside the chosen folder), e.g. `行政复议法(2023-09-01).md`. */
        name: z.string().trim().min(1).max(300),
        content: z.string().max(5_000_000),
      }),
    )
    .max(UPLOAD_MAX_FILES),
});
export type UploadBody = z.infer<typeof uploadBody>;

export const importFailure = z.object({ file: z.string(), reason: z.string() });

export const importRun = z.object({
  id: z.string(),
  origin: z.string(),
  startedBy: z.string().nullable(),
  state: z.enum(['running', 'done', 'failed']),
  phase: z.enum(['parsing', 'storing', 'indexing', 'done']),
  total: z.number().int(),
  processed: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failures: z.array(importFailure),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportRunView = z.infer<typeof importRun>;

export const runStarted = z.object({ runId: z.string() });
export const idParam = z.object({ id: z.uuid() });
export const keyParams = z.object({ workKey: z.string().min(1).max(200), date: legalDate });
export const workParams = z.object({ workKey: z.string().min(1).max(200) });
