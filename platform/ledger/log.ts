// Named transparency logs in the database. Appends are sequenced under a row lock on the log's
// head (no two entries with one index, no gaps) and durable when their transaction commits;
// integration into the tree runs in batches and ends with a signed checkpoint.
import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { type Executor, withTx, type Db } from '../db/index.js';
import { signCheckpoint, type NoteSigner } from './checkpoint.js';
import {
  completeSubtrees,
  consistencyPath,
  EMPTY_ROOT,
  type Hash,
  inclusionPath,
  leafHash,
  nodeHash,
  splitPoint,
} from './merkle.js';
import { checkpoints, entries, heads, nodes } from './schema.js';

export {
  checkpoints as ledgerCheckpoints,
  entries as ledgerEntries,
  heads as ledgerHeads,
  nodes as ledgerNodes,
} from './schema.js';

/** Appends one entry; returns its index. Runs in the caller's transaction. */
export async function appendEntry(tx: Executor, log: string, entry: Buffer): Promise<number> {
  await tx.insert(heads).values({ log, size: 0, integrated: 0 }).onConflictDoNothing();
  const [head] = await tx
    .update(heads)
    .set({ size: sql`${heads.size} + 1` })
    .where(eq(heads.log, log))
    .returning({ size: heads.size });
  const idx = head!.size - 1;
  await tx.insert(entries).values({ log, idx, entry, leafHash: leafHash(entry) });
  return idx;
}

/** The stored nodes (level, index) of a log, read in one query. */
async function readNodes(
  db: Executor,
  log: string,
  keys: { level: number; idx: number }[],
): Promise<Map<string, Hash>> {
  const found = new Map<string, Hash>();
  if (keys.length === 0) return found;
  const rows = await db
    .select({ level: nodes.level, idx: nodes.idx, hash: nodes.hash })
    .from(nodes)
    .where(
      and(
        eq(nodes.log, log),
        sql`(${nodes.level}, ${nodes.idx}) in (select * from unnest(${sql.param(
          keys.map((k) => k.level),
        )}::int[], ${sql.param(keys.map((k) => k.idx))}::bigint[]))`,
      ),
    );
  for (const row of rows) found.set(`${row.level}/${Number(row.idx)}`, row.hash);
  return found;
}

/**
 * The hashes of the subtrees [start, end) of a log, from its stored nodes: every node they need
 * is read in one query (a proof needs about log2(size) of them), then combined here.
 */
export async function rangeHashes(
  db: Executor,
  log: string,
  ranges: [number, number][],
): Promise<Hash[]> {
  const keys = new Map(
    ranges.flatMap(([a, b]) => completeSubtrees(a, b)).map((k) => [`${k.level}/${k.idx}`, k]),
  );
  const stored = await readNodes(db, log, [...keys.values()]);
  // MTH of RFC 9162 §2.1.1 over the stored complete subtrees (the same split as completeSubtrees).
  const hashOf = (a: number, b: number): Hash => {
    const n = b - a;
    if ((n & (n - 1)) === 0 && a % n === 0) {
      const hash = stored.get(`${Math.log2(n)}/${a / n}`);
      if (!hash) throw new Error(`ledger ${log}: node ${Math.log2(n)}/${a / n} missing`);
      return hash;
    }
    const k = splitPoint(n);
    return nodeHash(hashOf(a, a + k), hashOf(a + k, b));
  };
  return ranges.map(([a, b]) => hashOf(a, b));
}

export async function rootAt(db: Executor, log: string, size: number): Promise<Hash> {
  return size === 0 ? EMPTY_ROOT : (await rangeHashes(db, log, [[0, size]]))[0]!;
}

interface Node {
  idx: number;
  hash: Hash;
}

/**
 * Stores one level of new nodes in one statement with two array parameters, whatever the count:
 * no SQL text or bind list grows with the batch (building those dominated integration before).
 */
async function insertNodes(tx: Executor, log: string, level: number, row: Node[]) {
  await tx.execute(sql`insert into ${nodes} (log, level, idx, hash)
    select ${log}, ${level}::int, u.idx, u.hash
    from unnest(${sql.param(row.map((n) => n.idx))}::bigint[],
                ${sql.param(row.map((n) => n.hash))}::bytea[]) as u(idx, hash)
    on conflict do nothing`);
}

/**
 * Integrates the sequenced entries into the tree (complete subtrees stored level by level)
 * and signs a checkpoint of the new size. Returns that size.
 */
export async function integrate(
  db: Db,
  log: string,
  signer: NoteSigner,
  batch = 5000,
): Promise<number> {
  return withTx(db, async (tx) => {
    const [head] = await tx.select().from(heads).where(eq(heads.log, log)).for('update');
    if (!head || head.integrated === head.size) return head?.integrated ?? 0;
    for (let from = head.integrated; from < head.size; from += batch) {
      const to = Math.min(head.size, from + batch);
      const leaves = await tx
        .select({ idx: entries.idx, leafHash: entries.leafHash })
        .from(entries)
        .where(and(eq(entries.log, log), gte(entries.idx, from), lt(entries.idx, to)))
        .orderBy(asc(entries.idx));
      let level = 0;
      let current: Node[] = leaves.map((l) => ({ idx: l.idx, hash: l.leafHash }));
      while (current.length > 0) {
        await insertNodes(tx, log, level, current);
        // A right child completes its parent: combine it with its left sibling, the node before
        // it in this run of consecutive indexes or, at the run's start, one stored earlier.
        const parents: Node[] = [];
        for (let i = 0; i < current.length; i++) {
          const c = current[i]!;
          if (c.idx % 2 === 0) continue;
          const before = current[i - 1];
          const left =
            before?.idx === c.idx - 1
              ? before.hash
              : (await readNodes(tx, log, [{ level, idx: c.idx - 1 }])).get(
                  `${level}/${c.idx - 1}`,
                )!;
          parents.push({ idx: (c.idx - 1) / 2, hash: nodeHash(left, c.hash) });
        }
        current = parents;
        level += 1;
      }
    }
    const root = await rootAt(tx, log, head.size);
    await tx.insert(checkpoints).values({
      log,
      size: head.size,
      root,
      note: signCheckpoint({ origin: log, size: head.size, root }, signer),
    });
    await tx.update(heads).set({ integrated: head.size }).where(eq(heads.log, log));
    return head.size;
  });
}

export async function latestCheckpoint(db: Executor, log: string) {
  const [row] = await db
    .select()
    .from(checkpoints)
    .where(eq(checkpoints.log, log))
    .orderBy(desc(checkpoints.size))
    .limit(1);
  return row;
}

/** The inclusion proof of leaf `index` in the tree of `size`: its nodes read in one query. */
export async function proveInclusion(db: Executor, log: string, index: number, size: number) {
  return rangeHashes(db, log, inclusionPath(index, size));
}

export async function proveConsistency(
  db: Executor,
  log: string,
  oldSize: number,
  newSize: number,
) {
  return rangeHashes(db, log, consistencyPath(oldSize, newSize));
}
