// Tables of the mediation module, in its own Postgres schema.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgSchema, text, unique, uuid } from 'drizzle-orm/pg-core';
import { instant as ts, legalDate } from '../../../platform/db/columns.js';
import { defineCaseTables } from '../../../platform/workflow/case-tables.js';
import type { ClockState } from '../../../platform/workflow/machine.js';
import type { SignatureRecord } from '../domain/templates.js';

export const mediationSchema = pgSchema('mediation');

/** 人民调解委员会: where it sits (region), its level, its term (Art. 9). */
export const committees = mediationSchema.table(
  'committees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    /** Used in case numbers: (2026)五山调字第1号. */
    shortName: text('short_name').notNull(),
    level: text('level', { enum: ['community', 'street', 'district', 'industry'] }).notNull(),
    regionCode: text('region_code').notNull(),
    /** For industry / professional committees: the dispute types they take. */
    industryTypes: jsonb('industry_types').$type<string[]>().notNull().default([]),
    address: text('address'),
    phone: text('phone'),
    termStart: legalDate('term_start').notNull(),
    termEnd: legalDate('term_end').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('committees_region_idx').on(t.regionCode.op('text_pattern_ops'))],
);

/** 委员 (Art. 8: 3–9, with a woman). */
export const committeeMembers = mediationSchema.table(
  'committee_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sex: text('sex', { enum: ['female', 'male'] }).notNull(),
    post: text('post', { enum: ['chair', 'vice_chair', 'member'] }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('committee_members_committee_idx').on(t.committeeId)],
);

/** 人民调解员 of a committee, with a login when they use Sifa themselves. */
export const mediators = mediationSchema.table(
  'mediators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    userId: uuid('user_id').unique(),
    name: text('name').notNull(),
    sex: text('sex', { enum: ['female', 'male'] }).notNull(),
    kind: text('kind', { enum: ['full_time', 'part_time'] }).notNull(),
    specialties: jsonb('specialties').$type<string[]>().notNull().default([]),
    phoneEncrypted: text('phone_encrypted'),
    phoneMasked: text('phone_masked'),
    active: boolean('active').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('mediators_committee_idx').on(t.committeeId)],
);

/** 以案定补 per settled dispute, by region (a prefix) and type, from a date. */
export const subsidyRates = mediationSchema.table(
  'subsidy_rates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code').notNull(),
    disputeType: text('dispute_type').notNull(),
    amountYuan: integer('amount_yuan').notNull(),
    validFrom: legalDate('valid_from').notNull(),
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique('subsidy_rates_key').on(t.regionCode, t.disputeType, t.validFrom)],
);

export interface Referral {
  body: string;
  reference: string | null;
}

export interface Outcome {
  kind: 'refused' | 'terminated';
  ground: string;
  partyName: string | null;
  reasons: string;
  routes: string[];
  decidedOn: string;
}

export interface Confirmation {
  court: string;
  appliedOn: string;
  acceptedOn: string | null;
  extended: boolean;
  ruling: 'valid' | 'invalid' | 'declined' | null;
  ruledOn: string | null;
  rulingNumber: string | null;
  reasons: string | null;
}

export interface Risk {
  level: string;
  note: string;
  flaggedOn: string;
  flaggedBy: string;
  reportedToPolice: boolean;
  policeStation: string | null;
}

