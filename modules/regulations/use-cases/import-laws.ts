// Imports Markdown law texts into the library: parse every file, group the versions of one work
// (and the parts of a code), store what is new or changed in batches, each batch one
// transaction with its audit event, then tell the listeners (search index, knowledge graph).
// A file that fails is reported by name with the reason and the rest goes on; the same text
// imported twice changes nothing (content hash per version).
import { type AuditContext, record } from '../../../platform/audit/index.js';
import { type Db, type Tx, withTx } from '../../../platform/db/index.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { existingHashes, insertVersions, refreshStatuses, replaceVersion } from '../db/queries.js';
import { createRun, updateRun } from '../db/run-queries.js';
import {
  buildDocument,
  mergeParts,
  type IndexRecord,
  type LawDocument,
} from '../domain/document.js';
import { versionsImportedListeners } from '../domain/hooks.js';
import type {
  ImportFailure,
  ImportProgress,
  ImportReport,
  SourceFile,
} from '../domain/import-report.js';
import { LawParseError, parseLawMarkdown } from '../domain/parse.js';

export interface ImportOptions {
  /** Shown in the run list: `cli`, `upload`, `demo`. */
  origin: string;
  /** `corpus` (a folder) or `upload`: versions record `<prefix>:<file name>` as their source. */
  sourcePrefix: 'corpus' | 'upload';
  audit: AuditContext;
  /** The records of the folder's index.jsonl, when it has one. */
  index?: IndexRecord[];
  /** Failures found before parsing (lines of index.jsonl that could not be read). */
  initialFailures?: ImportFailure[];
  /** A run created beforehand (an upload answers with its id at once). */
  runId?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** The day statuses are computed for; today in Asia/Shanghai by default. */
  today?: string;
}

/** At most this many articles (or documents) are written per transaction. */
const BATCH_ARTICLES = 4000;
const BATCH_DOCUMENTS = 40;

const reasonOf = (error: unknown, prefix: string) =>
  error instanceof LawParseError
    ? error.message
    : `${prefix}：${error instanceof Error ? error.message : String(error)}`;

interface Parsed {
  documents: LawDocument[];
  failures: ImportFailure[];
}

/** Parses every file and groups them into one document per version key. */
export function parseFiles(files: SourceFile[], index: IndexRecord[] = []): Parsed {
  const byFile = new Map(index.map((r) => [r.file.normalize('NFC'), r]));
  // Files chosen one by one (no folder) carry only their base name: match on it when unique.
  const base = (path: string) => path.normalize('NFC').split('/').pop()!;
  const byBase = new Map<string, IndexRecord | null>();
  for (const r of index) byBase.set(base(r.file), byBase.has(base(r.file)) ? null : r);
  const recordOf = (name: string) =>
    byFile.get(name.normalize('NFC')) ?? byBase.get(base(name)) ?? undefined;
  const failures: ImportFailure[] = [];
  const groups = new Map<string, LawDocument[]>();
  for (const file of files) {
    try {
      const parsed = parseLawMarkdown(file.content);
      const doc = buildDocument(file.name, parsed, recordOf(file.name));
      groups.set(doc.versionKey, [...(groups.get(doc.versionKey) ?? []), doc]);
    } catch (error) {
      failures.push({ file: file.name, reason: reasonOf(error, '解析出错') });
    }
  }
  const documents: LawDocument[] = [];
  for (const group of groups.values()) {
    // Parts of one code merge; any other file with the same name and date is a duplicate.
    const isCode = group.length > 1 && group.every((d) => d.part !== null);
    const ids = new Set<string>();
    const kept: LawDocument[] = [];
    for (const doc of group) {
      const clash = doc.articles.some((a) => ids.has(`${a.kind}-${a.number}-${a.suffix}`));
      if (kept.length > 0 && (!isCode || clash)) {
        failures.push({
          file: doc.files[0]!,
          reason: `与 ${kept[0]!.files[0]} 是同一版本（${doc.versionKey}），未重复导入`,
        });
        continue;
      }
      for (const a of doc.articles) ids.add(`${a.kind}-${a.number}-${a.suffix}`);
      kept.push(doc);
    }
    documents.push(mergeParts(kept));
  }
  return { documents, failures };
}

function batches(docs: LawDocument[]): LawDocument[][] {
  const out: LawDocument[][] = [];
  let current: LawDocument[] = [];
  let size = 0;
  for (const doc of docs) {
    if (
      current.length > 0 &&
      (size + doc.articles.length > BATCH_ARTICLES || current.length >= BATCH_DOCUMENTS)
    ) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(doc);
    size += doc.articles.length;
  }
  if (current.length) out.push(current);
  return out;
}

