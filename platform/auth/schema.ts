import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  pgSchema,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { divisions } from '../regions/schema.js';

export const authSchema = pgSchema('auth');

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** 市司法局 -> 区司法局 -> 司法所, plus 公证处, 法律援助中心, 调解委员会 … */
export const organizations = authSchema.table(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable key for seeding and imports, e.g. `justice-office-440106001`. */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => divisions.code),
    ...timestamps,
  },
  (t) => [
    index('organizations_parent_idx').on(t.parentId),
    index('organizations_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

export const users = authSchema.table(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** The organization's region, kept here so that scoped user queries need no join. */
    regionCode: text('region_code').notNull(),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('users_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('users_organization_idx').on(t.organizationId),
  ],
);

export const sessions = authSchema.table(
  'sessions',
  {
    /** SHA-256 of the cookie token: a stolen table does not give working cookies. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const loginAttempts = authSchema.table(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('login_attempts_username_at_idx').on(t.username, t.at)],
);
