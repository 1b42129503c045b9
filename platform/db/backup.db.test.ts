import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { backupEmbedded, restoreEmbedded } from './backup.js';
import { openDatabase, rows } from './index.js';
import { acquireDataDirLock, DataDirBusyError } from './lock.js';

const root = mkdtempSync(join(tmpdir(), 'sifa-backup-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const count = async (dir: string) => {
  const database = await openDatabase({ dir });
  const [row] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from notes`);
  await database.close();
  return row!.n;
};

describe.skipIf(!!process.env.TEST_DATABASE_URL)(
  'backup and restore of the embedded database',
  () => {
    it('restores exactly what was backed up and keeps the replaced directory', async () => {
      const dir = join(root, 'db');
      const database = await openDatabase({ dir });
      await database.db.execute(sql`create table notes (id int primary key, text text)`);
      await database.db.execute(sql`insert into notes values (1, '备份前'), (2, '第二条')`);
      await database.close();

      const { file } = await backupEmbedded(dir, join(root, 'backups'));
      const later = await openDatabase({ dir });
      await later.db.execute(sql`insert into notes values (3, '备份后')`);
      await later.close();
      expect(await count(dir)).toBe(3);

      const { keptAt } = await restoreEmbedded(file, dir);
      expect(await count(dir)).toBe(2);
      expect(keptAt && existsSync(keptAt)).toBe(true);
      expect(await count(keptAt!)).toBe(3);
    });

    it('refuses a second process on a locked data directory', () => {
      const dir = join(root, 'locked');
      const lock = acquireDataDirLock(dir);
      // A live pid other than ours holds it: simulate with the parent process.
      lock.release();
      writeFileSync(join(dir, '.sifa.pid'), String(process.ppid));
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirBusyError);
    });
  },
);
