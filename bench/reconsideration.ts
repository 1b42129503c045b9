// Database benchmark of the reconsideration workbench: 100,000 cases over Guangzhou, then
// Sifa's own listCases() (drizzle, modules/reconsideration/db/queries.ts) beside the same query
// written directly in SQL on the same connection, for
//   workbench  a handler's own cases in their district, first page of 20, plus the count;
//   overdue    a district's cases past their next statutory date, first page of 50, plus count.
// The ratio Sifa / raw is the cost of the query as Sifa builds it (columns, mapping, driver).
//
//   npm run bench:reconsideration                          in-memory PGlite
//   TEST_DATABASE_URL=postgres://… npm run bench:reconsideration   a fresh database there
//
// BENCH_CASES (100000), BENCH_HANDLERS (200), BENCH_ITERATIONS (200), BENCH_WARMUP (20);
// BENCH_EXPLAIN=1 also prints EXPLAIN ANALYZE of every statement of both sides, once.
// The run stops itself after BENCH_TIMEOUT_SECONDS (900).
import { randomUUID } from 'node:crypto';
import type { Actor } from '../platform/auth/permissions.js';
import type { Db } from '../platform/db/index.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/db.js';
import { shanghaiDate } from '../platform/workflow/dates.js';
import { listCases } from '../modules/reconsideration/db/queries.js';
import {
  measure,
  printTable,
  rawOverdue,
  rawWorkbench,
  type Timings,
} from './lib/reconsideration-measure.js';
import { captureStatements, explain } from './lib/reconsideration-explain.js';
import { prng, seedCases } from './lib/reconsideration-seed.js';

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

const CASES = intEnv('BENCH_CASES', 100_000, 1_000, 1_000_000);
const HANDLERS = intEnv('BENCH_HANDLERS', 200, 40, 2_000);
const ITERATIONS = intEnv('BENCH_ITERATIONS', 200, 1, 10_000);
const WARMUP = intEnv('BENCH_WARMUP', 20, 0, 1_000);
const TIMEOUT_SECONDS = intEnv('BENCH_TIMEOUT_SECONDS', 900, 30, 3600);
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';

/** A counter on one line when stdout is a terminal, a line every 20,000 rows otherwise. */
function progress(done: number): void {
  const text = `bench: seeded ${done.toLocaleString('en-US')} / ${CASES.toLocaleString('en-US')} cases`;
  if (process.stdout.isTTY) process.stdout.write(`\r${text}${done === CASES ? '\n' : ''}`);
  else if (done % 20_000 === 0 || done === CASES) console.log(text);
}

/** Both sides should find the same cases; say so when they do not (a benchmark, not a test). */
function compare(name: string, sifa: { ids: string[]; total: number }, raw: typeof sifa): void {
  const same =
    sifa.total === raw.total &&
    sifa.ids.length === raw.ids.length &&
    sifa.ids.every((id) => raw.ids.includes(id));
  console.log(
    same
      ? `bench: ${name}: both return ${sifa.ids.length} of ${sifa.total} cases`
      : `bench: ${name}: results differ: Sifa ${sifa.ids.length} of ${sifa.total}, raw ${raw.ids.length} of ${raw.total}`,
  );
}

async function main(): Promise<void> {
  // createTestDatabase reads TEST_DATABASE_URL; a DATABASE_URL alone means the same server.
  if (!process.env.TEST_DATABASE_URL && process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  }
  const deadline = Date.now() + TIMEOUT_SECONDS * 1000 - 30_000;
  let database: TestDatabase | undefined;
  try {
    database = await createTestDatabase();
    const db = database.db;
    const where = database.kind === 'pglite' ? 'PGlite in memory' : 'PostgreSQL (a fresh database)';
    const today = shanghaiDate();
    console.log(`bench: ${where}; today ${today}`);

    const seedStart = Date.now();
    const seeded = await seedCases(db, { cases: CASES, handlers: HANDLERS, today, progress });
    const seedSeconds = (Date.now() - seedStart) / 1000;
    console.log(
      `bench: ${CASES.toLocaleString('en-US')} cases (${seeded.openCases.toLocaleString('en-US')} open), ` +
        `${seeded.handlers.length} district handlers, seeded and analyzed in ${seedSeconds.toFixed(1)} s`,
    );

    const random = prng(42);
    const districts = seeded.authorities.filter((a) => a.regionCode.length === 6);
    const handlerActor = (): Actor => {
      const h = seeded.handlers[Math.floor(random() * seeded.handlers.length)]!;
      return {
        userId: h.id,
        username: h.username,
        displayName: h.displayName,
        role: 'reconsideration_handler',
        organizationId: h.authority.organizationId,
        regionCode: h.authority.regionCode,
      };
    };
    const districtActor = (): Actor => {
      const d = districts[Math.floor(random() * districts.length)]!;
      return {
        userId: randomUUID(),
        username: 'bench-district',
        displayName: '区局统计',
        role: 'district_staff',
        organizationId: d.organizationId,
        regionCode: d.regionCode,
      };
    };

    // Each query as both sides run it, on a given drizzle (BENCH_EXPLAIN passes a logging one).
    const queries = [
      {
        name: 'workbench (mine, 20)',
        actor: handlerActor,
        sifa: (on: Db, a: Actor) =>
          listCases(on, a, { page: 1, pageSize: 20, scope: 'mine' }, today),
        raw: (on: Db, a: Actor) => rawWorkbench(on, a.regionCode, a.userId),
      },
      {
        name: 'overdue (district, 50)',
        actor: districtActor,
        sifa: (on: Db, a: Actor) =>
          listCases(on, a, { page: 1, pageSize: 50, scope: 'all', overdue: 'true' }, today),
        raw: (on: Db, a: Actor) => rawOverdue(on, a.regionCode, today),
      },
    ];

    // One look at what each side returns, so that a broken query does not get benchmarked.
    for (const q of queries) {
      const actor = q.actor();
      const s = await q.sifa(db, actor);
      const r = await q.raw(db, actor);
      compare(
        `${q.name} in ${actor.regionCode}`,
        { ids: s.rows.map((x) => x.case.id), total: s.total },
        { ids: r.rows.map((x) => x.id), total: r.total },
      );
      if (!EXPLAIN) continue;
      for (const side of ['sifa', 'raw'] as const) {
        const statements = await captureStatements(database, (logged) => q[side](logged, actor));
        await explain(database, `${q.name}, ${side}`, statements);
      }
    }

    console.log(`bench: ${WARMUP} warm-up and ${ITERATIONS} measured rounds per query`);
    const results: [string, Timings][] = [];
    for (const q of queries) {
      const timings = await measure({
        iterations: ITERATIONS,
        warmup: WARMUP,
        deadline,
        params: q.actor,
        sifa: (a) => q.sifa(db, a),
        raw: (a) => q.raw(db, a),
      });
      results.push([q.name, timings]);
    }

    console.log('');
    console.log(
      `reconsideration case lists, ${CASES.toLocaleString('en-US')} cases (${database.kind}); seed ${seedSeconds.toFixed(1)} s`,
    );
    printTable(results);
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
