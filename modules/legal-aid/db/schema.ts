// Tables of the legal-aid module, in its own Postgres schema `legal_aid`.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgSchema,
  real,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { instant as ts, legalDate } from '../../../platform/db/columns.js';
import { defineCaseTables } from '../../../platform/workflow/case-tables.js';
import type { ClockState } from '../../../platform/workflow/machine.js';
import type { Place } from '../domain/centres.js';
import type {
  EligibilityFacts,
  EligibilityOverride,
  EligibilityResult,
} from '../domain/eligibility.js';
import type { ScoredItem, Subsidy } from '../domain/quality.js';

export const legalAidSchema = pgSchema('legal_aid');

/** A detainee's application forwarded by the facility (Art. 39): the 24-hour record. */
export interface DetentionRecord {
  facility: string;
  requestedAt: string;
  forwardedAt: string;
  hours: number;
  late: boolean;
}

/** A court's, procuratorate's or police notice to assign a lawyer (Art. 35, 36). */
export interface NoticeRecord {
  authorityKind: string;
  authorityName: string;
  noticeNumber: string;
  charge: string | null;
}

export interface Decision {
  outcome: 'grant' | 'provisional' | 'refuse';
  reasons: string;
  provisionalGround: string | null;
  decidedBy: string;
  decidedOn: string;
}

export interface Termination {
  ground: string;
  groundText: string;
  reasons: string;
  decidedOn: string;
}

export interface Objection {
  against: 'refusal' | 'termination';
  reasons: string;
  filedOn: string;
  outcome: 'maintained' | 'corrected' | null;
  decisionReasons: string | null;
  decidedOn: string | null;
}

export interface Closing {
  outcome: string;
  report: string;
  closedOn: string;
}

export const cases = legalAidSchema.table(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseNumber: text('case_number').notNull().unique(),
    /** Keyed hash (blind index) of the applicant's tracking code: never stored in clear. */
    trackingCodeHash: text('tracking_code_hash').notNull(),
    centreCode: text('centre_code').notNull(),
    organizationId: uuid('organization_id').notNull(),
    /** The centre's region: every list and statistic is scoped by it. */
    regionCode: text('region_code').notNull(),
    state: text('state').notNull(),
    source: text('source', { enum: ['online', 'window', 'detention', 'notice'] }).notNull(),
    category: text('category').notNull(),
    civilMatter: text('civil_matter'),
    mandatoryGround: text('mandatory_ground'),
    /** Life imprisonment or death penalty possible, or death-sentence review (Art. 26). */
    gravest: boolean('gravest').notNull().default(false),
    matterSummary: text('matter_summary').notNull(),
    place: jsonb('place').$type<Place>().notNull(),
    receivedDate: legalDate('received_date').notNull(),
    facts: jsonb('facts').$type<EligibilityFacts>(),
    eligibility: jsonb('eligibility').$type<EligibilityResult>(),
    eligibilityOverride: jsonb('eligibility_override').$type<EligibilityOverride>(),
    detention: jsonb('detention').$type<DetentionRecord>(),
    notice: jsonb('notice').$type<NoticeRecord>(),
    missingItems: jsonb('missing_items').$type<string[]>().notNull().default([]),
    decision: jsonb('decision').$type<Decision>(),
    lawyerId: uuid('lawyer_id').references(() => lawyers.id),
    assignedOn: legalDate('assigned_on'),
    termination: jsonb('termination').$type<Termination>(),
    objection: jsonb('objection').$type<Objection>(),
    objectionAgainst: text('objection_against'),
    closing: jsonb('closing').$type<Closing>(),
    subsidy: jsonb('subsidy').$type<Subsidy & { paidOn: string }>(),
    clock: jsonb('clock').$type<ClockState>().notNull(),
    /** Earliest running deadline, kept in step with the clock for the workbench. */
    nextDueDate: legalDate('next_due_date'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('cases_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('cases_due_region_idx')
      .on(t.nextDueDate, t.regionCode.op('text_pattern_ops'))
      .where(sql`${t.nextDueDate} is not null`),
    index('cases_received_idx').on(t.regionCode, t.receivedDate),
    index('cases_lawyer_idx').on(t.lawyerId, t.state),
  ],
);

export const parties = legalAidSchema.table(
  'parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** applicant = 申请人/受援人; agent = 法定代理人或近亲属 applying for them (Art. 40). */
    role: text('role', { enum: ['applicant', 'agent'] }).notNull(),
    relation: text('relation'),
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

export const { events, documents } = defineCaseTables(legalAidSchema, () => cases.id);

/** Case numbers per centre and year. */
export const counters = legalAidSchema.table('counters', {
  key: text('key').primaryKey(),
  next: integer('next').notNull(),
});

/** The centre's pool of legal-aid providers: lawyers, grassroots legal workers, volunteers. */
export const lawyers = legalAidSchema.table(
  'lawyers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    regionCode: text('region_code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['lawyer', 'grassroots', 'volunteer'] }).notNull(),
    /** The institution: law firm or legal service office. */
    firm: text('firm').notNull(),
    licenceNumber: text('licence_number').notNull().unique(),
    practiceSince: legalDate('practice_since').notNull(),
    specialties: jsonb('specialties').$type<string[]>().notNull(),
    /** The institution's phone, given to recipients. */
    contactPhone: text('contact_phone'),
    active: boolean('active').notNull().default(true),
    lastAssignedAt: ts('last_assigned_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('lawyers_region_idx').on(t.regionCode.op('text_pattern_ops'), t.active)],
);

/** What the provider did, as reported to the centre. */
export const serviceRecords = legalAidSchema.table(
  'service_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    onDate: legalDate('on_date').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('service_records_case_idx').on(t.caseId)],
);

export const qualityReviews = legalAidSchema.table(
  'quality_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id, { onDelete: 'cascade' }),
    regionCode: text('region_code').notNull(),
    lawyerId: uuid('lawyer_id'),
    reviewerId: uuid('reviewer_id').notNull(),
    reviewerName: text('reviewer_name').notNull(),
    items: jsonb('items').$type<ScoredItem[]>().notNull(),
    total: integer('total').notNull(),
    grade: text('grade').notNull(),
    comment: text('comment'),
    reviewedOn: legalDate('reviewed_on').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('quality_reviews_lawyer_idx').on(t.lawyerId)],
);

