// Tables of the reconsideration module, in its own Postgres schema.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgSchema, text, uuid } from 'drizzle-orm/pg-core';
import { instant as ts, legalDate } from '../../../platform/db/columns.js';
import { defineCaseTables } from '../../../platform/workflow/case-tables.js';
import type { ClockState } from '../../../platform/workflow/machine.js';

export const reconsiderationSchema = pgSchema('reconsideration');

export interface DecisionRecord {
  type: string;
  summary: string;
  reasons: string;
  legalBasis: string;
  draftedBy: string;
  draftedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  decisionDate: string | null;
  returnNote: string | null;
}

export const cases = reconsiderationSchema.table(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseNumber: text('case_number').notNull().unique(),
    trackingCodeHash: text('tracking_code_hash').notNull(),
    state: text('state').notNull(),
    procedure: text('procedure', { enum: ['ordinary', 'simplified'] })
      .notNull()
      .default('ordinary'),
    /** The handling bureau's region: 4401 for the city, a district code for a district. */
    regionCode: text('region_code').notNull(),
    organizationId: uuid('organization_id').notNull(),
    channel: text('channel', { enum: ['online', 'in_person', 'mail', 'oral'] }).notNull(),
    receivedDate: legalDate('received_date').notNull(),
    postmarkDate: legalDate('postmark_date'),
    respondentName: text('respondent_name').notNull(),
    respondentCreditCode: text('respondent_credit_code'),
    contestedAct: text('contested_act').notNull(),
    actDate: legalDate('act_date'),
    knewDate: legalDate('knew_date').notNull(),
    informedOfRight: boolean('informed_of_right').notNull(),
    learnedOfRightDate: legalDate('learned_of_right_date'),
    realProperty: boolean('real_property').notNull().default(false),
    requests: text('requests').notNull(),
    factsAndReasons: text('facts_and_reasons').notNull(),
    normativeDocumentReview: text('normative_document_review'),
    compensationClaim: text('compensation_claim'),
    stopExecutionRequest: boolean('stop_execution_request').notNull().default(false),
    simplifiedFacts: jsonb('simplified_facts').$type<Record<string, unknown>>().notNull(),
    late: boolean('late').notNull(),
    timeLimit: jsonb('time_limit').$type<{ lastDay: string; computation: string[] }>().notNull(),
    clock: jsonb('clock').$type<ClockState>().notNull(),
    /** Earliest running deadline, kept in step with the clock for the workbench ordering. */
    nextDueDate: legalDate('next_due_date'),
    handlerId: uuid('handler_id'),
    decision: jsonb('decision').$type<DecisionRecord>(),
    servedDate: legalDate('served_date'),
    serviceMethod: text('service_method'),
    extended: boolean('extended').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('cases_region_idx').on(t.regionCode.op('text_pattern_ops')),
    // The workbench: a handler's cases by next statutory date.
    index('cases_handler_due_idx').on(t.handlerId, t.nextDueDate, t.receivedDate.desc()),
    // Overdue and due-soon lists: only cases with a running clock, by date then region.
    index('cases_due_region_idx')
      .on(t.nextDueDate, t.regionCode.op('text_pattern_ops'))
      .where(sql`${t.nextDueDate} is not null`),
    index('cases_state_due_idx').on(t.state, t.nextDueDate),
    // The file of an organization: the cases where it is the respondent organ.
    index('cases_respondent_credit_code_idx')
      .on(t.respondentCreditCode)
      .where(sql`${t.respondentCreditCode} is not null`),
  ],
);

export const parties = reconsiderationSchema.table(
  'parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['applicant', 'agent', 'third_party'] }).notNull(),
    kind: text('kind', { enum: ['person', 'organization'] }).notNull(),
    name: text('name').notNull(),
    idNumberEncrypted: text('id_number_encrypted'),
    idNumberIndex: text('id_number_index'),
    idNumberMasked: text('id_number_masked'),
    creditCode: text('credit_code'),
    legalRepresentative: text('legal_representative'),
    phoneEncrypted: text('phone_encrypted'),
    phoneMasked: text('phone_masked'),
    email: text('email'),
    addressEncrypted: text('address_encrypted'),
    /** For an agent: the party they act for, and their written mandate. */
    representsPartyId: uuid('represents_party_id'),
    mandateDocumentId: uuid('mandate_document_id'),
    position: integer('position').notNull(),
  },
  (t) => [
    index('parties_case_idx').on(t.caseId),
    index('parties_id_index_idx').on(t.idNumberIndex),
    index('parties_credit_code_idx').on(t.creditCode),
  ],
);

export const { events, documents } = defineCaseTables(reconsiderationSchema, () => cases.id);

export const hearings = reconsiderationSchema.table('hearings', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => cases.id, { onDelete: 'cascade' }),
  hearingDate: legalDate('hearing_date').notNull(),
  location: text('location').notNull(),
  presiding: text('presiding').notNull(),
  officers: jsonb('officers').$type<string[]>().notNull(),
  clerk: text('clerk').notNull(),
  noticeDate: legalDate('notice_date').notNull(),
  record: text('record'),
  applicantAbsent: boolean('applicant_absent'),
});

export const publications = reconsiderationSchema.table(
  'publications',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['draft', 'published', 'withdrawn'] }).notNull(),
    title: text('title').notNull(),
    redactedText: text('redacted_text').notNull(),
    respondentName: text('respondent_name').notNull(),
    outcome: text('outcome').notNull(),
    year: integer('year').notNull(),
    regionCode: text('region_code').notNull(),
    reviewedBy: text('reviewed_by'),
    publishedAt: ts('published_at'),
  },
  (t) => [index('publications_search_idx').on(t.status, t.year)],
);

export const lawsuits = reconsiderationSchema.table(
  'lawsuits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').references(() => cases.id),
    regionCode: text('region_code').notNull(),
    organName: text('organ_name').notNull(),
    court: text('court').notNull(),
    courtCaseNumber: text('court_case_number').notNull(),
    filedDate: legalDate('filed_date').notNull(),
    hearingDates: jsonb('hearing_dates')
      .$type<{ date: string; headAppeared: boolean; appearedName: string | null }[]>()
      .notNull(),
    outcome: text('outcome'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('lawsuits_region_idx').on(t.regionCode.op('text_pattern_ops'))],
);

/** Per-authority, per-year case numbers: 穗府行复〔2026〕第12号. */
export const caseCounters = reconsiderationSchema.table('case_counters', {
  key: text('key').primaryKey(),
  next: integer('next').notNull(),
});

/**
 * The units a handler worked for before (conflict-of-interest check on assignment): a handler
 * never gets a case whose respondent is one of them.
 */
export const handlerProfiles = reconsiderationSchema.table('handler_profiles', {
  userId: uuid('user_id').primaryKey(),
  formerUnits: jsonb('former_units').$type<string[]>().notNull(),
});
