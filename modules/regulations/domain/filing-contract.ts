// Request and response schemas of filing review, cleanup and the portal's extra reads (shared by
// routes and web pages; the pages import only the types).
import { z } from 'zod';
import { pageQuery } from '../../../platform/http/pagination.js';
import { legalDate, versionSummary } from '../contract.js';
import { filingSettingsSchema } from './filing-settings.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().min(1);

export const superiorLawInput = z.strictObject({
  /** The library's work key, e.g. `行政复议法`. */
  workKey: text(200),
  /** Article numbers relied on: 13, `13`, `第十三条`. */
  articles: z.array(text(20)).max(50).default([]),
});

export const fileBody = z.strictObject({
  title: text(200),
  issuingBody: text(100),
  documentNumber: text(50),
  publishedOn: legalDate,
  effectiveOn: legalDate.optional(),
  /** Defaults to the configured validity period from the effective day. */
  validUntil: legalDate.optional(),
  text: text(300_000),
  superiorLaws: z.array(superiorLawInput).max(20).default([]),
  /** The filer's region by default; a city clerk may file for a district. */
  regionCode: z
    .string()
    .regex(/^\d{4,12}$/)
    .optional(),
});
export type FileBody = z.infer<typeof fileBody>;

export const stepBody = z.strictObject({ version, note: text(2000).optional() });
export const approveBody = z.strictObject({ version, reasons: text(2000).optional() });
export const revokeBody = z.strictObject({ version, reasons: text(2000) });
export const requestCorrectionBody = z.strictObject({
  version,
  items: z.array(text(1000)).min(1).max(30),
  reasons: text(2000).optional(),
});
export const submitCorrectionBody = z.strictObject({
  version,
  text: text(300_000),
  responses: z.array(z.strictObject({ id: z.uuid(), response: text(2000) })).max(30),
});
export type SubmitCorrectionBody = z.infer<typeof submitCorrectionBody>;
export const confirmCorrectionBody = z.strictObject({ version, note: text(2000).optional() });
export const validityBody = z.strictObject({
  effectiveOn: legalDate,
  validUntil: legalDate.nullable(),
});

export const filingListQuery = pageQuery.extend({
  state: z.string().max(40).optional(),
  origin: z.enum(['filing', 'incidental']).optional(),
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  text: z.string().trim().min(1).max(100).optional(),
});
export type FilingListQuery = z.infer<typeof filingListQuery>;

const deadlineStatus = z.enum(['normal', 'due_soon', 'overdue', 'suspended', 'met']);
export const validityStatus = z.enum([
  'unpublished',
  'not_yet_in_force',
  'in_force',
  'expiring',
  'expired',
  'repealed',
]);

export const filingSummary = z.object({
  id: z.string(),
  caseNumber: z.string(),
  origin: z.enum(['filing', 'incidental']),
  state: z.string(),
  stateLabel: z.string(),
  title: z.string(),
  issuingBody: z.string().nullable(),
  documentNumber: z.string().nullable(),
  publishedOn: z.string().nullable(),
  filedOn: z.string(),
  filedLate: z.boolean(),
  regionCode: z.string(),
  nextDueDate: z.string().nullable(),
  nextDeadlineStatus: deadlineStatus.nullable(),
  reconsiderationCaseNumber: z.string().nullable(),
  validity: validityStatus,
  validityLabel: z.string(),
});
export type FilingSummary = z.infer<typeof filingSummary>;

export const correctionView = z.object({
  id: z.string(),
  round: z.number().int(),
  ordinal: z.number().int(),
  item: z.string(),
  requestedOn: z.string(),
  response: z.string().nullable(),
  respondedOn: z.string().nullable(),
  state: z.enum(['open', 'answered', 'closed']),
  closedOn: z.string().nullable(),
});
export type CorrectionView = z.infer<typeof correctionView>;