/** The recipient's satisfaction survey, answered once through a link with a token. */
export const surveys = legalAidSchema.table(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id, { onDelete: 'cascade' }),
    regionCode: text('region_code').notNull(),
    lawyerId: uuid('lawyer_id'),
    /** Keyed hash of the token (the lookup) and the token encrypted (to show the link again). */
    tokenHash: text('token_hash').notNull().unique(),
    tokenEncrypted: text('token_encrypted').notNull(),
    createdOn: legalDate('created_on').notNull(),
    answeredAt: ts('answered_at'),
    ratings: jsonb('ratings').$type<Record<string, number>>(),
    score: real('score'),
    comment: text('comment'),
  },
  (t) => [index('surveys_lawyer_idx').on(t.lawyerId)],
);

/** 值班律师工作站 at a court, procuratorate or detention centre (Art. 30). */
export const dutyStations = legalAidSchema.table(
  'duty_stations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    regionCode: text('region_code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    address: text('address'),
    active: boolean('active').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('duty_stations_region_idx').on(t.regionCode.op('text_pattern_ops'))],
);

/** The weekly roster: who is on duty at which station on which day. */
export const dutyShifts = legalAidSchema.table(
  'duty_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => dutyStations.id, { onDelete: 'cascade' }),
    onDate: legalDate('on_date').notNull(),
    lawyerId: uuid('lawyer_id')
      .notNull()
      .references(() => lawyers.id),
  },
  (t) => [uniqueIndex('duty_shifts_unique').on(t.stationId, t.onDate, t.lawyerId)],
);

/** A duty lawyer's consultation (法律帮助) at a station. */
export const dutyConsultations = legalAidSchema.table(
  'duty_consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => dutyStations.id),
    regionCode: text('region_code').notNull(),
    lawyerId: uuid('lawyer_id')
      .notNull()
      .references(() => lawyers.id),
    onDate: legalDate('on_date').notNull(),
    kind: text('kind').notNull(),
    personName: text('person_name').notNull(),
    idNumberEncrypted: text('id_number_encrypted'),
    idNumberIndex: text('id_number_index'),
    idNumberMasked: text('id_number_masked'),
    summary: text('summary').notNull(),
    /** The person was helped to apply for legal aid. */
    referred: boolean('referred').notNull().default(false),
    recordedBy: text('recorded_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('duty_consultations_station_idx').on(t.stationId, t.onDate),
    index('duty_consultations_region_idx').on(t.regionCode.op('text_pattern_ops'), t.onDate),
  ],
);
