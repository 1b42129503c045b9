import { generateKeyPairSync } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { withTx } from '../db/index.js';
import { ed25519Signer, ed25519Verifier, openCheckpoint } from './checkpoint.js';
import {
  appendEntry,
  integrate,
  latestCheckpoint,
  ledgerEntries,
  proveConsistency,
  proveInclusion,
  rootAt,
} from './log.js';
import { leafHash, rootFromLeaves, verifyConsistency, verifyInclusion } from './merkle.js';
import { verifyLog } from './verify.js';

let database: TestDatabase;
const signer = ed25519Signer('gz.sifa/test', generateKeyPairSync('ed25519').privateKey);
const verifier = ed25519Verifier('gz.sifa/test', signer.publicKey);
const entry = (i: number) => Buffer.from(`certificate-${i}`);

beforeAll(async () => {
  database = await createTestDatabase({ reference: false });
});
afterAll(() => database.destroy());

const append = (log: string, i: number) =>
  withTx(database.db, (tx) => appendEntry(tx, log, entry(i)));

describe('a transparency log in the database', () => {
  it('sequences concurrent appends without duplicates or gaps', async () => {
    const indexes = await Promise.all(Array.from({ length: 50 }, (_, i) => append('notary', i)));
    expect([...indexes].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('integrates in batches, signs a checkpoint, and its root is the RFC 9162 root of the entries', async () => {
    expect(await integrate(database.db, 'notary', signer, 7)).toBe(50);
    const rows = await database.db.execute(
      sql`select entry from ledger.entries where log = 'notary' order by idx`,
    );
    const leaves = (rows as unknown as { rows: { entry: Uint8Array }[] }).rows.map((r) =>
      leafHash(Buffer.from(r.entry)),
    );
    const checkpoint = await latestCheckpoint(database.db, 'notary');
    expect(checkpoint!.root.equals(rootFromLeaves(leaves))).toBe(true);
    expect(openCheckpoint(checkpoint!.note, verifier)).toMatchObject({
      origin: 'notary',
      size: 50,
    });
  });

  it('proves inclusion and consistency from the stored nodes', async () => {
    for (let i = 50; i < 77; i++) await append('notary', i);
    await integrate(database.db, 'notary', signer);
    const root77 = await rootAt(database.db, 'notary', 77);
    const root50 = await rootAt(database.db, 'notary', 50);
    for (const index of [0, 31, 49, 76]) {
      const proof = await proveInclusion(database.db, 'notary', index, 77);
      // Concurrent appends on a server commit in any order: read which entry got the index.
      const [stored] = await database.db
        .select({ entry: ledgerEntries.entry })
        .from(ledgerEntries)
        .where(and(eq(ledgerEntries.log, 'notary'), eq(ledgerEntries.idx, index)));
      expect(verifyInclusion(index, 77, leafHash(stored!.entry), proof, root77)).toBe(true);
      expect(
        verifyInclusion(index, 77, leafHash(Buffer.from('not in the log')), proof, root77),
      ).toBe(false);
    }
    expect(
      verifyConsistency(
        50,
        77,
        root50,
        root77,
        await proveConsistency(database.db, 'notary', 50, 77),
      ),
    ).toBe(true);
  });

  it('reads the nodes of a proof in one query', async () => {
    let selects = 0;
    const counting = new Proxy(database.db, {
      get(target, key, receiver) {
        if (key === 'select') selects += 1;
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const proof = await proveInclusion(counting, 'notary', 33, 77);
    expect(proof).toHaveLength(7);
    expect(selects).toBe(1);
    selects = 0;
    expect(await proveConsistency(counting, 'notary', 13, 77)).not.toHaveLength(0);
    expect(selects).toBe(1);
  });

  it('integrates a batch larger than one statement can carry', async () => {
    await database.db.execute(sql`insert into ledger.entries (log, idx, entry, leaf_hash)
      select 'big', i, convert_to('e' || i, 'UTF8'), sha256('\\x00'::bytea || convert_to('e' || i, 'UTF8'))
      from generate_series(0, 19999) i`);
    await database.db.execute(
      sql`insert into ledger.heads (log, size, integrated) values ('big', 20000, 0)`,
    );
    expect(await integrate(database.db, 'big', signer, 20_000)).toBe(20_000);
    expect(await verifyLog(database.db, 'big', verifier)).toMatchObject({
      entries: 20_000,
      problem: null,
    });
  });

  it('keeps logs apart', async () => {
    await append('audit', 0);
    await integrate(database.db, 'audit', signer);
    expect((await latestCheckpoint(database.db, 'audit'))!.size).toBe(1);
    expect((await latestCheckpoint(database.db, 'notary'))!.size).toBe(77);
  });

  it('verifies an untouched log', async () => {
    expect(await verifyLog(database.db, 'notary', verifier, 10)).toEqual({
      log: 'notary',
      entries: 77,
      checkpoints: 2,
      problem: null,
    });
  });

  it('names an altered entry', async () => {
    await database.db.execute(
      sql`update ledger.entries set entry = ${Buffer.from('forged')} where log = 'notary' and idx = 12`,
    );
    const report = await verifyLog(database.db, 'notary', verifier, 10);
    expect(report.problem).toEqual({
      log: 'notary',
      index: 12,
      reason: 'entry 12 was altered: it does not match its leaf hash',
    });
  });

  it('names an altered entry even when its leaf hash was rewritten too', async () => {
    await database.db.execute(
      sql`update ledger.entries set leaf_hash = ${leafHash(Buffer.from('forged'))} where log = 'notary' and idx = 12`,
    );
    const report = await verifyLog(database.db, 'notary', verifier, 10);
    expect(report.problem?.reason).toContain(
      'checkpoint of size 50: the entries give another root',
    );
  });
});
