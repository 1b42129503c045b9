// The process: parse the configuration, open and prepare the database, listen, and on
// SIGTERM/SIGINT finish in-flight requests and close the database cleanly.
import { ConfigError, getConfig } from '../platform/config/index.js';
import { DataCipher, DataKeyMissingError, loadDataKey } from '../platform/crypto/index.js';
import { loadOrCreateSigner } from '../platform/ledger/checkpoint.js';
import { acquireDataDirLock, DataDirBusyError, type DataDirLock } from '../platform/db/lock.js';
import { buildApp } from './app.js';
import { startJobs } from './jobs.js';
import {
  demoAccountsBanner,
  openConfiguredDatabase,
  prepareDatabase,
  StartupError,
} from './bootstrap.js';

async function main() {
  const config = getConfig();
  let lock: DataDirLock | undefined;
  if (!config.DATABASE_URL) lock = acquireDataDirLock(config.SIFA_DB_DIR);
  const { database, freshEmbedded } = await openConfiguredDatabase(config);
  const report = await prepareDatabase(database, config, freshEmbedded);
  const cipher = new DataCipher(
    loadDataKey({
      base64: config.SIFA_DATA_KEY,
      keyDir: config.SIFA_KEY_DIR,
      generate: !config.DATABASE_URL,
    }),
  );
  const ledgerSigner = loadOrCreateSigner(config.SIFA_KEY_DIR, config.SIFA_LEDGER_KEY_NAME);
  const app = await buildApp({ config, database, cipher, ledgerSigner, serveWeb: true });
  if (config.SIFA_CLOCK_CONTROL)
    app.log.warn('SIFA_CLOCK_CONTROL is on: an admin may move the legal date (training/test only)');
  const jobs = startJobs(app);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      app.log.error('shutdown took over 15 s; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    try {
      await app.close();
      await jobs.stop();
      await database.close();
      lock?.release();
      app.log.info('database closed; bye');
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ host: config.HOST, port: config.PORT });
  const port = app.server.address();
  const shown = typeof port === 'object' && port ? `http://localhost:${port.port}` : address;
  const database_ =
    database.kind === 'pglite' ? `embedded PGlite in ${config.SIFA_DB_DIR}` : 'PostgreSQL server';
  // One write, so that whoever reads the output sees the whole banner at once.
  const lines = [`\nSifa 司法行政综合平台 is running at ${shown} (database: ${database_})`];
  if (report.demoAccounts) lines.push(demoAccountsBanner());
  if (report.firstAdmin)
    lines.push('Created the first administrator "admin" from SIFA_ADMIN_PASSWORD.');
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof StartupError ||
    error instanceof DataDirBusyError ||
    error instanceof DataKeyMissingError
  ) {
    console.error(error.message);
  } else {
    console.error('Sifa failed to start:', error);
  }
  process.exit(1);
});
