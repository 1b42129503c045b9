// The access log (查阅记录): one row per staff read of a person's data, shown to that person.
import { bigserial, index, pgSchema, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../db/columns.js';

export const accessSchema = pgSchema('access');

/**
 * Append-only: who read which record naming the person (by the blind index of their ID
 * number), when, and for which purpose. Rows are never updated or deleted by the application.
 */
export const accessLog = accessSchema.table(
  'access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: instant('at').notNull().defaultNow(),
    /** `DataCipher.blindIndex` of the person's resident ID number. */
    idNumberIndex: text('id_number_index').notNull(),
    /** read | reveal (the full ID number shown) | lookup | list | export. */
    kind: text('kind').notNull(),
    actorId: uuid('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    organizationId: uuid('organization_id').notNull(),
    /** The module whose record was read (`persons`, `reconsideration`, …). */
    module: text('module').notNull(),
    /** `person` (the person file) or `case`. */
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** The region of the record read, when it has one. */
    regionCode: text('region_code'),
    /** A code of READ_PURPOSES. */
    purpose: text('purpose').notNull(),
    requestId: text('request_id'),
  },
  (t) => [
    index('access_log_person_idx').on(t.idNumberIndex, t.at.desc()),
    index('access_log_actor_idx').on(t.actorId, t.at),
  ],
);
