import { bigserial, index, integer, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

export const notifySchema = pgSchema('notify');

/**
 * The outbox: a message is written in the same transaction as the step it reports, and sent
 * afterwards by a sender with retries. Recipients are personal data: stored encrypted.
 */
export const outbox = notifySchema.table(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    channel: text('channel', { enum: ['sms', 'email'] }).notNull(),
    recipientEncrypted: text('recipient_encrypted').notNull(),
    recipientMasked: text('recipient_masked').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    regionCode: text('region_code').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    deliveredTo: text('delivered_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_pending_idx').on(t.status, t.nextAttemptAt),
    index('outbox_entity_idx').on(t.entityType, t.entityId),
  ],
);
