// npm run restore -- <backup.tar.gz> — replaces the embedded database with a backup.
// The current data directory is kept beside it (…before-restore-<time>), never deleted.
import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { restoreEmbedded } from '../platform/db/backup.js';
import { openDatabase, rows } from '../platform/db/index.js';
import { acquireDataDirLock } from '../platform/db/lock.js';
import { runCli } from './cli.js';

runCli(async (config) => {
  const file = process.argv[2];
  if (!file || !existsSync(file)) {
    console.error('Usage: npm run restore -- <backup file .tar.gz>');
    return 2;
  }
  if (config.DATABASE_URL) {
    console.error(
      'DATABASE_URL is set: restore a PostgreSQL server with pg_restore, e.g.\n  pg_restore --clean --dbname="$DATABASE_URL" sifa.dump',
    );
    return 2;
  }
  const dir = config.SIFA_DB_DIR;
  // Checks that no server runs on the directory; the lock moves aside with the old directory.
  acquireDataDirLock(dir).release();
  const { keptAt } = await restoreEmbedded(file, dir);
  const lock = acquireDataDirLock(dir);
  try {
    const database = await openDatabase({ dir });
    const [counts] = await rows<{ users: number; events: number }>(
      database.db,
      sql`select (select count(*) from auth.users)::int as users, (select count(*) from audit.events)::int as events`,
    );
    await database.close();
    console.log(
      `Restored ${file} into ${dir}: ${counts?.users} users, ${counts?.events} audit events.`,
    );
    if (keptAt) console.log(`The previous data directory was kept in ${keptAt}.`);
  } finally {
    lock.release();
  }
});
