// Tables of the city's normative documents (规范性文件): their filing review (备案审查) as cases on
// the kernel's workflow, the corrections asked for, and the cleanup campaigns (清理) with their
// decisions. A filed document, once the review passes, is published into the library as a
// version (`library_version_id`); its validity period (有效期) is kept here.
// (A local pgSchema object, as search-schema.ts explains: schema.ts re-exports this file.)
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { instant as ts, legalDate } from '../../../platform/db/columns.js';
import { defineCaseTables } from '../../../platform/workflow/case-tables.js';
import type { ClockState } from '../../../platform/workflow/machine.js';
import type { FilingSettings } from '../domain/filing-settings.js';
import type { CleanupDecision, CleanupReason } from '../domain/validity.js';

const regulations = pgSchema('regulations');

/** A superior law (上位法) the document relies on: the version in force when it was published. */
export interface SuperiorLaw {
  workKey: string;
  /** `行政复议法/2023-09-01`; null when the library had no text in force that day. */
  versionKey: string | null;
  /** Stable article ids (`行政复议法/2023-09-01/art-13`). */
  articleIds: string[];
}

/** The reviewer's outcome: 通过 / 要求纠正 / 撤销, with reasons. */
export interface FilingOutcome {
  decision: 'approved' | 'correction' | 'revoked' | 'corrected';
  reasons: string;
  decidedBy: string;
  decidedOn: string;
}

export const filings = regulations.table(
  'filings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 备审〔2026〕1号: the review item's own number. */
    caseNumber: text('case_number').notNull().unique(),
    /** `filing`: a body files what it issued; `incidental`: 附带审查 from a reconsideration case. */
    origin: text('origin', { enum: ['filing', 'incidental'] }).notNull(),
    state: text('state').notNull(),
    clock: jsonb('clock').$type<ClockState>().notNull(),
    nextDueDate: legalDate('next_due_date'),
    version: integer('version').notNull().default(1),
    /** The filer's region (the reconsideration authority's for an incidental review). */
    regionCode: text('region_code').notNull(),
    organizationId: uuid('organization_id'),
    filerId: uuid('filer_id'),
    filerName: text('filer_name'),
    title: text('title').notNull(),
    issuingBody: text('issuing_body'),
    /** 文号, normalized: 穗府办规〔2026〕3号. */
    documentNumber: text('document_number'),
    /** The day the issuing body published it (公布); filing is due within N days of it. */
    publishedOn: legalDate('published_on'),
    effectiveOn: legalDate('effective_on'),
    /** The last day of the validity period (有效期至). */
    validUntil: legalDate('valid_until'),
    filedOn: legalDate('filed_on').notNull(),
    filingDueDate: legalDate('filing_due_date'),
    filedLate: boolean('filed_late').notNull().default(false),
    /** The current text (the corrected one after a correction). */
    text: text('text'),
    superiorLaws: jsonb('superior_laws').$type<SuperiorLaw[]>().notNull().default([]),
    /** Warnings found when the number was checked (shown, not blocking). */
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    reconsiderationCaseId: uuid('reconsideration_case_id'),
    reconsiderationCaseNumber: text('reconsideration_case_number'),
    requestReason: text('request_reason'),
    /** The filed document an incidental review is about, when found. */
    subjectFilingId: uuid('subject_filing_id'),
    outcome: jsonb('outcome').$type<FilingOutcome>(),
    /** The library version the document was published as (统一发布). */
    libraryVersionId: uuid('library_version_id'),
    libraryVersionKey: text('library_version_key'),
    publishedToLibraryOn: legalDate('published_to_library_on'),
    repealedOn: legalDate('repealed_on'),
    repealReason: text('repeal_reason'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('filings_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('filings_state_due_idx').on(t.state, t.nextDueDate),
    index('filings_number_idx').on(t.documentNumber),
    index('filings_reconsideration_idx').on(t.reconsiderationCaseId),
    index('filings_library_version_idx').on(t.libraryVersionId),
  ],
);

export const { events: filingEvents, documents: filingDocuments } = defineCaseTables(
  regulations,
  () => filings.id,
);

/** One item the reviewer asked to correct, tracked until the reviewer closes it. */
export const filingCorrections = regulations.table(
  'filing_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    filingId: uuid('filing_id')
      .notNull()
      .references(() => filings.id, { onDelete: 'cascade' }),
    /** 1 for the first request, 2 when the corrected text still had to be corrected … */
    round: integer('round').notNull(),
    ordinal: integer('ordinal').notNull(),
    item: text('item').notNull(),
    requestedOn: legalDate('requested_on').notNull(),
    /** The filer's answer: what was changed. */
    response: text('response'),
    respondedOn: legalDate('responded_on'),
    state: text('state', { enum: ['open', 'answered', 'closed'] }).notNull(),
    closedOn: legalDate('closed_on'),
  },
  (t) => [uniqueIndex('filing_corrections_item_idx').on(t.filingId, t.round, t.ordinal)],
);

/** Numbers of review items, per year. */
export const filingCounters = regulations.table('filing_counters', {
  key: text('key').primaryKey(),
  next: integer('next').notNull(),
});

/** The configurable periods of filing review and validity (one row, id 1). */
export const filingSettings = regulations.table('filing_settings', {
  id: integer('id').primaryKey(),
  settings: jsonb('settings').$type<FilingSettings>().notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  updatedBy: text('updated_by'),
});

/** A cleanup campaign (清理): the documents due for a look, as of its start day, in a region. */
export const cleanupCampaigns = regulations.table(
  'cleanup_campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    regionCode: text('region_code').notNull(),
    startedOn: legalDate('started_on').notNull(),
    state: text('state', { enum: ['open', 'closed'] }).notNull(),
    closedOn: legalDate('closed_on'),
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('cleanup_campaigns_region_idx').on(t.regionCode.op('text_pattern_ops'))],
);

export const cleanupItems = regulations.table(
  'cleanup_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => cleanupCampaigns.id, { onDelete: 'cascade' }),
    filingId: uuid('filing_id')
      .notNull()
      .references(() => filings.id),
    reasons: jsonb('reasons')
      .$type<CleanupReason[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    decision: text('decision').$type<CleanupDecision>(),
    decisionReason: text('decision_reason'),
    decidedBy: text('decided_by'),
    decidedOn: legalDate('decided_on'),
  },
  (t) => [uniqueIndex('cleanup_items_campaign_filing_idx').on(t.campaignId, t.filingId)],
);
