// The database: embedded PGlite by default, a PostgreSQL server when DATABASE_URL is set.
// Both speak the same SQL through one Drizzle type, so no code above this file can tell.
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { fromRoot } from '../paths.js';

export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that runs queries: the database itself or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface MigrationState {
  applied: number;
  expected: number;
  upToDate: boolean;
}

export interface Database {
  kind: DatabaseKind;
  db: Db;
  migrate(): Promise<void>;
  migrationState(): Promise<MigrationState>;
  close(): Promise<void>;
  /** The embedded engine, when there is one (backups use it). */
  pglite?: PGlite;
}

export const migrationsFolder = fromRoot('migrations');

export interface OpenOptions {
  /** postgres:// URL of a server; without it the embedded engine is used. */
  url?: string;
  /** PGlite data directory, or 'memory://' for a throw-away database. */
  dir?: string;
  /** Pool size for a server. */
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) return openServer(options.url, options.poolSize ?? 10);
  return openEmbedded(options.dir ?? 'memory://');
}

async function openEmbedded(dir: string): Promise<Database> {
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    migrationState: () => readMigrationState(db),
    close: () => client.close(),
  };
}

async function openServer(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server closes (a restart, a dropped database) must not crash the
  // process: the pool drops it and opens another on the next query.
  pool.on('error', (error) => {
    console.error(`PostgreSQL closed an idle connection: ${error.message}`);
  });
  // Fail at boot, with the server's own words, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzleNodePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    migrate: async () => {
      // Several instances may start at once: one migrates, the others wait for it.
      const conn = await pool.connect();
      try {
        await conn.query('select pg_advisory_lock(7470001)');
        await migrateNodePg(drizzleNodePg(conn), { migrationsFolder });
      } finally {
        await conn.query('select pg_advisory_unlock(7470001)').catch(() => undefined);
        conn.release();
      }
    },
    migrationState: () => readMigrationState(db),
    close: () => pool.end(),
  };
}

function expectedMigrations(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

async function readMigrationState(db: Db): Promise<MigrationState> {
  const expected = expectedMigrations();
  const [exists] = await rows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  let applied = 0;
  if (exists?.present) {
    const [result] = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    applied = Number(result?.n ?? 0);
  }
  return { applied, expected, upToDate: applied === expected };
}

/** Runs a use case in one transaction: its writes and its audit event commit or fail together. */
export function withTx<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}

/** Runs raw SQL and returns its rows, the same on PGlite and on node-postgres. */
export async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