export const filingDetail = filingSummary.extend({
  version: z.number().int(),
  effectiveOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  filingDueDate: z.string().nullable(),
  text: z.string().nullable(),
  superiorLaws: z.array(
    z.object({
      workKey: z.string(),
      versionKey: z.string().nullable(),
      articleIds: z.array(z.string()),
    }),
  ),
  warnings: z.array(z.string()),
  filerName: z.string().nullable(),
  requestReason: z.string().nullable(),
  subject: z.object({ id: z.string(), caseNumber: z.string() }).nullable(),
  outcome: z
    .object({
      decision: z.string(),
      reasons: z.string(),
      decidedBy: z.string(),
      decidedOn: z.string(),
    })
    .nullable(),
  libraryVersionKey: z.string().nullable(),
  publishedToLibraryOn: z.string().nullable(),
  repealedOn: z.string().nullable(),
  corrections: z.array(correctionView),
  deadlines: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      start: z.string(),
      dueDate: z.string().nullable(),
      metOn: z.string().nullable(),
      status: deadlineStatus,
      statusLabel: z.string(),
      explanation: z.string(),
    }),
  ),
  timeline: z.array(
    z.object({
      at: z.string(),
      onDate: z.string(),
      action: z.string(),
      actionLabel: z.string(),
      fromState: z.string().nullable(),
      toState: z.string(),
      actorName: z.string().nullable(),
      note: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  actions: z.array(z.object({ action: z.string(), label: z.string() })),
});
export type FilingDetail = z.infer<typeof filingDetail>;

export const filingCreated = z.object({
  id: z.string(),
  caseNumber: z.string(),
  filedLate: z.boolean(),
  filingDueDate: z.string(),
  warnings: z.array(z.string()),
});
export type FilingCreated = z.infer<typeof filingCreated>;

export { filingSettingsSchema };

// ---- cleanup ----

export const campaignBody = z.strictObject({
  title: text(200),
  regionCode: z
    .string()
    .regex(/^\d{4,12}$/)
    .optional(),
});

export const decisionBody = z.strictObject({
  decision: z.enum(['continue', 'amend', 'repeal']),
  reason: text(2000),
});
export type DecisionBody = z.infer<typeof decisionBody>;

export const campaignSummary = z.object({
  id: z.string(),
  title: z.string(),
  regionCode: z.string(),
  startedOn: z.string(),
  state: z.enum(['open', 'closed']),
  closedOn: z.string().nullable(),
  createdBy: z.string().nullable(),
  total: z.number().int(),
  decided: z.number().int(),
});
export type CampaignSummary = z.infer<typeof campaignSummary>;

export const cleanupItemView = z.object({
  id: z.string(),
  filingId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  issuingBody: z.string().nullable(),
  validUntil: z.string().nullable(),
  validity: validityStatus,
  validityLabel: z.string(),
  libraryVersionKey: z.string().nullable(),
  reasons: z.array(z.object({ kind: z.string(), label: z.string(), detail: z.string() })),
  decision: z.enum(['continue', 'amend', 'repeal']).nullable(),
  decisionLabel: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedOn: z.string().nullable(),
});
export type CleanupItemView = z.infer<typeof cleanupItemView>;

export const campaignDetail = campaignSummary.extend({ items: z.array(cleanupItemView) });
export type CampaignDetail = z.infer<typeof campaignDetail>;

// ---- portal ----

export const compareQuery = z.object({ from: legalDate, to: legalDate });

const comparedArticle = z.object({ id: z.string(), label: z.string(), text: z.string() });
export const articleChange = z.enum(['same', 'changed', 'added', 'removed']);
export const compareRow = z.object({
  key: z.string(),
  label: z.string(),
  change: articleChange,
  before: comparedArticle.nullable(),
  after: comparedArticle.nullable(),
  /** For a changed article: the text as runs kept, deleted and inserted. */
  segments: z
    .array(z.object({ op: z.enum(['same', 'insert', 'delete']), text: z.string() }))
    .nullable(),
});
export type CompareRow = z.infer<typeof compareRow>;

export const compareReply = z.object({
  workKey: z.string(),
  from: versionSummary,
  to: versionSummary,
  counts: z.object({
    same: z.number().int(),
    changed: z.number().int(),
    added: z.number().int(),
    removed: z.number().int(),
  }),
  rows: z.array(compareRow),
});
export type CompareReply = z.infer<typeof compareReply>;

/** What the portal shows of a normative document's filing: public facts only. */
export const portalFiling = z.object({
  caseNumber: z.string(),
  documentNumber: z.string().nullable(),
  issuingBody: z.string().nullable(),
  publishedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  validity: validityStatus,
  validityLabel: z.string(),
  filedOn: z.string(),
  reviewedOn: z.string().nullable(),
});
export type PortalFiling = z.infer<typeof portalFiling>;
