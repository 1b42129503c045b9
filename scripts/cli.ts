// Shared start of the command-line scripts: configuration errors in plain words, and the
// data-directory lock so that a script never opens the embedded database under a running server.
import { ConfigError, getConfig, type Config } from '../platform/config/index.js';
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
