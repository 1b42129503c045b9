// A fresh database per test file: in-memory PGlite by default, or a new database on the
// PostgreSQL server named by TEST_DATABASE_URL (CI runs every db test both ways).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../db/index.js';
import { ensureOrganizations } from '../auth/organizations.js';
import { ensureDivisions } from '../regions/index.js';

export interface TestDatabase extends Database {
  /** Drops the server database too; call in afterAll. */
  destroy(): Promise<void>;
}

export async function createTestDatabase(
  options: { reference?: boolean } = {},
): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let dropServerDb = async () => {};
  if (serverUrl) {
    const name = `sifa_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ url: url.toString(), poolSize: 5 });
    dropServerDb = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      // The pool has closed; give its connections a moment to leave before forcing the drop,
      // so that no connection is cut while it is still closing.
      for (let i = 0; i < 20; i++) {
        const { rows } = await client.query(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  } else {
    database = await openDatabase({ dir: 'memory://' });
  }
  await database.migrate();
  if (options.reference !== false) {
    await ensureDivisions(database.db);
    await ensureOrganizations(database.db);
  }
  return {
    ...database,
    destroy: async () => {
      await database.close();
      await dropServerDb();
    },
  };
}
