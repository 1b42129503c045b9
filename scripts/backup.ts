// npm run backup — writes the embedded database to data/backups/sifa-<time>.tar.gz.
// Stop the server first (the data directory is locked while it runs). On PostgreSQL use pg_dump.
import { backupEmbedded } from '../platform/db/backup.js';
import { lockEmbedded, runCli } from './cli.js';

runCli(async (config) => {
  if (config.DATABASE_URL) {
    console.error(
      'DATABASE_URL is set: back up a PostgreSQL server with pg_dump, e.g.\n  pg_dump --format=custom --file=sifa.dump "$DATABASE_URL"',
    );
    return 2;
  }
  const lock = lockEmbedded(config);
  try {
    const { file, bytes } = await backupEmbedded(config.SIFA_DB_DIR, config.SIFA_BACKUP_DIR);
    console.log(`Backup written: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MiB)`);
    console.log(`Restore it with: npm run restore -- ${file}`);
  } finally {
    lock.release();
  }
});
