// Load generation with autocannon, bounded in time, and the table of results.
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    headers: options.headers,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Sifa beside the bare baseline, with the ratio Sifa / bare of each figure. */
export function printTable(sifa: LoadResult, bare: LoadResult): void {
  const rows = [
    ['', 'Sifa', 'bare Fastify', 'Sifa / bare'],
    [
      'requests/s',
      fmt(sifa.requestsPerSecond),
      fmt(bare.requestsPerSecond),
      fmt(sifa.requestsPerSecond / bare.requestsPerSecond, 2),
    ],
    [
      'p99 latency (ms)',
      fmt(sifa.p99Ms, 1),
      fmt(bare.p99Ms, 1),
      fmt(sifa.p99Ms / Math.max(bare.p99Ms, 0.001), 2),
    ],
    ['requests', fmt(sifa.requests), fmt(bare.requests), ''],
    ['non-2xx / errors', `${sifa.non2xx} / ${sifa.errors}`, `${bare.non2xx} / ${bare.errors}`, ''],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}
