// Tables of the notarization module, in its own Postgres schema.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, instant as ts, legalDate } from '../../../platform/db/columns.js';
import { defineCaseTables } from '../../../platform/workflow/case-tables.js';
import type { ClockState } from '../../../platform/workflow/machine.js';
import type { Fee } from '../domain/matters.js';
import type { JurisdictionGrounds, Relative } from '../domain/offices.js';

export const notarizationSchema = pgSchema('notarization');

/** What the applicant was told at acceptance and confirmed (公证法 Art. 27). */
export interface ToldRecord {
  items: string[];
  acknowledged: boolean;
  recordedBy: string;
  recordedOn: string;
}

export interface Outcome {
  ground: string;
  groundText: string;
  reasons: string;
  decidedBy: string;
  decidedOn: string;
}

export const cases = notarizationSchema.table(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseNumber: text('case_number').notNull().unique(),
    officeCode: text('office_code').notNull(),
    /** The office's region: every list and statistic is scoped by it. */
    regionCode: text('region_code').notNull(),
    organizationId: uuid('organization_id').notNull(),
    matterType: text('matter_type').notNull(),
    state: text('state').notNull(),
    channel: text('channel', { enum: ['online', 'counter'] }).notNull(),
    appliedDate: legalDate('applied_date').notNull(),
    acceptedDate: legalDate('accepted_date'),
    purpose: text('purpose').notNull(),
    useCountry: text('use_country'),
    jurisdiction: jsonb('jurisdiction').$type<JurisdictionGrounds>().notNull(),
    jurisdictionGround: text('jurisdiction_ground').notNull(),
    appearedInPerson: boolean('appeared_in_person').notNull().default(false),
    legalAid: boolean('legal_aid').notNull().default(false),
    legalAidReference: text('legal_aid_reference'),
    fee: jsonb('fee').$type<Fee>().notNull(),
    toldRecord: jsonb('told_record').$type<ToldRecord>(),
    supplementItems: jsonb('supplement_items').$type<string[]>().notNull().default([]),
    outcome: jsonb('outcome').$type<Outcome>(),
    certifiedFacts: text('certified_facts'),
    notaryId: uuid('notary_id'),
    approverId: uuid('approver_id'),
    reExaminerId: uuid('re_examiner_id'),
    /** Keyed hash (blind index) of the applicant's tracking code, shown once on the receipt. */
    trackingCodeIndex: text('tracking_code_index'),
    clock: jsonb('clock').$type<ClockState>().notNull(),
    /** Earliest running deadline, kept in step with the clock for the workbench ordering. */
    nextDueDate: legalDate('next_due_date'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('cases_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('cases_notary_due_idx').on(t.notaryId, t.nextDueDate, t.appliedDate.desc()),
    index('cases_due_region_idx')
      .on(t.nextDueDate, t.regionCode.op('text_pattern_ops'))
      .where(sql`${t.nextDueDate} is not null`),
    index('cases_office_applied_idx').on(t.officeCode, t.appliedDate),
  ],
);

export const parties = notarizationSchema.table(
  'parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['applicant', 'agent'] }).notNull(),
    name: text('name').notNull(),
    idNumberEncrypted: text('id_number_encrypted'),
    idNumberIndex: text('id_number_index'),
    idNumberMasked: text('id_number_masked'),
    phoneEncrypted: text('phone_encrypted'),
    phoneMasked: text('phone_masked'),
    position: integer('position').notNull(),
  },
  (t) => [
    index('parties_case_idx').on(t.caseId),
    index('parties_id_index_idx').on(t.idNumberIndex),
  ],
);

export const { events, documents } = defineCaseTables(notarizationSchema, () => cases.id);

/** Issued certificates: what public verification reads (never the parties). */
export const certificates = notarizationSchema.table(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id),
    number: text('number').notNull().unique(),
    officeCode: text('office_code').notNull(),
    officeName: text('office_name').notNull(),
    regionCode: text('region_code').notNull(),
    matterType: text('matter_type').notNull(),
    issueDate: legalDate('issue_date').notNull(),
    status: text('status', { enum: ['valid', 'revoked', 'corrected'] }).notNull(),
    /** The canonical entry appended to the `notary` ledger, and its index there. */
    entry: bytea('entry').notNull(),
    ledgerIndex: bigint('ledger_index', { mode: 'number' }).notNull(),
    documentId: uuid('document_id').notNull(),
    documentSha256: text('document_sha256').notNull(),
    qrDocumentId: uuid('qr_document_id').notNull(),
    /** The latest revocation or correction entry, pointing back to `ledger_index`. */
    amendmentIndex: bigint('amendment_index', { mode: 'number' }),
    amendedDate: legalDate('amended_date'),
    /** Why it was revoked (REVOCATION_GROUNDS): what the public notice of revocations shows. */
    revocationGround: text('revocation_ground'),
  },
  (t) => [
    index('certificates_sha_idx').on(t.documentSha256),
    index('certificates_revoked_idx')
      .on(t.amendedDate.desc(), t.number)
      .where(sql`${t.status} = 'revoked'`),
  ],
);

/** Fees received and refunded, in fen (分); a refund names whose fault ended the matter. */
export const payments = notarizationSchema.table(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['payment', 'refund'] }).notNull(),
    amountFen: integer('amount_fen').notNull(),
    method: text('method').notNull(),
    receiptNumber: text('receipt_number').notNull(),
    onDate: legalDate('on_date').notNull(),
    fault: text('fault'),
    reason: text('reason'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('payments_case_idx').on(t.caseId),
    index('payments_date_idx').on(t.onDate),
    check('payments_amount_positive', sql`${t.amountFen} > 0`),
  ],
);

/** Per-office, per-year counters: case numbers and certificate numbers. */
export const counters = notarizationSchema.table('counters', {
  key: text('key').primaryKey(),
  next: integer('next').notNull(),
});

/** A notary's close relatives (公证法 Art. 23): never assigned a matter of theirs. */
export const notaryProfiles = notarizationSchema.table('notary_profiles', {
  userId: uuid('user_id').primaryKey(),
  relatives: jsonb('relatives').$type<Relative[]>().notNull(),
});
