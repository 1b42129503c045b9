import { bigint, integer, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from '../db/columns.js';

export const ledgerSchema = pgSchema('ledger');

/** One row per named log: how many entries are sequenced, and how many are in the tree. */
export const heads = ledgerSchema.table('heads', {
  log: text('log').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  integrated: bigint('integrated', { mode: 'number' }).notNull(),
});

/** Append-only entries, numbered without gaps per log. */
export const entries = ledgerSchema.table(
  'entries',
  {
    log: text('log').notNull(),
    idx: bigint('idx', { mode: 'number' }).notNull(),
    entry: bytea('entry').notNull(),
    leafHash: bytea('leaf_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.log, t.idx] })],
);

/** Hashes of complete subtrees: level L, index i covers leaves [i·2^L, (i+1)·2^L). */
export const nodes = ledgerSchema.table(
  'nodes',
  {
    log: text('log').notNull(),
    level: integer('level').notNull(),
    idx: bigint('idx', { mode: 'number' }).notNull(),
    hash: bytea('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.log, t.level, t.idx] })],
);

/** Published signed checkpoints (tree heads). */
export const checkpoints = ledgerSchema.table(
  'checkpoints',
  {
    log: text('log').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    root: bytea('root').notNull(),
    note: text('note').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.log, t.size] })],
);
