// Queries of the import runs: the progress and report of each import.
import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import type { ImportFailure } from '../domain/import-report.js';
import { importRuns } from './schema.js';

export type ImportRunRow = typeof importRuns.$inferSelect;

export async function createRun(
  db: Executor,
  origin: string,
  startedBy: string | null,
  total: number,
) {
  const [row] = await db
    .insert(importRuns)
    .values({ origin, startedBy, state: 'running', phase: 'parsing', total })
    .returning();
  return row!;
}

export async function updateRun(
  db: Executor,
  id: string,
  patch: Partial<{
    state: 'running' | 'done' | 'failed';
    phase: 'parsing' | 'storing' | 'indexing' | 'done';
    processed: number;
    added: number;
    updated: number;
    unchanged: number;
    failures: ImportFailure[];
    finishedAt: Date;
  }>,
): Promise<void> {
  await db.update(importRuns).set(patch).where(eq(importRuns.id, id));
}

export async function findRun(db: Executor, id: string): Promise<ImportRunRow | undefined> {
  const [row] = await db.select().from(importRuns).where(eq(importRuns.id, id));
  return row;
}

export async function recentRuns(db: Executor, limit: number): Promise<ImportRunRow[]> {
  return db.select().from(importRuns).orderBy(desc(importRuns.startedAt)).limit(limit);
}
