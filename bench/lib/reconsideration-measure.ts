// The baselines (the workbench and overdue queries written directly in SQL), the timing loop
// and the table of results for bench/reconsideration.ts.
import { sql } from 'drizzle-orm';
import { type Db, rows } from '../../platform/db/index.js';

/**
 * The columns the case list needs (what summarize() reads: the summary fields and the clock),
 * the handler's name and the applicants' names, filtered and ordered like listCases().
 */
const SELECT = sql`select c.id, c.case_number, c.state, c.procedure, c.respondent_name,
    c.received_date, c.next_due_date, c.region_code, c.late, c.clock,
    u.display_name as handler_name,
    (select string_agg(p.name, '、' order by p.position) from reconsideration.parties p
      where p.case_id = c.id and p.role = 'applicant') as applicant_names
  from reconsideration.cases c
  left join auth.users u on u.id = c.handler_id`;

interface RawPage {
  rows: { id: string }[];
  total: number;
}

async function page(db: Db, where: ReturnType<typeof sql>, limit: number): Promise<RawPage> {
  const items = await rows<{ id: string }>(
    db,
    sql`${SELECT} where ${where}
        order by c.next_due_date asc nulls last, c.received_date desc limit ${limit}`,
  );
  const [count] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from reconsideration.cases c where ${where}`,
  );
  return { rows: items, total: Number(count?.n ?? 0) };
}

/** A handler's own open cases in their district, first page of 20 (Sifa's workbench). */
export function rawWorkbench(db: Db, regionCode: string, handlerId: string): Promise<RawPage> {
  return page(
    db,
    sql`c.region_code like ${regionCode + '%'} and c.handler_id = ${handlerId}
        and c.state not in ('NOT_ACCEPTED', 'DEEMED_ABANDONED', 'CLOSED')`,
    20,
  );
}

/** A district's overdue cases, first page of 50. */
export function rawOverdue(db: Db, regionCode: string, today: string): Promise<RawPage> {
  return page(db, sql`c.region_code like ${regionCode + '%'} and c.next_due_date < ${today}`, 50);
}

export interface Timings {
  sifa: number[];
  raw: number[];
}

/**
 * Runs `warmup` then `iterations` rounds; each round draws fresh parameters and runs both
 * sides on them, alternating which goes first so that neither always meets a warmer cache.
 * Stops early (with what it has) once `deadline` (a Date.now() value) has passed.
 */
export async function measure<P>(options: {
  iterations: number;
  warmup: number;
  deadline: number;
  params: () => P;
  sifa: (p: P) => Promise<unknown>;
  raw: (p: P) => Promise<unknown>;
}): Promise<Timings> {
  const timings: Timings = { sifa: [], raw: [] };
  const time = async (work: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    await work();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    if (Date.now() > options.deadline) {
      console.warn(`bench: time budget spent; stopping after ${i} rounds`);
      break;
    }
    const p = options.params();
    const order = i % 2 === 0 ? (['sifa', 'raw'] as const) : (['raw', 'sifa'] as const);
    for (const side of order) {
      const ms = await time(() => options[side](p));
      if (i >= options.warmup) timings[side].push(ms);
    }
  }
  return timings;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const fmt = (n: number, digits: number) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '-';

/** One line per query: p50 and p95 of each side and the ratios Sifa / raw. */
export function printTable(results: [string, Timings][]): void {
  const table = [
    ['query', 'n', 'Sifa p50', 'raw p50', 'p50 ratio', 'Sifa p95', 'raw p95', 'p95 ratio'],
  ];
  for (const [name, t] of results) {
    const [s50, r50, s95, r95] = [
      percentile(t.sifa, 50),
      percentile(t.raw, 50),
      percentile(t.sifa, 95),
      percentile(t.raw, 95),
    ];
    table.push([
      name,
      String(t.sifa.length),
      fmt(s50, 2),
      fmt(r50, 2),
      fmt(s50 / r50, 2),
      fmt(s95, 2),
      fmt(r95, 2),
      fmt(s95 / r95, 2),
    ]);
  }
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(line(table[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(line(r));
  console.log('(milliseconds; each figure one page query plus its count, run one at a time)');
}
