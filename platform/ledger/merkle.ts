// Merkle tree hashing, inclusion and consistency proofs exactly as RFC 9162 section 2.1
// (the same as RFC 6962): leaf hash = SHA-256(0x00 || entry), node hash = SHA-256(0x01 || l || r).
// Pure functions over leaf hashes; platform/ledger/log.ts keeps the tree in the database.
import { createHash } from 'node:crypto';

export type Hash = Buffer;

export function leafHash(entry: Uint8Array): Hash {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(entry)
    .digest();
}

export function nodeHash(left: Hash, right: Hash): Hash {
  return createHash('sha256')
    .update(Buffer.from([1]))
    .update(left)
    .update(right)
    .digest();
}

export const EMPTY_ROOT: Hash = createHash('sha256').digest();

/** The largest power of two smaller than n (n > 1). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over leaf hashes (§2.1.1). */
export function rootFromLeaves(leaves: Hash[]): Hash {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0]!;
  const k = splitPoint(leaves.length);
  return nodeHash(rootFromLeaves(leaves.slice(0, k)), rootFromLeaves(leaves.slice(k)));
}

/**
 * The hash of the subtree of leaves [start, end): an oracle that may read stored nodes
 * (platform/ledger/log.ts) or compute from leaves (tests). Proofs are built from it.
 */
export type SubtreeHash = (start: number, end: number) => Hash | Promise<Hash>;

/** PATH(m, D[start:end]) of §2.1.3.1, as the list of subtree ranges it needs. */
function inclusionRanges(m: number, start: number, end: number, out: [number, number][]): void {
  const n = end - start;
  if (n <= 1) return;
  const k = splitPoint(n);
  if (m < k) {
    inclusionRanges(m, start, start + k, out);
    out.push([start + k, end]);
  } else {
    inclusionRanges(m - k, start + k, end, out);
    out.push([start, start + k]);
  }
}

/** The subtree ranges [start, end) whose hashes form the inclusion proof of leaf `index`. */
export function inclusionPath(index: number, size: number): [number, number][] {
  if (index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  const ranges: [number, number][] = [];
  inclusionRanges(index, 0, size, ranges);
  return ranges;
}

export async function inclusionProof(
  index: number,
  size: number,
  subtree: SubtreeHash,
): Promise<Hash[]> {
  return Promise.all(inclusionPath(index, size).map(([a, b]) => subtree(a, b)));
}

/** SUBPROOF(m, D[start:end], b) of §2.1.4.1, as subtree ranges. */
function consistencyRanges(
  m: number,
  start: number,
  end: number,
  complete: boolean,
  out: [number, number][],
): void {
  const n = end - start;
  if (m === n) {
    if (!complete) out.push([start, end]);
    return;
  }
  const k = splitPoint(n);
  if (m <= k) {
    consistencyRanges(m, start, start + k, complete, out);
    out.push([start + k, end]);
  } else {
    consistencyRanges(m - k, start + k, end, false, out);
    out.push([start, start + k]);
  }
}

/** The subtree ranges whose hashes form the consistency proof from `oldSize` to `newSize`. */
export function consistencyPath(oldSize: number, newSize: number): [number, number][] {
  if (oldSize < 0 || oldSize > newSize)
    throw new RangeError(`no consistency from ${oldSize} to ${newSize}`);
  if (oldSize === 0 || oldSize === newSize) return [];
  const ranges: [number, number][] = [];
  consistencyRanges(oldSize, 0, newSize, true, ranges);
  return ranges;
}

export async function consistencyProof(
  oldSize: number,
  newSize: number,
  subtree: SubtreeHash,
): Promise<Hash[]> {
  return Promise.all(consistencyPath(oldSize, newSize).map(([a, b]) => subtree(a, b)));
}

/**
 * The complete subtrees (level, index) that make up the range [start, end) of the tree: the
 * stored nodes a range's hash is computed from. Level L, index i covers [i·2^L, (i+1)·2^L).
 */
export function completeSubtrees(start: number, end: number): { level: number; idx: number }[] {
  const out: { level: number; idx: number }[] = [];
  const walk = (a: number, b: number) => {
    const n = b - a;
    if (n <= 0) return;
    if ((n & (n - 1)) === 0 && a % n === 0) {
      out.push({ level: Math.log2(n), idx: a / n });
      return;
    }
    const k = splitPoint(n);
    walk(a, a + k);
    walk(a + k, b);
  };
  walk(start, end);
  return out;
}

/** Verifies an inclusion proof (§2.1.3.2). */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Hash,
  proof: Hash[],
  root: Hash,
): boolean {
  if (index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.equals(root);
}

/** Verifies a consistency proof between two tree heads (§2.1.4.2). */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Hash,
  newRoot: Hash,
  proof: Hash[],
): boolean {
  if (oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && oldRoot.equals(newRoot);
  if (oldSize === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = [...proof];
  // A power-of-two old size: its root is the first node of the path.
  if ((oldSize & (oldSize - 1)) === 0) path.unshift(oldRoot);
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn >>= 1;
    sn >>= 1;
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && fr.equals(oldRoot) && sr.equals(newRoot);
}
