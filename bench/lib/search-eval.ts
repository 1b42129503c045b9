// The evaluation of bench/search.ts: the question set, which article ids answer each question
// (the version in force, or the version a dated answer names), MRR@10 and recall@10, the naive
// baseline (ILIKE on the raw article text) and the table printed at the end.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { type Db, rows } from '../../platform/db/index.js';

export type Kind = 'everyday' | 'keyword' | 'reference';

export interface EvalQuestion {
  id: string;
  query: string;
  kind: Kind;
  answers: { work: string; article: number; version?: string }[];
  note?: string;
}

export function readQuestions(path: string): EvalQuestion[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const q = JSON.parse(line) as EvalQuestion;
      if (!q.id || !q.query || !q.kind || !Array.isArray(q.answers) || q.answers.length === 0) {
        throw new Error(`${path}:${i + 1}: a question needs id, query, kind and answers`);
      }
      return q;
    });
}

/** The article ids that answer each question; throws when an answer is not in the library. */
export async function answerIds(
  db: Db,
  questions: EvalQuestion[],
): Promise<Map<string, Set<string>>> {
  const all = await rows<{
    id: string;
    work: string;
    promulgated: string;
    status: string;
    number: number;
  }>(
    db,
    sql`select a.id, w.key as work, v.promulgated_on::text as promulgated, v.status, a.number
        from regulations.articles a
        join regulations.versions v on v.id = a.version_id
        join regulations.works w on w.id = v.work_id
        where a.kind = 'article' and a.suffix = 0`,
  );
  const out = new Map<string, Set<string>>();
  for (const q of questions) {
    const ids = new Set<string>();
    for (const a of q.answers) {
      const found = all.filter(
        (r) =>
          r.work === a.work &&
          r.number === a.article &&
          (a.version ? r.promulgated === a.version : r.status === 'in_force'),
      );
      if (found.length !== 1) {
        throw new Error(
          `${q.id}: ${a.work} art. ${a.article} ${a.version ?? 'in force'} matches ${found.length} articles`,
        );
      }
      ids.add(found[0]!.id);
    }
    out.set(q.id, ids);
  }
  return out;
}

/** Naive baseline: articles whose raw text contains the query as typed, in-force first. */
export async function baselineSearch(db: Db, query: string): Promise<string[]> {
  const found = await rows<{ id: string }>(
    db,
    sql`select a.id from regulations.articles a
        join regulations.versions v on v.id = a.version_id
        where a.text ilike ${'%' + query + '%'}
        order by (v.status = 'in_force') desc, v.key, a.ordinal
        limit 10`,
  );
  return found.map((r) => r.id);
}

export interface Scored {
  reciprocalRank: number;
  recall: number;
}

export function scoreRanking(ranking: string[], relevant: Set<string>, k = 10): Scored {
  const top = ranking.slice(0, k);
  const first = top.findIndex((id) => relevant.has(id));
  const hits = top.filter((id) => relevant.has(id)).length;
  return { reciprocalRank: first >= 0 ? 1 / (first + 1) : 0, recall: hits / relevant.size };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface SideResult {
  scores: Map<string, Scored>;
  latencies: number[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);

export function printTable(
  questions: EvalQuestion[],
  sifa: SideResult,
  baseline: SideResult,
): void {
  const groups: [string, EvalQuestion[]][] = [
    ['all', questions],
    ...(['everyday', 'keyword', 'reference'] as const).map(
      (k) => [k, questions.filter((q) => q.kind === k)] as [string, EvalQuestion[]],
    ),
  ];
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
  console.log('');
  console.log('questions      n   MRR@10 Sifa  baseline  ratio   recall@10 Sifa  baseline');
  for (const [name, qs] of groups) {
    const m = (side: SideResult, key: keyof Scored) =>
      mean(qs.map((q) => side.scores.get(q.id)![key]));
    const ms = m(sifa, 'reciprocalRank');
    const mb = m(baseline, 'reciprocalRank');
    const ratio = mb > 0 ? `${(ms / mb).toFixed(1)}x` : '  inf';
    console.log(
      `${name.padEnd(12)} ${String(qs.length).padStart(3)}   ${f(ms).padStart(11)}  ${f(mb).padStart(8)}  ${ratio.padStart(5)}   ${f(m(sifa, 'recall')).padStart(14)}  ${f(m(baseline, 'recall')).padStart(8)}`,
    );
  }
  const lat = (side: SideResult) =>
    `p50 ${percentile(side.latencies, 50).toFixed(1)} ms, p95 ${percentile(side.latencies, 95).toFixed(1)} ms`;
  console.log('');
  console.log(`latency  Sifa:     ${lat(sifa)} (${sifa.latencies.length} queries)`);
  console.log(`latency  baseline: ${lat(baseline)} (${baseline.latencies.length} queries)`);
  const ratio = percentile(sifa.latencies, 50) / percentile(baseline.latencies, 50);
  console.log(`latency ratio Sifa / baseline (p50): ${ratio.toFixed(2)}`);
}
