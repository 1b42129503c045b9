// One process per embedded data directory: two PGlite instances writing the same files would
// corrupt them, so the server (and backup/restore) take a pid lock first.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DataDirLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataDirBusyError extends Error {}

export function acquireDataDirLock(dir: string): DataDirLock {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, '.sifa.pid');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    if (pid && pid !== process.pid && alive(pid)) {
      throw new DataDirBusyError(
        `The data directory ${dir} is in use by another Sifa process (pid ${pid}). Stop it first.`,
      );
    }
  }
  writeFileSync(file, String(process.pid));
  return {
    release: () => {
      if (existsSync(file) && readFileSync(file, 'utf8') === String(process.pid)) rmSync(file);
    },
  };
}
