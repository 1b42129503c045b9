// HTTP benchmark: GET /api/users (page 1 of a district officer's 20 users, out of 10,000) on the
// real app, beside a bare Fastify route that runs the same SQL on the same database. The ratio
// is the cost of the platform: sessions, scoping, validation, serialization, hooks.
//
//   npm run bench:http                          in-memory PGlite
//   TEST_DATABASE_URL=postgres://… npm run bench:http   a fresh database on that server
//
// BENCH_USERS (10000), BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (10).
// Everything listens on 127.0.0.1 only; the run stops itself after BENCH_TIMEOUT_SECONDS (600).
import type { FastifyInstance } from 'fastify';
import { parseConfig } from '../platform/config/index.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/db.js';
import { buildApp } from '../server/app.js';
import { ephemeralKeys } from '../platform/testing/app.js';
import { BARE_PATH, buildBareApp } from './lib/bare.js';
import { type LoadResult, printTable, runLoad } from './lib/load.js';
import { BENCH_OFFICER, BENCH_PASSWORD, seedUsers } from './lib/seed.js';

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

const USERS = intEnv('BENCH_USERS', 10_000, 1, 1_000_000);
const SECONDS = intEnv('BENCH_SECONDS', 10, 1, 120);
const WARMUP_SECONDS = intEnv('BENCH_WARMUP_SECONDS', 2, 0, 60);
const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 10, 1, 200);
const TIMEOUT_SECONDS = intEnv('BENCH_TIMEOUT_SECONDS', 600, 10, 3600);
const SIFA_PATH = '/api/users?page=1&pageSize=20';

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('bench: no listening address');
  return `http://127.0.0.1:${address.port}`;
}

/** Logs in like the browser does and returns the session cookie. */
async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: BENCH_OFFICER, password: BENCH_PASSWORD }),
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 200)
    throw new Error(`bench: login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sifa_session='));
  if (!cookie) throw new Error('bench: login set no session cookie');
  return cookie.split(';')[0]!;
}

/** One request first, so that a broken endpoint fails loudly instead of benchmarking errors. */
async function check(url: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as { items?: unknown[]; total?: number };
  if (response.status !== 200 || body.items?.length !== 20) {
    throw new Error(
      `bench: ${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`,
    );
  }
  return body.total ?? 0;
}

async function main(): Promise<void> {
  // createTestDatabase reads TEST_DATABASE_URL; a DATABASE_URL alone means the same server.
  if (!process.env.TEST_DATABASE_URL && process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  }
  const started = Date.now();
  let database: TestDatabase | undefined;
  const apps: FastifyInstance[] = [];
  try {
    database = await createTestDatabase();
    const where = database.kind === 'pglite' ? 'PGlite in memory' : 'PostgreSQL (a fresh database)';
    const { organizations } = await seedUsers(database.db, USERS);
    console.log(
      `bench: ${where}; ${USERS.toLocaleString('en-US')} users over ${organizations} organizations, seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const config = parseConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
    const sifa = await buildApp({ config, database, ...ephemeralKeys() });
    apps.push(sifa);
    const bare = await buildBareApp(database.db);
    apps.push(bare);
    const sifaUrl = `${await listen(sifa)}${SIFA_PATH}`;
    const bareUrl = `${await listen(bare)}${BARE_PATH}`;
    const sifaHeaders = { cookie: await login(new URL(sifaUrl).origin) };

    const sifaTotal = await check(sifaUrl, sifaHeaders);
    const bareTotal = await check(bareUrl, {});
    if (sifaTotal !== bareTotal)
      console.warn(`bench: totals differ: Sifa ${sifaTotal}, bare ${bareTotal}`);
    console.log(
      `bench: both answer 20 of ${sifaTotal} users in 天河; ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, ${SECONDS} s measured each`,
    );

    const targets = {
      sifa: { url: sifaUrl, headers: sifaHeaders },
      bare: { url: bareUrl, headers: {} },
    };
    const results: Partial<Record<keyof typeof targets, LoadResult>> = {};
    for (const name of ['sifa', 'bare'] as const) {
      const target = targets[name];
      if (WARMUP_SECONDS > 0)
        await runLoad({ ...target, connections: CONNECTIONS, seconds: WARMUP_SECONDS });
      results[name] = await runLoad({ ...target, connections: CONNECTIONS, seconds: SECONDS });
      console.log(`bench: ${name} done`);
    }
    console.log('');
    console.log(`GET /api/users?page=1&pageSize=20 (district officer, ${database.kind})`);
    printTable(results.sifa!, results.bare!);
  } finally {
    for (const app of apps) await app.close();
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
