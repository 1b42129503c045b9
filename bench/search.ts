// Search benchmark: imports the full corpus (../shared/data/laws, 1,595 texts) into a fresh
// database, indexing included, then asks the questions of two sets of Sifa's search and of a
// naive baseline (ILIKE on the raw article text with the query as typed), and prints for each
// set MRR@10 and recall@10 (overall and per kind of question) and p50/p95 latency of both:
//   development  bench/search-queries.jsonl: the vocabulary and the ranking were tuned while
//                looking at its failures, so its figures are in-sample and optimistic;
//   held-out     bench/search-queries-heldout.jsonl: written after the tuning from the statute
//                texts and never used to change the search, the estimate for unseen questions.
// A closing summary puts the two sets' overall figures side by side. A question's answer counts
// when it is among the first 10 articles as the result page shows them (documents in order, each
// with its best articles). The development set is asked first, all its rounds, then the held-out.
//
//   npm run bench:search                                  in-memory PGlite
//   TEST_DATABASE_URL=postgres://… npm run bench:search   a fresh database on that server
//
// Only the search listens to the import here (the knowledge graph's listener is not loaded),
// so the indexing time is the search index's.
// BENCH_LAWS_DIR (../shared/data/laws), BENCH_ROUNDS (3: timed passes over each set's questions),
// BENCH_QUERIES (a path: evaluate only that question file instead of the two sets),
// BENCH_VERBOSE=1 (each question's rank on both sides), BENCH_TIMEOUT_SECONDS (1800).
import { existsSync } from 'node:fs';
import type { Db } from '../platform/db/index.js';
import { fromRoot } from '../platform/paths.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/db.js';
import {
  importLawFiles,
  readLawFolder,
  registerQueryExpander,
} from '../modules/regulations/index.js';
import { vocabularyExpander } from '../modules/knowledge/use-cases/vocabulary.js';
import { searchLibrary } from '../modules/regulations/use-cases/search.js';
import { searchIndexOf } from '../modules/regulations/use-cases/search-cache.js';
import {
  answerIds,
  baselineSearch,
  printSummary,
  printTable,
  readQuestionSets,
  scoreRanking,
  type QuestionSet,
  type SideResult,
} from './lib/search-eval.js';

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

const LAWS_DIR = process.env.BENCH_LAWS_DIR ?? fromRoot('..', 'shared', 'data', 'laws');
const ROUNDS = intEnv('BENCH_ROUNDS', 3, 1, 50);
const TIMEOUT_SECONDS = intEnv('BENCH_TIMEOUT_SECONDS', 1800, 60, 7200);
const VERBOSE = process.env.BENCH_VERBOSE === '1';

/** Asks one set's questions ROUNDS times; the first round is scored, every round timed. */
async function evaluateSet(
  db: Db,
  set: QuestionSet,
  relevant: Map<string, Set<string>>,
): Promise<{ sifa: SideResult; baseline: SideResult }> {
  const sifa: SideResult = { scores: new Map(), latencies: [] };
  const baseline: SideResult = { scores: new Map(), latencies: [] };
  if (VERBOSE) console.log(`bench: ${set.name} set`);
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of set.questions) {
      let t = performance.now();
      const result = await searchLibrary(db, { q: q.query, page: 1, pageSize: 10 });
      sifa.latencies.push(performance.now() - t);
      t = performance.now();
      const naive = await baselineSearch(db, q.query);
      baseline.latencies.push(performance.now() - t);
      if (round > 0) continue;
      const ranking = result.items.flatMap((item) => item.articles.map((a) => a.id));
      sifa.scores.set(q.id, scoreRanking(ranking, relevant.get(q.id)!));
      baseline.scores.set(q.id, scoreRanking(naive, relevant.get(q.id)!));
      if (VERBOSE) {
        const rr = sifa.scores.get(q.id)!.reciprocalRank;
        const rank = rr > 0 ? String(Math.round(1 / rr)) : '-';
        const top = ranking.slice(0, 3).map((id) => id.replace(/\/\d{4}-\d{2}-\d{2}\/art-/, ' '));
        console.log(`  ${q.id} ${rank.padStart(2)}  ${q.query}  -> ${top.join(' | ')}`);
      }
    }
  }
  return { sifa, baseline };
}

async function main(): Promise<void> {
  // The everyday-words vocabulary of modules/knowledge (its index registers it in the server).
  registerQueryExpander(vocabularyExpander);
  if (!process.env.TEST_DATABASE_URL && process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  }
  if (!existsSync(LAWS_DIR)) throw new Error(`No corpus at ${LAWS_DIR} (set BENCH_LAWS_DIR)`);
  const sets = readQuestionSets(fromRoot('bench'), process.env.BENCH_QUERIES || undefined);
  let database: TestDatabase | undefined;
  try {
    database = await createTestDatabase();
    const db = database.db;
    const where = database.kind === 'pglite' ? 'PGlite in memory' : 'PostgreSQL (a fresh database)';
    const counts = sets.map((set) => `${set.name} ${set.questions.length}`).join(', ');
    console.log(`bench: ${where}; questions: ${counts}; corpus ${LAWS_DIR}`);

    const { files, index } = readLawFolder(LAWS_DIR);
    const started = performance.now();
    let indexingStarted = 0;
    let lastLog = 0;
    const report = await importLawFiles(db, files, {
      origin: 'bench',
      sourcePrefix: 'corpus',
      audit: { actor: null, requestId: null },
      index,
      onProgress: (p) => {
        if (p.phase === 'indexing' && !indexingStarted) indexingStarted = performance.now();
        if (performance.now() - lastLog > 10_000 || p.phase === 'done') {
          lastLog = performance.now();
          console.log(`bench: import ${p.phase} ${p.processed}/${p.total}`);
        }
      },
    });
    const importSeconds = (performance.now() - started) / 1000;
    const cpuSeconds = process.cpuUsage().user / 1e6;
    const indexSeconds = indexingStarted ? (performance.now() - indexingStarted) / 1000 : 0;
    const loadStarted = performance.now();
    const { index: searchIndex } = await searchIndexOf(db);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    console.log(
      `bench: imported ${report.added} versions from ${files.length} files (${report.failures.length} failures) ` +
        `in ${importSeconds.toFixed(1)} s, of which indexing ${indexSeconds.toFixed(1)} s; ` +
        `${searchIndex.size.toLocaleString('en-US')} articles, ${searchIndex.termCount.toLocaleString('en-US')} terms; ` +
        `in-memory index loaded in ${loadSeconds.toFixed(1)} s (process CPU so far ${cpuSeconds.toFixed(0)} s)`,
    );

    // Every set's answers are resolved before any question is asked: an unknown work or
    // article stops the run early.
    const relevant = [];
    for (const set of sets) relevant.push(await answerIds(db, set.questions));
    const results = [];
    for (const [i, set] of sets.entries()) {
      results.push({ set, ...(await evaluateSet(db, set, relevant[i]!)) });
    }
    console.log('');
    console.log(
      `search over ${searchIndex.size.toLocaleString('en-US')} articles (${database.kind}); ` +
        `import ${importSeconds.toFixed(1)} s (indexing ${indexSeconds.toFixed(1)} s); index load ${loadSeconds.toFixed(1)} s`,
    );
    for (const { set, sifa, baseline } of results) {
      printTable(set.questions, sifa, baseline, `${set.name} set (${set.description})`);
    }
    if (results.length > 1) printSummary(results);
  } finally {
    await database?.destroy();
  }
}

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${TIMEOUT_SECONDS} s; giving up`);
  process.exit(2);
}, TIMEOUT_SECONDS * 1000);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
