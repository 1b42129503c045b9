// Benchmark of the person file (一人一档): 1,000,000 persons and 3,000,000 matters (half
// reconsideration, half notarization cases, each in its module's own tables), then
//   lookup     look a person up by ID number: Sifa's lookupPerson() (modules/persons), the same
//              use case as POST /api/persons/lookup, which also writes its access-log row;
//   open file  open one person file: Sifa's openPersonFile(), the use case behind
//              GET /api/persons/:id, asking every module in modules/index.ts through
//              personMatters() and writing the access-log row;
// each beside the same read written directly in SQL on the same connection (no log row, one
// statement). The ratio Sifa / raw is what the use case costs over the bare read.
//
//   npm run bench:persons                                   in-memory PGlite
//   TEST_DATABASE_URL=postgres://… npm run bench:persons    a fresh database there
//
// BENCH_PERSONS (1000000), BENCH_MATTERS (3000000), BENCH_ITERATIONS (300), BENCH_WARMUP (30);
// the run stops itself after BENCH_TIMEOUT_SECONDS (3600).
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Actor } from '../platform/auth/permissions.js';
import { parseConfig } from '../platform/config/index.js';
import { DataCipher } from '../platform/crypto/index.js';
import { type Db, rows } from '../platform/db/index.js';
import type { RequestContext } from '../platform/http/context.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/db.js';
import { lookupPerson, openPersonFile } from '../modules/persons/use-cases/person-file.js';
import { benchIdNumber, matterSpread, seedMatters, seedPersons } from './lib/persons-seed.js';
import { measure, percentile, type Timings } from './lib/reconsideration-measure.js';
import { prng } from './lib/reconsideration-seed.js';

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

const PERSONS = intEnv('BENCH_PERSONS', 1_000_000, 1_000, 5_000_000);
const MATTERS = intEnv('BENCH_MATTERS', 3 * PERSONS, 1_000, 15_000_000);
const ITERATIONS = intEnv('BENCH_ITERATIONS', 300, 1, 10_000);
const WARMUP = intEnv('BENCH_WARMUP', 30, 0, 1_000);
const TIMEOUT_SECONDS = intEnv('BENCH_TIMEOUT_SECONDS', 3600, 30, 7200);

const fmt = (n: number, digits = 2) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function progress(what: string, total: number, every: number) {
  return (done: number) => {
    const text = `bench: ${what} ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`;
    if (process.stdout.isTTY) process.stdout.write(`\r${text}${done === total ? '\n' : ''}`);
    else if (done % every === 0 || done === total) console.log(text);
  };
}

/** The lookup in plain SQL: the blind index (HMAC) and one indexed select. */
async function rawLookup(db: Db, cipher: DataCipher, idNumber: string) {
  const [row] = await rows<{ id: string }>(
    db,
    sql`select id, name, sex, id_number_masked, phone_masked, region_code, created_at
        from persons.persons where id_number_index = ${cipher.blindIndex(idNumber)}`,
  );
  return row;
}

/**
 * The file in plain SQL: the person and the matters of the four case modules that answer
 * personMatters today (legal aid and mediation hold none of the bench's matters, but both
 * sides ask them), in one statement.
 */
async function rawFile(db: Db, personId: string) {
  return rows<{ case_id: string | null }>(
    db,
    sql`select p.id, p.name, p.sex, p.id_number_masked, p.phone_masked, p.region_code,
               m.module, m.case_id, m.case_number, m.state, m.region_code as matter_region,
               m.started_on, m.role
        from persons.persons p
        left join lateral (
          select 'reconsideration' as module, c.id as case_id, c.case_number, c.state,
                 c.region_code, c.received_date as started_on, r.role
          from reconsideration.parties r join reconsideration.cases c on c.id = r.case_id
          where r.id_number_index = p.id_number_index
          union all
          select 'notarization', c.id, c.case_number, c.state, c.region_code, c.applied_date,
                 x.role
          from notarization.parties x join notarization.cases c on c.id = x.case_id
          where x.id_number_index = p.id_number_index
          union all
          select 'legal-aid', c.id, c.case_number, c.state, c.region_code, c.received_date,
                 x.role
          from legal_aid.parties x join legal_aid.cases c on c.id = x.case_id
          where x.id_number_index = p.id_number_index
          union all
          select 'mediation', c.id, c.case_number, c.state, c.region_code, c.applied_date,
                 x.role
          from mediation.parties x join mediation.cases c on c.id = x.case_id
          where x.id_number_index = p.id_number_index
        ) m on true
        where p.id = ${personId}`,
  );
}