/** Imports the files; resolves with the report (also stored in the import run). */
export async function importLawFiles(
  db: Db,
  files: SourceFile[],
  options: ImportOptions,
): Promise<ImportReport> {
  const total = files.length;
  const runId =
    options.runId ??
    (await createRun(db, options.origin, options.audit.actor?.displayName ?? null, total)).id;
  const report: ImportReport = {
    runId,
    phase: 'parsing',
    processed: 0,
    total,
    added: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    failures: [...(options.initialFailures ?? [])],
    versionIds: [],
    addedKeys: [],
    updatedKeys: [],
  };
  const progress = async () => {
    report.failed = report.failures.length;
    await updateRun(db, runId, {
      phase: report.phase,
      processed: report.processed,
      added: report.added,
      updated: report.updated,
      unchanged: report.unchanged,
      failures: report.failures,
    });
    const { runId: id, phase, processed, added, updated, unchanged, failed } = report;
    options.onProgress?.({ runId: id, phase, processed, total, added, updated, unchanged, failed });
  };
  try {
    await progress();
    const index = options.index ?? [];
    const { documents, failures } = parseFiles(files, index);
    report.failures.push(...failures);
    report.processed += failures.length;
    report.phase = 'storing';
    const existing = await existingHashes(
      db,
      documents.map((d) => d.versionKey),
    );
    const toWrite: LawDocument[] = [];
    for (const doc of documents) {
      if (existing.get(doc.versionKey)?.contentHash === doc.contentHash) {
        report.unchanged++;
        report.processed += doc.files.length;
      } else toWrite.push(doc);
    }
    await progress();
    for (const batch of batches(toWrite)) {
      await withTx(db, (tx) => storeBatch(tx, batch, existing, options, report));
      await progress();
    }
    await refreshStatuses(db, options.today ?? shanghaiDate());
    if (report.versionIds.length > 0) {
      report.phase = 'indexing';
      await progress();
      for (const { name, listener } of versionsImportedListeners()) {
        try {
          await listener(db, report.versionIds);
        } catch (error) {
          report.failures.push({ file: `(${name})`, reason: reasonOf(error, '后续处理失败') });
        }
      }
    }
    report.phase = 'done';
    await progress();
    await updateRun(db, runId, { state: 'done', finishedAt: new Date() });
    return { ...report, failed: report.failures.length };
  } catch (error) {
    report.failures.push({ file: '(import)', reason: reasonOf(error, '导入中断') });
    await updateRun(db, runId, {
      state: 'failed',
      failures: report.failures,
      finishedAt: new Date(),
    });
    throw error;
  }
}

async function storeBatch(
  tx: Tx,
  batch: LawDocument[],
  existing: Map<string, { id: string; contentHash: string }>,
  options: ImportOptions,
  report: ImportReport,
): Promise<void> {
  const sourceOf = (doc: LawDocument) => `${options.sourcePrefix}:${doc.files.join(',')}`;
  const fresh = batch.filter((d) => !existing.has(d.versionKey));
  const added: string[] = [];
  const updated: string[] = [];
  const stored = (doc: LawDocument, id: string, into: string[]) => {
    into.push(doc.versionKey);
    report.versionIds.push(id);
  };
  const failed = (doc: LawDocument, error: unknown) => {
    for (const file of doc.files)
      report.failures.push({ file, reason: reasonOf(error, '保存失败') });
  };
  // New texts all at once; should one of them fail, again one by one, each in a savepoint,
  // so that the failure is named and the others are stored.
  let together: Map<string, string> | null = null;
  if (fresh.length > 1) {
    together = await tx
      .transaction((sp) =>
        insertVersions(
          sp,
          fresh.map((doc) => ({ doc, source: sourceOf(doc) })),
        ),
      )
      .catch(() => null);
  }
  for (const doc of batch) {
    const before = existing.get(doc.versionKey);
    try {
      if (before) {
        await tx.transaction((sp) => replaceVersion(sp, before.id, doc, sourceOf(doc)));
        stored(doc, before.id, updated);
      } else {
        const ids =
          together ??
          (await tx.transaction((sp) => insertVersions(sp, [{ doc, source: sourceOf(doc) }])));
        stored(doc, ids.get(doc.versionKey)!, added);
      }
    } catch (error) {
      failed(doc, error);
    }
    report.processed += doc.files.length;
  }
  report.added += added.length;
  report.updated += updated.length;
  report.addedKeys.push(...added);
  report.updatedKeys.push(...updated);
  if (added.length + updated.length > 0) {
    await record(tx, options.audit, {
      action: 'regulations.import',
      entityType: 'regulations.import_run',
      entityId: report.runId,
      details: { origin: options.origin, added, updated },
    });
  }
}
