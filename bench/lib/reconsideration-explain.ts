// BENCH_EXPLAIN=1: the plans (EXPLAIN ANALYZE) of the statements each side sends, to see where
// time goes. Sifa's statements are caught by a logging drizzle over the same client, so the
// plan is of exactly what listCases() runs, with its parameters.
import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Database, Db } from '../../platform/db/index.js';

type Statement = { text: string; params: unknown[] };
type Client = { query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }> };

/** Runs `work` against a drizzle that records every statement instead of hiding them. */
export async function captureStatements(
  database: Database,
  work: (db: Db) => Promise<unknown>,
): Promise<Statement[]> {
  const statements: Statement[] = [];
  const logger = {
    logQuery: (text: string, params: unknown[]) => statements.push({ text, params }),
  };
  const client = (database.db as unknown as { $client: PGlite | Pool }).$client;
  const db = (database.kind === 'pglite'
    ? drizzlePglite(client as PGlite, { logger })
    : drizzleNodePg(client as Pool, { logger })) as unknown as Db;
  await work(db);
  return statements;
}

/** Prints the EXPLAIN ANALYZE of each statement, run on the benchmark's own client. */
export async function explain(
  database: Database,
  title: string,
  statements: Statement[],
): Promise<void> {
  const client = (database.db as unknown as { $client: Client }).$client;
  for (const [i, s] of statements.entries()) {
    console.log(`\n-- ${title}, statement ${i + 1} of ${statements.length}`);
    console.log(s.text.replace(/\s+/g, ' '));
    console.log(`-- params: ${JSON.stringify(s.params)}`);
    const result = await client.query(`explain (analyze, buffers) ${s.text}`, s.params);
    for (const row of result.rows as Record<string, string>[]) console.log(row['QUERY PLAN']);
  }
}
