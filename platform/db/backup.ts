// Backup and restore of the embedded database: a gzip'd tarball of the PGlite data directory.
// Callers hold the data-directory lock, so no server writes while the copy is taken.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

export async function backupEmbedded(
  dataDir: string,
  backupDir: string,
  now = new Date(),
): Promise<{ file: string; bytes: number }> {
  if (!existsSync(dataDir)) throw new Error(`No database in ${dataDir}: nothing to back up.`);
  const db = await PGlite.create(dataDir);
  const dump = await db.dumpDataDir('gzip');
  await db.close();
  mkdirSync(backupDir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const file = resolve(join(backupDir, `sifa-${stamp}.tar.gz`));
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return { file, bytes: dump.size };
}

/**
 * Restores a backup into `dataDir`. An existing data directory is moved aside, never deleted;
 * returns where it went.
 */
export async function restoreEmbedded(
  file: string,
  dataDir: string,
  now = Date.now(),
): Promise<{ keptAt?: string }> {
  const blob = new Blob([readFileSync(file)]);
  let keptAt: string | undefined;
  if (existsSync(dataDir) && readdirSync(dataDir).some((f) => f !== '.sifa.pid')) {
    keptAt = `${dataDir.replace(/\/$/, '')}.before-restore-${now}`;
    renameSync(dataDir, keptAt);
  }
  const db = await PGlite.create(dataDir, { loadDataDir: blob });
  await db.close();
  return keptAt ? { keptAt } : {};
}
