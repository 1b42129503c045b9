// The audit chain detects an altered, deleted or inserted row, and every write of a use case
// records its event in the same transaction (a failed use case leaves no event behind).
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rows, withTx } from '../db/index.js';
import { AppError } from '../errors/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { record, verifyChain } from './index.js';
import { chainHead, events } from './schema.js';

let database: TestDatabase;
const ctx = {
  actor: { userId: '00000000-0000-4000-8000-000000000001', displayName: '测试' },
  requestId: 'req-1',
};

beforeAll(async () => {
  database = await createTestDatabase({ reference: false });
});
afterAll(() => database.destroy());

beforeEach(async () => {
  await database.db.delete(events);
  await database.db.delete(chainHead);
  for (let i = 1; i <= 5; i++) {
    await withTx(database.db, (tx) =>
      record(tx, ctx, {
        action: 'test.write',
        entityType: 'thing',
        entityId: String(i),
        regionCode: '440106',
        details: { n: i, nested: { b: 1, a: [1, 2] } },
      }),
    );
  }
});

/** Changes a row the way someone with database access would: bypassing the application. */
const byHand = (statement: ReturnType<typeof sql>) => rows(database.db, statement);

describe('the audit hash chain', () => {
  it('verifies an untouched chain', async () => {
    expect(await verifyChain(database.db)).toEqual({ ok: true, checked: 5, firstBroken: null });
  });

  it('detects an altered row and names it', async () => {
    await byHand(sql`update audit.events set details = '{"n": 99}' where seq = 3`);
    const result = await verifyChain(database.db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ seq: 3, kind: 'altered' });
    expect(result.firstBroken!.reason).toBe('第 3 号事件已被篡改：内容与其哈希不符');
  });

  it('detects an altered actor even when the hash is recomputed without the chain', async () => {
    await byHand(sql`update audit.events set actor_name = '他人' where seq = 2`);
    expect((await verifyChain(database.db)).firstBroken).toMatchObject({ seq: 2, kind: 'altered' });
  });

  it('detects a deleted row in the middle', async () => {
    await byHand(sql`delete from audit.events where seq = 2`);
    expect((await verifyChain(database.db)).firstBroken).toMatchObject({ seq: 2, kind: 'missing' });
  });

  it('detects a deleted last row', async () => {
    await byHand(sql`delete from audit.events where seq = 5`);
    expect((await verifyChain(database.db)).firstBroken).toMatchObject({
      seq: 5,
      kind: 'head_mismatch',
    });
  });

  it('detects an inserted row, even one given the next sequence number', async () => {
    const [last] = await database.db.select().from(events).where(eq(events.seq, 5));
    await byHand(sql`insert into audit.events (seq, occurred_at, action, entity_type, details, prev_hash, hash)
      values (6, now(), 'test.forged', 'thing', '{}', ${last!.hash}, ${'f'.repeat(64)})`);
    const result = await verifyChain(database.db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken!.seq).toBe(6);
  });

  it('detects a row replaced by a copy of another', async () => {
    const [first] = await database.db.select().from(events).where(eq(events.seq, 1));
    await byHand(
      sql`update audit.events set prev_hash = ${first!.prevHash}, hash = ${first!.hash} where seq = 4`,
    );
    expect((await verifyChain(database.db)).firstBroken).toMatchObject({
      seq: 4,
      kind: 'unlinked',
    });
  });

  it('keeps one unbroken line under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        withTx(database.db, (tx) =>
          record(tx, ctx, { action: 'test.concurrent', entityType: 'thing', entityId: `c${i}` }),
        ),
      ),
    );
    const seqs = (
      await database.db.select({ seq: events.seq }).from(events).orderBy(asc(events.seq))
    ).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect((await verifyChain(database.db)).ok).toBe(true);
  });

  it('leaves no event behind when the use case fails after recording it', async () => {
    await expect(
      withTx(database.db, async (tx) => {
        await record(tx, ctx, { action: 'test.doomed', entityType: 'thing' });
        throw new AppError('CONFLICT');
      }),
    ).rejects.toThrow(AppError);
    const [count] = await database.db.select({ n: sql<number>`count(*)::int` }).from(events);
    expect(Number(count!.n)).toBe(5);
    expect((await verifyChain(database.db)).ok).toBe(true);
  });
});
