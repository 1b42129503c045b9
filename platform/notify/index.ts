// Notifications through an outbox (platform/notify): use cases enqueue in their transaction;
// a dispatcher sends pending messages with a pluggable sender and retries with back-off. The
// embedded default sender delivers into the development mailbox (the outbox itself, shown in
// the UI) instead of sending anything.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { DataCipher } from '../crypto/index.js';
import type { Executor } from '../db/index.js';
import { maskPhone } from '../identifiers/index.js';
import { outbox } from './schema.js';

export { outbox } from './schema.js';

export interface NewMessage {
  channel: 'sms' | 'email';
  recipient: string;
  subject: string;
  body: string;
  entityType: string;
  entityId: string;
  regionCode: string;
}

export function maskRecipient(channel: 'sms' | 'email', recipient: string): string {
  if (channel === 'sms') return maskPhone(recipient);
  const [user = '', domain = ''] = recipient.split('@');
  return `${user.slice(0, 1)}***@${domain}`;
}

export async function enqueue(
  tx: Executor,
  cipher: DataCipher,
  message: NewMessage,
): Promise<void> {
  const { recipient, ...rest } = message;
  await tx.insert(outbox).values({
    ...rest,
    recipientEncrypted: cipher.encrypt(recipient),
    recipientMasked: maskRecipient(message.channel, recipient),
  });
}

export interface OutgoingMessage {
  channel: 'sms' | 'email';
  recipient: string;
  subject: string;
  body: string;
}

/** Delivers one message; throws to have it retried. Returns where it went. */
export interface NotificationSender {
  name: string;
  send(message: OutgoingMessage): Promise<string>;
}

/** The embedded default: nothing leaves the machine; the message stays readable in the mailbox page. */
export const devMailboxSender: NotificationSender = {
  name: 'dev-mailbox',
  send: async () => 'dev-mailbox',
};

export const MAX_ATTEMPTS = 5;

/** Sends due messages; failures wait 2^attempts minutes, and give up after MAX_ATTEMPTS. */
export async function dispatchPending(
  db: Executor,
  cipher: DataCipher,
  sender: NotificationSender,
  limit = 50,
  now = new Date(),
): Promise<{ sent: number; failed: number }> {
  const due = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
    .orderBy(asc(outbox.id))
    .limit(limit);
  let sent = 0;
  let failed = 0;
  for (const message of due) {
    try {
      const deliveredTo = await sender.send({
        channel: message.channel,
        recipient: cipher.decrypt(message.recipientEncrypted),
        subject: message.subject,
        body: message.body,
      });
      await db
        .update(outbox)
        .set({ status: 'sent', sentAt: now, deliveredTo, attempts: sql`${outbox.attempts} + 1` })
        .where(eq(outbox.id, message.id));
      sent += 1;
    } catch (error) {
      const attempts = message.attempts + 1;
      await db
        .update(outbox)
        .set({
          attempts,
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          nextAttemptAt: new Date(now.getTime() + 2 ** attempts * 60_000),
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
        })
        .where(eq(outbox.id, message.id));
      failed += 1;
    }
  }
  return { sent, failed };
}
