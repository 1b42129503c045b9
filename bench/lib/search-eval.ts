// The evaluation of bench/search.ts: the question sets (development and held-out), which article
// ids answer each question (the version in force, or the version a dated answer names), MRR@10
// and recall@10, the naive baseline (ILIKE on the raw article text) and the tables printed at
// the end.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
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
  const seen = new Set<string>();
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const q = JSON.parse(line) as EvalQuestion;
      if (!q.id || !q.query || !q.kind || !Array.isArray(q.answers) || q.answers.length === 0) {
        throw new Error(`${path}:${i + 1}: a question needs id, query, kind and answers`);
      }
      if (seen.has(q.id)) throw new Error(`${path}:${i + 1}: question id ${q.id} used twice`);
      seen.add(q.id);
      return q;
    });
}

/** A file of questions, evaluated and reported on its own. */
export interface QuestionSet {
  /** `development`, `held-out`, or the file name for a file named by BENCH_QUERIES. */
  name: string;
  /** What the figures of this set mean. */
  description: string;
  path: string;
  questions: EvalQuestion[];
}

/**
 * The sets one run evaluates: the development set (the vocabulary and the ranking were tuned
 * while looking at its failures) and the held-out set (written after the tuning, never used to
 * change the search). `only` (BENCH_QUERIES) names a single file instead.
 */
export function readQuestionSets(benchDir: string, only?: string): QuestionSet[] {
  if (only) {
    const path = resolve(only);
    const questions = readQuestions(path);
    return [{ name: basename(path), description: 'the file BENCH_QUERIES names', path, questions }];
  }
  const sets = [
    {
      name: 'development',
      description: 'search-queries.jsonl, tuned on: in-sample, optimistic',
      path: resolve(benchDir, 'search-queries.jsonl'),
    },
    {
      name: 'held-out',
      description: 'search-queries-heldout.jsonl, written after the tuning, never tuned on',
      path: resolve(benchDir, 'search-queries-heldout.jsonl'),
    },
  ];
  return sets.map((set) => ({ ...set, questions: readQuestions(set.path) }));
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

/** Mean reciprocal rank and recall of one side over some questions. */
export function means(questions: EvalQuestion[], side: SideResult): Scored {
  const m = (key: keyof Scored) => mean(questions.map((q) => side.scores.get(q.id)![key]));
  return { reciprocalRank: m('reciprocalRank'), recall: m('recall') };
}

export function printTable(
  questions: EvalQuestion[],
  sifa: SideResult,
  baseline: SideResult,
  title?: string,
): void {
  const groups: [string, EvalQuestion[]][] = [
    ['all', questions],
    ...(['everyday', 'keyword', 'reference'] as const).map(
      (k) => [k, questions.filter((q) => q.kind === k)] as [string, EvalQuestion[]],
    ),
  ];
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
  console.log('');
  if (title) console.log(title);
  console.log('questions      n   MRR@10 Sifa  baseline  ratio   recall@10 Sifa  baseline');
  for (const [name, qs] of groups) {
    const s = means(qs, sifa);
    const b = means(qs, baseline);
    const ratio =
      b.reciprocalRank > 0 ? `${(s.reciprocalRank / b.reciprocalRank).toFixed(1)}x` : '  inf';
    console.log(
      `${name.padEnd(12)} ${String(qs.length).padStart(3)}   ${f(s.reciprocalRank).padStart(11)}  ${f(b.reciprocalRank).padStart(8)}  ${ratio.padStart(5)}   ${f(s.recall).padStart(14)}  ${f(b.recall).padStart(8)}`,
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

/** One line per set: the overall figures side by side, and what they mean. */
export function printSummary(
  results: { set: QuestionSet; sifa: SideResult; baseline: SideResult }[],
): void {
  console.log('');
  console.log('set            n   MRR@10 Sifa  baseline   recall@10 Sifa  baseline');
  for (const { set, sifa, baseline } of results) {
    const s = means(set.questions, sifa);
    const b = means(set.questions, baseline);
    const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
    console.log(
      `${set.name.padEnd(12)} ${String(set.questions.length).padStart(3)}   ${f(s.reciprocalRank).padStart(11)}  ${f(b.reciprocalRank).padStart(8)}   ${f(s.recall).padStart(14)}  ${f(b.recall).padStart(8)}   (${set.description})`,
    );
  }
}
