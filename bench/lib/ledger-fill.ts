// Bulk filling of a ledger log for bench/ledger.ts, and the bench's deterministic entries.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, rows, withTx } from '../../platform/db/index.js';
import { leafHash } from '../../platform/ledger/merkle.js';

/** Entry bytes of every benchmark entry (the brief's "~100 bytes"). */
export const ENTRY_BYTES = 100;

/** A deterministic 100-byte entry: a readable prefix and a hash-derived tail, distinct per index. */
export function benchEntry(idx: number): Buffer {
  const out = Buffer.alloc(ENTRY_BYTES);
  const prefix = Buffer.from(`sifa-bench ${idx} `);
  prefix.copy(out);
  createHash('sha256')
    .update(prefix)
    .digest()
    .copy(out, Math.min(prefix.length, ENTRY_BYTES - 32));
  return out;
}

/**
 * Grows `log` to `target` entries with bulk INSERTs of `batch` rows (leaf hashes computed here,
 * as appendEntry would), then moves ledger.heads.size to `target`.
 *
 * This deliberately bypasses appendEntry's per-append transaction and head-row lock: it is only
 * a way to reach a large log quickly so that integration and proofs can be measured at that size.
 * The entries and leaf hashes are exactly what appendEntry would have stored; only created_at
 * differs (one timestamp per batch). Appends themselves are measured separately.
 */
export async function bulkFill(
  db: Db,
  log: string,
  target: number,
  options: { batch: number; deadline: number; progress: (size: number) => void },
): Promise<number> {
  const [head] = await rows<{ size: string | number }>(
    db,
    sql`select size from ledger.heads where log = ${log}`,
  );
  let size = Number(head?.size ?? 0);
  if (!head) {
    await db.execute(
      sql`insert into ledger.heads (log, size, integrated) values (${log}, 0, 0) on conflict do nothing`,
    );
  }
  while (size < target && Date.now() < options.deadline) {
    const to = Math.min(target, size + options.batch);
    const idxs: number[] = [];
    const entriesHex: string[] = [];
    const leavesHex: string[] = [];
    for (let i = size; i < to; i++) {
      const entry = benchEntry(i);
      idxs.push(i);
      entriesHex.push(entry.toString('hex'));
      leavesHex.push(leafHash(entry).toString('hex'));
    }
    // Three array parameters per batch (unnest), instead of 3 × batch bind parameters.
    await withTx(db, async (tx) => {
      await tx.execute(sql`insert into ledger.entries (log, idx, entry, leaf_hash)
        select ${log}, u.idx, decode(u.entry, 'hex'), decode(u.leaf, 'hex')
        from unnest(${sql.param(idxs)}::bigint[], ${sql.param(entriesHex)}::text[],
                    ${sql.param(leavesHex)}::text[]) as u(idx, entry, leaf)`);
      await tx.execute(sql`update ledger.heads set size = ${to} where log = ${log}`);
    });
    size = to;
    options.progress(size);
  }
  return size;
}
