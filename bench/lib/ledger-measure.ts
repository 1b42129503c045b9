// The SHA-256 floor, the timing helpers and the table of results for bench/ledger.ts.
import { createHash } from 'node:crypto';

/** Nanoseconds since an arbitrary origin, as a number (fine for intervals under days). */
export const now = (): number => Number(process.hrtime.bigint());

/** SHA-256 of `input` as fast as node:crypto goes: hashes per second over about `seconds`. */
export function sha256PerSecond(inputBytes: number, seconds: number): number {
  const input = Buffer.alloc(inputBytes, 0x5a);
  const end = now() + seconds * 1e9;
  const start = now();
  let count = 0;
  let t = start;
  while (t < end) {
    for (let i = 0; i < 1000; i++) createHash('sha256').update(input).digest();
    count += 1000;
    t = now();
  }
  return count / ((t - start) / 1e9);
}

const NODE_INPUT = Buffer.alloc(65, 0x01); // 0x01 || left || right, as nodeHash hashes it

/** Milliseconds to compute `count` node-sized (65-byte) SHA-256 hashes: a proof's floor. */
export function timeHashes(count: number): number {
  const start = now();
  for (let i = 0; i < count; i++) createHash('sha256').update(NODE_INPUT).digest();
  return (now() - start) / 1e6;
}

/** How many node hashes verifyInclusion computes: one per proof element. */
export const inclusionHashes = (proofLength: number): number => proofLength;

/** How many node hashes verifyConsistency computes, replaying its walk (RFC 9162 §2.1.4.2). */
export function consistencyHashes(oldSize: number, newSize: number, proofLength: number): number {
  if (oldSize === 0 || oldSize >= newSize) return 0;
  const pathLength = proofLength + ((oldSize & (oldSize - 1)) === 0 ? 1 : 0);
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn >>= 1;
    sn >>= 1;
  }
  let hashes = 0;
  for (let i = 1; i < pathLength && sn !== 0; i++) {
    if (fn % 2 === 1 || fn === sn) {
      hashes += 2;
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      hashes += 1;
    }
    fn >>= 1;
    sn >>= 1;
  }
  return hashes;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A small deterministic PRNG (mulberry32), so that runs pick the same leaves and sizes. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '-';

/** One line of the table: what was measured, how many, the figure, its floor and the ratio. */
export interface Row {
  name: string;
  n: string;
  figure: string;
  floor: string;
  ratio: string;
}

/** The table as text: what was measured, how many, the figure, its floor and the ratio. */
export function renderTable(title: string, results: Row[]): string {
  const table = [
    ['measurement', 'n', 'Sifa', 'floor (SHA-256 alone)', 'Sifa / floor'],
    ...results.map((r) => [r.name, r.n, r.figure, r.floor, r.ratio]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    '',
    title,
    line(table[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...table.slice(1).map(line),
    '(ratio = how many times slower than the SHA-256 work alone: for rates floor ÷ Sifa, for times Sifa ÷ floor)',
    '',
  ].join('\n');
}
