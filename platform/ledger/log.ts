// Named transparency logs in the database. Appends are sequenced under a row lock on the log's
// head (no two entries with one index, no gaps) and durable when their transaction commits;
// integration into the tree runs in batches and ends with a signed checkpoint.
import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { type Executor, withTx, type Db } from '../db/index.js';
import { signCheckpoint, type NoteSigner } from './checkpoint.js';
import {
  consistencyProof,
  type Hash,
  inclusionProof,
  leafHash,
  nodeHash,
  EMPTY_ROOT,
  splitPoint,
} from './merkle.js';
import { checkpoints, entries, heads, nodes } from './schema.js';

export {
  checkpoints as ledgerCheckpoints,
  entries as ledgerEntries,
  heads as ledgerHeads,
  nodes as ledgerNodes,
} from './schema.js';

const INSERT_ROWS = 4000;

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

/** The hash of the complete subtree of leaves [start, end), from stored nodes. */
async function subtreeHash(
  db: Executor,
  log: string,
  start: number,
  end: number,
  cache: Map<string, Hash>,
): Promise<Hash> {
  const n = end - start;
  if ((n & (n - 1)) === 0 && start % n === 0) {
    const level = Math.log2(n);
    const key = `${level}/${start / n}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const [row] = await db
      .select({ hash: nodes.hash })
      .from(nodes)
      .where(and(eq(nodes.log, log), eq(nodes.level, level), eq(nodes.idx, start / n)));
    if (!row) throw new Error(`ledger ${log}: node ${key} missing`);
    cache.set(key, row.hash);
    return row.hash;
  }
  const k = splitPoint(n);
  return nodeHash(
    await subtreeHash(db, log, start, start + k, cache),
    await subtreeHash(db, log, start + k, end, cache),
  );
}

export function subtreeOracle(db: Executor, log: string) {
  const cache = new Map<string, Hash>();
  return (start: number, end: number) => subtreeHash(db, log, start, end, cache);
}

export async function rootAt(db: Executor, log: string, size: number): Promise<Hash> {
  return size === 0 ? EMPTY_ROOT : subtreeOracle(db, log)(0, size);
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
      let current = leaves.map((l) => ({ idx: l.idx, hash: l.leafHash }));
      while (current.length > 0) {
        // Chunks of rows: one statement may carry at most 65,535 parameters (4 per row here).
        for (let i = 0; i < current.length; i += INSERT_ROWS) {
          const chunk = current.slice(i, i + INSERT_ROWS);
          await tx
            .insert(nodes)
            .values(chunk.map((c) => ({ log, level, idx: c.idx, hash: c.hash })))
            .onConflictDoNothing();
        }
        // A right child completes its parent: read the left sibling (new or stored) and combine.
        const parents: { idx: number; hash: Hash }[] = [];
        const byIdx = new Map(current.map((c) => [c.idx, c.hash]));
        for (const c of current.filter((c) => c.idx % 2 === 1)) {
          let left = byIdx.get(c.idx - 1);
          if (!left) {
            const [row] = await tx
              .select({ hash: nodes.hash })
              .from(nodes)
              .where(and(eq(nodes.log, log), eq(nodes.level, level), eq(nodes.idx, c.idx - 1)));
            left = row!.hash;
          }
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

export async function proveInclusion(db: Executor, log: string, index: number, size: number) {
  return inclusionProof(index, size, subtreeOracle(db, log));
}

export async function proveConsistency(
  db: Executor,
  log: string,
  oldSize: number,
  newSize: number,
) {
  return consistencyProof(oldSize, newSize, subtreeOracle(db, log));
}