function printTable(results: [string, Timings][]) {
  const table = [
    ['read', 'n', 'Sifa p50', 'raw p50', 'p50 ratio', 'Sifa p95', 'raw p95', 'p95 ratio'],
  ];
  for (const [name, t] of results) {
    const [s50, r50, s95, r95] = [50, 50, 95, 95].map((p, i) =>
      percentile(i % 2 === 0 ? t.sifa : t.raw, p),
    ) as [number, number, number, number];
    table.push([
      name,
      String(t.sifa.length),
      fmt(s50),
      fmt(r50),
      fmt(s50 / r50),
      fmt(s95),
      fmt(r95),
      fmt(s95 / r95),
    ]);
  }
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(line(table[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(line(r));
  console.log('(milliseconds, one read at a time; Sifa also writes one access-log row per read)');
}

async function main(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL && process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  }
  const deadline = Date.now() + TIMEOUT_SECONDS * 1000 - 30_000;
  let database: TestDatabase | undefined;
  try {
    database = await createTestDatabase();
    const db = database.db;
    const where = database.kind === 'pglite' ? 'PGlite in memory' : 'PostgreSQL (a fresh database)';
    console.log(`bench: ${where}`);
    const cipher = new DataCipher(randomBytes(32));

    // CPU seconds of this process: with PGlite the database runs here too, so this is the
    // generation's own cost whatever else the machine is doing.
    const cpuSeconds = () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1e6;
    };
    const cpuStart = cpuSeconds();
    let start = Date.now();
    await seedPersons(db, cipher, PERSONS, progress('persons', PERSONS, 100_000));
    const personSeconds = (Date.now() - start) / 1000;
    start = Date.now();
    await seedMatters(db, PERSONS, MATTERS, progress('matters', MATTERS, 500_000));
    const matterSeconds = (Date.now() - start) / 1000;
    console.log(
      `bench: ${PERSONS.toLocaleString('en-US')} persons in ${fmt(personSeconds, 1)} s, ` +
        `${MATTERS.toLocaleString('en-US')} matters in ${fmt(matterSeconds, 1)} s (with ANALYZE); ` +
        `${fmt(cpuSeconds() - cpuStart, 1)} CPU s in this process`,
    );
    const spread = await matterSpread(db);
    console.log(
      `bench: matters per person (a 1 in 1,000 sample): ${spread.map((s) => `${s.perPerson}: ${s.persons}`).join(', ')}`,
    );

    const [org] = await rows<{ id: string }>(
      db,
      sql`select id from auth.organizations where code = 'city-bureau'`,
    );
    const actor: Actor = {
      userId: '00000000-0000-4000-8000-000000000001',
      username: 'bench-dangan',
      displayName: '档案基准',
      role: 'persons_officer',
      organizationId: org!.id,
      regionCode: '4401',
    };
    const ctx: RequestContext = {
      db,
      config: parseConfig({ NODE_ENV: 'test' }),
      cipher,
      actor,
      requestId: null,
      locale: 'zh-CN',
    };

    // A pool of random persons, with their file ids, drawn before the clock starts.
    const random = prng(6);
    const pool: { idNumber: string; personId: string }[] = [];
    for (let i = 0; i < 500; i++) {
      const idNumber = benchIdNumber(Math.floor(random() * PERSONS));
      pool.push({ idNumber, personId: (await rawLookup(db, cipher, idNumber))!.id });
    }
    const pick = () => pool[Math.floor(random() * pool.length)]!;

    // One look at both sides, so that a broken read does not get benchmarked.
    const sample = pool[0]!;
    const file = await openPersonFile(ctx, sample.personId, 'handling');
    const raw = await rawFile(db, sample.personId);
    const rawMatters = raw.filter((r) => r.case_id !== null).length;
    console.log(
      file.matters.length === rawMatters &&
        (await lookupPerson(ctx, { idNumber: sample.idNumber, purpose: 'handling' })).id ===
          sample.personId
        ? `bench: both sides find the person and the same ${rawMatters} matters`
        : `bench: results differ: Sifa ${file.matters.length} matters, raw ${rawMatters}`,
    );

    const [logBefore] = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from access.access_log`,
    );
    console.log(`bench: ${WARMUP} warm-up and ${ITERATIONS} measured rounds per read`);
    const results: [string, Timings][] = [
      [
        'lookup by ID number',
        await measure({
          iterations: ITERATIONS,
          warmup: WARMUP,
          deadline,
          params: pick,
          sifa: (p) => lookupPerson(ctx, { idNumber: p.idNumber, purpose: 'handling' }),
          raw: (p) => rawLookup(db, cipher, p.idNumber),
        }),
      ],
      [
        'open person file',
        await measure({
          iterations: ITERATIONS,
          warmup: WARMUP,
          deadline,
          params: pick,
          sifa: (p) => openPersonFile(ctx, p.personId, 'handling'),
          raw: (p) => rawFile(db, p.personId),
        }),
      ],
    ];
    const [logAfter] = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from access.access_log`,
    );

    console.log('');
    console.log(
      `person file, ${PERSONS.toLocaleString('en-US')} persons and ${MATTERS.toLocaleString('en-US')} matters (${database.kind}); ` +
        `seed ${fmt(personSeconds + matterSeconds, 1)} s; ${(logAfter!.n - logBefore!.n).toLocaleString('en-US')} access-log rows written while measuring`,
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
