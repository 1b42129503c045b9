// ledger:verify — recomputes every root from the stored entries and checks every published
// checkpoint: its signature, its root, and its consistency with the checkpoint after it (from
// the stored tree nodes). Reports the first problem by log and index.
import { and, asc, eq, gte } from 'drizzle-orm';
import type { Executor } from '../db/index.js';
import { openCheckpoint, type NoteVerifier } from './checkpoint.js';
import { proveConsistency } from './log.js';
import { EMPTY_ROOT, type Hash, leafHash, nodeHash, verifyConsistency } from './merkle.js';
import { checkpoints, entries } from './schema.js';

export interface LedgerProblem {
  log: string;
  index: number | null;
  reason: string;
}

export interface LedgerReport {
  log: string;
  entries: number;
  checkpoints: number;
  problem: LedgerProblem | null;
}

/** Roots of a growing tree, one leaf at a time (a compact range of perfect subtrees). */
class CompactRange {
  private stack: { level: number; hash: Hash }[] = [];
  push(hash: Hash) {
    let node = { level: 0, hash };
    while (this.stack.length > 0 && this.stack.at(-1)!.level === node.level) {
      const left = this.stack.pop()!;
      node = { level: node.level + 1, hash: nodeHash(left.hash, node.hash) };
    }
    this.stack.push(node);
  }
  root(): Hash {
    if (this.stack.length === 0) return EMPTY_ROOT;
    return this.stack
      .slice(0, -1)
      .reduceRight((right, left) => nodeHash(left.hash, right), this.stack.at(-1)!.hash);
  }
}

export async function verifyLog(
  db: Executor,
  log: string,
  verifier: NoteVerifier,
  pageSize = 10_000,
): Promise<LedgerReport> {
  const heads = await db
    .select()
    .from(checkpoints)
    .where(eq(checkpoints.log, log))
    .orderBy(asc(checkpoints.size));
  const report = (entriesSeen: number, problem: LedgerProblem | null): LedgerReport => ({
    log,
    entries: entriesSeen,
    checkpoints: heads.length,
    problem,
  });
  const range = new CompactRange();
  let next = 0;
  let head = 0;
  const checkHeadsAt = (size: number): LedgerProblem | null => {
    while (head < heads.length && heads[head]!.size === size) {
      const stored = heads[head]!;
      const opened = openCheckpoint(stored.note, verifier);
      if (!opened || opened.size !== stored.size || !opened.root.equals(stored.root)) {
        return {
          log,
          index: null,
          reason: `checkpoint of size ${stored.size}: the signature or its content does not verify`,
        };
      }
      if (!range.root().equals(stored.root)) {
        return {
          log,
          index: null,
          reason: `checkpoint of size ${stored.size}: the entries give another root (an entry before it was altered, removed or inserted)`,
        };
      }
      head += 1;
    }
    return null;
  };
  for (;;) {
    const page = await db
      .select()
      .from(entries)
      .where(and(eq(entries.log, log), gte(entries.idx, next)))
      .orderBy(asc(entries.idx))
      .limit(pageSize);
    for (const row of page) {
      if (row.idx !== next)
        return report(next, { log, index: next, reason: `entry ${next} is missing` });
      if (!leafHash(row.entry).equals(row.leafHash))
        return report(next, {
          log,
          index: next,
          reason: `entry ${next} was altered: it does not match its leaf hash`,
        });
      range.push(row.leafHash);
      next += 1;
      const problem = checkHeadsAt(next);
      if (problem) return report(next, problem);
    }
    if (page.length < pageSize) break;
  }
  if (head < heads.length) {
    return report(next, {
      log,
      index: null,
      reason: `checkpoint of size ${heads[head]!.size} covers entries that are not stored (the log has ${next})`,
    });
  }
  for (let i = 0; i + 1 < heads.length; i++) {
    const [a, b] = [heads[i]!, heads[i + 1]!];
    const proof = await proveConsistency(db, log, a.size, b.size).catch(() => null);
    if (!proof || !verifyConsistency(a.size, b.size, a.root, b.root, proof)) {
      return report(next, {
        log,
        index: null,
        reason: `checkpoints ${a.size} and ${b.size} are not consistent (a stored tree node was altered?)`,
      });
    }
  }
  return report(next, null);
}
