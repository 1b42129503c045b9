// Tables of the persons module (一人一档), in its own Postgres schema.
import { bigserial, boolean, index, pgSchema, text, uuid } from 'drizzle-orm/pg-core';
import { instant as ts } from '../../../platform/db/columns.js';

export const personsSchema = pgSchema('persons');

/** One record per person, keyed by the resident ID number (encrypted; found by blind index). */
export const persons = personsSchema.table(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idNumberEncrypted: text('id_number_encrypted').notNull(),
    idNumberIndex: text('id_number_index').notNull().unique(),
    idNumberMasked: text('id_number_masked').notNull(),
    name: text('name').notNull(),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    phoneEncrypted: text('phone_encrypted'),
    phoneMasked: text('phone_masked'),
    /** Where the person lives (or the registering office's region): lists are scoped by it. */
    regionCode: text('region_code').notNull(),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('persons_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('persons_name_idx').on(t.name),
  ],
);

/** Organizations by unified social credit code (public registration data, not encrypted). */
export const organizations = personsSchema.table(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    creditCode: text('credit_code').notNull().unique(),
    name: text('name').notNull(),
    legalRepresentative: text('legal_representative'),
    regionCode: text('region_code').notNull(),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('organizations_region_idx').on(t.regionCode.op('text_pattern_ops'))],
);

/** One-time codes a clerk gives a person to prove who they are; only a keyed hash is kept. */
export const oneTimeCodes = personsSchema.table(
  'one_time_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    issuedBy: uuid('issued_by').notNull(),
    issuedAt: ts('issued_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [index('one_time_codes_person_idx').on(t.personId, t.issuedAt)],
);

/** Failed and successful identity checks, for rate limiting by person and by client. */
export const verificationAttempts = personsSchema.table(
  'verification_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    idNumberIndex: text('id_number_index').notNull(),
    /** Keyed hash of the client's address (never the address itself). */
    clientKey: text('client_key').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [
    index('verification_attempts_person_idx').on(t.idNumberIndex, t.at),
    index('verification_attempts_client_idx').on(t.clientKey, t.at),
  ],
);

/** A citizen's short session after proving who they are; only the token's SHA-256 is kept. */
export const citizenSessions = personsSchema.table(
  'citizen_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    /** Whose matters and access log the session shows. */
    idNumberIndex: text('id_number_index').notNull(),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'cascade' }),
    method: text('method').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [index('citizen_sessions_expiry_idx').on(t.expiresAt)],
);
