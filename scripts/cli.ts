// Shared start of the command-line scripts: configuration errors in plain words, and the
// data-directory lock so that a script never opens the embedded database under a running server.
import { ConfigError, getConfig, type Config } from '../platform/config/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Db, openDatabase } from '../platform/db/index.js';
import { acquireDataDirLock, DataDirBusyError, type DataDirLock } from '../platform/db/lock.js';

export function runCli(main: (config: Config) => Promise<number | void>): void {
  let config: Config;
  try {
    config = getConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  }
  main(config).then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof DataDirBusyError ? error.message : error);
      process.exit(1);
    },
  );
}

/** Locks the embedded data directory; a no-op on a PostgreSQL server. */
export function lockEmbedded(config: Config): DataDirLock {
  return config.DATABASE_URL ? { release: () => {} } : acquireDataDirLock(config.SIFA_DB_DIR);
}

/**
 * Opens the configured database for a command (locked when embedded), refuses one that Sifa
 * has not set up yet, runs `work`, and closes everything.
 */
export async function withDatabase<T>(
  config: Config,
  work: (db: Db) => Promise<T>,
): Promise<T | 2> {
  // Opening an empty directory would create a database there, and the first `npm start` would
  // then no longer see a fresh install (no demo accounts): say so instead.
  if (!config.DATABASE_URL && !existsSync(join(config.SIFA_DB_DIR, 'PG_VERSION'))) {
    console.error(`No database in ${config.SIFA_DB_DIR} yet: start Sifa once (npm start) first.`);
    return 2;
  }
  const lock = lockEmbedded(config);
  const database = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { dir: config.SIFA_DB_DIR },
  );
  try {
    const state = await database.migrationState();
    if (!state.upToDate) {
      console.error(
        `The database is not set up (${state.applied} of ${state.expected} migrations applied): start Sifa once (npm start) first.`,
      );
      return 2;
    }
    return await work(database.db);
  } finally {
    await database.close();
    lock.release();
  }
}
