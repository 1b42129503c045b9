// Audit events: written by every use case inside its own transaction, chained by SHA-256.
import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/index.js';
import type { Locale } from '../i18n/index.js';
import {
  type BrokenLink,
  brokenLink,
  checkLink,
  GENESIS_HASH,
  linkHash,
  type StoredEvent,
} from './chain.js';
import { chainHead, events } from './schema.js';

export { events as auditEvents } from './schema.js';
export { canonicalJson, GENESIS_HASH, type BrokenLink } from './chain.js';

/** Who acts and from which request: what every audit event records besides the change. */
export interface AuditContext {
  actor: { userId: string; displayName: string } | null;
  requestId: string | null;
}

export interface AuditInput {
  /** Verb in dotted form, e.g. `user.create`, `reconsideration.accept`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  regionCode?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends one event to the chain. Must run inside the use case's transaction: the head row is
 * locked until that transaction ends, so concurrent writers line up and the chain stays one line.
 */
export async function record(tx: Tx, ctx: AuditContext, input: AuditInput): Promise<number> {
  await tx.insert(chainHead).values({ id: 1, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const [head] = await tx
    .update(chainHead)
    .set({ seq: sql`${chainHead.seq} + 1` })
    .where(eq(chainHead.id, 1))
    .returning({ seq: chainHead.seq, prevHash: chainHead.hash });
  if (!head) throw new Error('audit chain head missing');
  const event = {
    seq: head.seq,
    occurredAt: new Date(),
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.displayName ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    regionCode: input.regionCode ?? null,
    requestId: ctx.requestId,
    // Round-trip through JSON so that the hashed value is exactly what jsonb gives back.
    details: JSON.parse(JSON.stringify(input.details ?? {})) as Record<string, unknown>,
  };
  const hash = linkHash(head.prevHash, event);
  await tx.insert(events).values({ ...event, prevHash: head.prevHash, hash });
  await tx.update(chainHead).set({ hash }).where(eq(chainHead.id, 1));
  return event.seq;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: BrokenLink | null;
}

/** Recomputes the whole chain in pages and names the first broken link. */
export async function verifyChain(
  db: Executor,
  locale: Locale = 'zh-CN',
  pageSize = 2000,
): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = (await db
      .select()
      .from(events)
      .where(gt(events.seq, expectedSeq - 1))
      .orderBy(asc(events.seq))
      .limit(pageSize)) as StoredEvent[];
    for (const row of rows) {
      const broken = checkLink(row, expectedSeq, prev, locale);
      if (broken) return { ok: false, checked, firstBroken: broken };
      prev = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < pageSize) break;
  }
  // Rows removed from the end leave no gap behind them: the head still knows the last link.
  const [head] = await db.select().from(chainHead).where(eq(chainHead.id, 1));
  const lastSeq = expectedSeq - 1;
  if (head && (head.seq !== lastSeq || head.hash !== prev)) {
    const firstBroken = brokenLink(
      'head_mismatch',
      lastSeq + 1,
      { head: head.seq, last: lastSeq },
      locale,
    );
    return { ok: false, checked, firstBroken };
  }
  return { ok: true, checked, firstBroken: null };
}
