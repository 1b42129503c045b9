// Request and response schemas of the library search (GET /api/regulations/search).
import { z } from 'zod';
import { lawLevel, legalDate, versionStatus } from './contract.js';

/** `a,b` or a repeated parameter, each value checked. */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      (Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [v])
        .map((s) => (typeof s === 'string' ? s.trim() : s))
        .filter((s) => s !== ''),
    z.array(item).max(10),
  );

export const searchQuery = z
  .object({
    q: z.string().trim().min(1, '请输入要检索的内容').max(200, '检索内容不能超过 200 个字符'),
    level: listOf(lawLevel).optional(),
    status: listOf(versionStatus).optional(),
    issuingBody: z.string().trim().min(1).max(100).optional(),
    /** Promulgation date from (inclusive). */
    from: legalDate.optional(),
    /** Promulgation date to (inclusive). */
    to: legalDate.optional(),
    page: z.coerce.number().int().min(1).max(500).default(1),
    pageSize: z.coerce.number().int().min(1).max(50).default(10),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '起始日期不能晚于截止日期',
    path: ['to'],
  });
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHitArticle = z.object({
  /** `行政复议法/2023-09-01/art-62` */
  id: z.string(),
  label: z.string(),
  number: z.number().int(),
  /** HTML-escaped text with the query's words in <mark>. */
  snippet: z.string(),
  /** The article a reference in the query names (复议法 62条). */
  referenced: z.boolean(),
});

export const searchHit = z.object({
  version: z.object({
    id: z.string(),
    key: z.string(),
    workKey: z.string(),
    title: z.string(),
    level: z.string(),
    status: versionStatus,
    issuingBody: z.string().nullable(),
    promulgatedOn: z.string().nullable(),
    effectiveOn: z.string().nullable(),
  }),
  /** Matching articles in this document; `articles` shows the best few. */
  matchedArticles: z.number().int(),
  articles: z.array(searchHitArticle),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchResult = z.object({
  query: z.string(),
  /** How the query was read: references found, words searched, words added by expansion. */
  interpretation: z.object({
    references: z.array(
      z.object({
        text: z.string(),
        workKey: z.string().nullable(),
        articleId: z.string().nullable(),
      }),
    ),
    phrases: z.array(z.string()),
    terms: z.array(z.string()),
    expansions: z.array(z.object({ matched: z.string(), terms: z.array(z.string()) })),
  }),
  /** Matching documents (the unit of paging) and articles. */
  total: z.number().int(),
  totalArticles: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(searchHit),
  tookMs: z.number(),
});
export type SearchResult = z.infer<typeof searchResult>;
