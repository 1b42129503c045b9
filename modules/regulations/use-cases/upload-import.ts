// The administrator's upload of .md files (法规导入): checked, recorded as an import run in one
// transaction with its audit event, then imported in the background while the page polls the
// run's progress. One import at a time per server.
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, type RequestContext, requireActor } from '../../../platform/http/context.js';
import {
  type ImportRunView,
  UPLOAD_MAX_BYTES,
  UPLOAD_MAX_FILES,
  type UploadBody,
} from '../contract.js';
import { createRun, findRun, recentRuns, type ImportRunRow } from '../db/run-queries.js';
import { RegulationsPermissions } from '../domain/permissions.js';
import { importLawFiles } from './import-laws.js';
import { INDEX_FILE, isLawFile, parseIndex } from './law-files.js';

let running: Promise<unknown> | null = null;

/** Resolves when the background import (if any) has ended; for tests and shutdown. */
export function importSettled(): Promise<void> {
  return (running ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}

export async function startUploadImport(
  ctx: RequestContext,
  body: UploadBody,
): Promise<{ runId: string }> {
  const actor = requireActor(ctx);
  authorize(actor, RegulationsPermissions.import);
  if (running) throw new AppError('REGULATIONS_IMPORT_RUNNING');
  const indexFile = body.files.find((f) => f.name.split('/').pop() === INDEX_FILE);
  const files = body.files.filter((f) => f !== indexFile);
  for (const f of files) {
    if (!isLawFile(f.name)) throw new AppError('REGULATIONS_UPLOAD_NOT_MARKDOWN', { name: f.name });
  }
  if (files.length === 0) throw new AppError('REGULATIONS_UPLOAD_EMPTY');
  const bytes = body.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  if (bytes > UPLOAD_MAX_BYTES || body.files.length > UPLOAD_MAX_FILES) {
    throw new AppError('REGULATIONS_UPLOAD_TOO_LARGE', {
      maxFiles: UPLOAD_MAX_FILES,
      maxMb: UPLOAD_MAX_BYTES / 1024 / 1024,
    });
  }
  const index = indexFile ? parseIndex(indexFile.content) : { records: [], failures: [] };
  // Index paths are relative to the uploaded folder: match on what follows its first segment.
  const prefix = indexFile?.name.includes('/') ? indexFile.name.replace(/[^/]+$/, '') : '';
  const named = files.map((f) => ({
    name: prefix && f.name.startsWith(prefix) ? f.name.slice(prefix.length) : f.name,
    content: f.content,
  }));
  const audit = auditContext(ctx);
  const run = await withTx(ctx.db, async (tx) => {
    const created = await createRun(tx, 'upload', actor.displayName, named.length);
    await record(tx, audit, {
      action: 'regulations.import.start',
      entityType: 'regulations.import_run',
      entityId: created.id,
      details: { files: named.length, bytes },
    });
    return created;
  });
  running = importLawFiles(ctx.db, named, {
    origin: 'upload',
    sourcePrefix: 'upload',
    audit,
    index: index.records,
    initialFailures: index.failures,
    runId: run.id,
  })
    .catch(() => undefined) // the run records the failure
    .finally(() => {
      running = null;
    });
  return { runId: run.id };
}

export const toRunView = (r: ImportRunRow): ImportRunView => ({
  id: r.id,
  origin: r.origin,
  startedBy: r.startedBy,
  state: r.state,
  phase: r.phase,
  total: r.total,
  processed: r.processed,
  added: r.added,
  updated: r.updated,
  unchanged: r.unchanged,
  failures: r.failures,
  startedAt: r.startedAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
});

export async function getImportRun(ctx: RequestContext, id: string): Promise<ImportRunView> {
  authorize(requireActor(ctx), RegulationsPermissions.import);
  const run = await findRun(ctx.db, id);
  if (!run) throw new AppError('REGULATIONS_RUN_NOT_FOUND');
  return toRunView(run);
}

export async function listImportRuns(ctx: RequestContext): Promise<ImportRunView[]> {
  authorize(requireActor(ctx), RegulationsPermissions.import);
  return (await recentRuns(ctx.db, 20)).map(toRunView);
}
