import {
  bigint,
  index,
  jsonb,
  pgSchema,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const auditSchema = pgSchema('audit');

/**
 * Append-only audit events. `hash` = SHA-256(prev_hash || canonical event); `seq` has no gaps,
 * so an altered, deleted or inserted row breaks the chain at that point.
 */
export const events = auditSchema.table(
  'events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    regionCode: text('region_code'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('events_occurred_idx').on(t.occurredAt),
    index('events_entity_idx').on(t.entityType, t.entityId),
    index('events_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** The last link of the chain, locked by each append so that appends form one sequence. */
export const chainHead = auditSchema.table('chain_head', {
  id: smallint('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