/** One dispute (纠纷) and its mediation. */
export const cases = mediationSchema.table(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseNumber: text('case_number').notNull().unique(),
    trackingCodeHash: text('tracking_code_hash').notNull(),
    channel: text('channel', { enum: ['application', 'initiated', 'court', 'police'] }).notNull(),
    referral: jsonb('referral').$type<Referral>(),
    disputeType: text('dispute_type').notNull(),
    /** Where the dispute arose (镇街 or 村居). */
    placeCode: text('place_code').notNull(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    /** The committee that first took it: settled there without transfer is 就地化解. */
    firstCommitteeId: uuid('first_committee_id').notNull(),
    transferCount: integer('transfer_count').notNull().default(0),
    mediatorId: uuid('mediator_id').references(() => mediators.id),
    /** The committee's region: every list and statistic is scoped by it. */
    regionCode: text('region_code').notNull(),
    state: text('state').notNull(),
    appliedDate: legalDate('applied_date').notNull(),
    facts: text('facts').notNull(),
    claims: text('claims').notNull(),
    amountYuan: integer('amount_yuan'),
    outcome: jsonb('outcome').$type<Outcome>(),
    agreementKind: text('agreement_kind', { enum: ['written', 'oral'] }),
    /** The day the agreement took effect: the dispute counts as settled from then. */
    settledDate: legalDate('settled_date'),
    /** 以案定补 for the mediator, fixed when the agreement took effect. */
    subsidyYuan: integer('subsidy_yuan'),
    confirmation: jsonb('confirmation').$type<Confirmation>(),
    riskLevel: text('risk_level'),
    risk: jsonb('risk').$type<Risk>(),
    clock: jsonb('clock').$type<ClockState>().notNull(),
    /** Earliest running deadline, kept in step with the clock for the workbench ordering. */
    nextDueDate: legalDate('next_due_date'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('mediation_cases_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('mediation_cases_mediator_due_idx').on(t.mediatorId, t.nextDueDate),
    index('mediation_cases_committee_applied_idx').on(t.committeeId, t.appliedDate),
    index('mediation_cases_risk_idx')
      .on(t.regionCode.op('text_pattern_ops'))
      .where(sql`${t.riskLevel} is not null`),
  ],
);

export const parties = mediationSchema.table(
  'parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['applicant', 'respondent'] }).notNull(),
    kind: text('kind', { enum: ['person', 'organization'] }).notNull(),
    name: text('name').notNull(),
    idNumberEncrypted: text('id_number_encrypted'),
    idNumberIndex: text('id_number_index'),
    idNumberMasked: text('id_number_masked'),
    creditCode: text('credit_code'),
    phoneEncrypted: text('phone_encrypted'),
    phoneMasked: text('phone_masked'),
    addressEncrypted: text('address_encrypted'),
    position: integer('position').notNull(),
  },
  (t) => [
    index('mediation_parties_case_idx').on(t.caseId),
    index('mediation_parties_id_index_idx').on(t.idNumberIndex),
    index('mediation_parties_credit_code_idx').on(t.creditCode),
  ],
);

/** 调解记录 (Art. 27 archives it): each session with date, place, who took part, notes. */
export const sessions = mediationSchema.table(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    heldOn: legalDate('held_on').notNull(),
    place: text('place').notNull(),
    participants: jsonb('participants').$type<string[]>().notNull(),
    notes: text('notes').notNull(),
    recordedBy: text('recorded_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('mediation_sessions_case_idx').on(t.caseId, t.heldOn)],
);

/** The agreement: written (Art. 29) or oral (Art. 30); signatures once it takes effect. */
export const agreements = mediationSchema.table('agreements', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['written', 'oral'] }).notNull(),
  facts: text('facts').notNull(),
  issues: text('issues').notNull(),
  responsibilities: text('responsibilities').notNull(),
  content: text('content').notNull(),
  performanceManner: text('performance_manner').notNull(),
  performanceDeadline: legalDate('performance_deadline'),
  reachedOn: legalDate('reached_on').notNull(),
  effectiveOn: legalDate('effective_on'),
  signatures: jsonb('signatures').$type<SignatureRecord[]>().notNull().default([]),
  mediatorSignedOn: legalDate('mediator_signed_on'),
  sealedOn: legalDate('sealed_on'),
});

/** 回访 (Art. 31): how the agreement is being performed. */
export const followUps = mediationSchema.table(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    visitedOn: legalDate('visited_on').notNull(),
    method: text('method').notNull(),
    performance: text('performance').notNull(),
    note: text('note'),
    recordedBy: text('recorded_by'),
  },
  (t) => [index('mediation_follow_ups_case_idx').on(t.caseId)],
);

/** Case numbers per committee and year. */
export const counters = mediationSchema.table('counters', {
  key: text('key').primaryKey(),
  next: integer('next').notNull(),
});

export const { events, documents } = defineCaseTables(mediationSchema, () => cases.id);
