// Keeps the graph in step with the library: after every import (the onVersionsImported listener)
// the imported versions are processed, impact alerts raised for new versions of known works, and
// the citations elsewhere that name the imported works (or could not be placed) resolved again;
// `rebuildGraph` (npm run knowledge:rebuild) builds everything from scratch. Each runs in one
// transaction with its audit event.
import { and, eq, inArray, isNotNull, notInArray, or } from 'drizzle-orm';
import { type AuditContext, record } from '../../../platform/audit/index.js';
import type { Db, Executor, Tx } from '../../../platform/db/index.js';
import { articlesOfVersionIds } from '../../regulations/index.js';
import { clearGraph, processedVersionIds } from '../db/queries.js';
import { citations } from '../db/schema.js';
import { ensureLexicon } from './lexicon.js';
import { raiseImpactAlerts } from './impact-alerts.js';
import { namesOf } from '../domain/resolver.js';
import { loadLibrary, type Library } from './library.js';
import { processVersions, type ProcessProgress, type ProcessStats } from './process-versions.js';

export interface GraphUpdate extends ProcessStats {
  alerts: number;
  /** Versions processed before and again because they name a work new to the library. */
  reprocessed: number;
  /** Citations of other documents whose target changed. */
  reresolved: number;
  milliseconds: number;
}

const SYSTEM: AuditContext = { actor: null, requestId: null };

/** A transaction, or a savepoint when the caller already holds one. */
const inTransaction = <T>(db: Executor, work: (tx: Tx) => Promise<T>) =>
  (db as Db).transaction(work);

/** The onVersionsImported listener: `onVersionsImported(updateGraph, 'knowledge')`. */
export async function updateGraph(db: Executor, versionIds: string[]): Promise<GraphUpdate> {
  const started = Date.now();
  return inTransaction(db, async (tx) => {
    await ensureLexicon(tx);
    const library = await loadLibrary(tx);
    const processedBefore = await processedVersionIds(tx);
    const alerts = await raiseImpactAlerts(tx, library, versionIds, processedBefore);
    const stats = await processVersions(tx, library, versionIds);
    const workKeys = [...new Set(versionIds.map((id) => library.versions.get(id)?.workKey))].filter(
      (k): k is string => !!k,
    );
    // A law new to the library may be named without 《》 in texts processed before, where it
    // was not recognised (依照行政诉讼法的规定): those texts are processed again.
    const newWorks = workKeys.filter((key) =>
      library.resolver.work(key)!.versions.every((v) => !processedBefore.has(v.id)),
    );
    const mentioning = await versionsMentioning(tx, library, newWorks, processedBefore, versionIds);
    const again = await processVersions(tx, library, mentioning);
    // On the first build nothing else is in the graph to resolve again.
    const reresolved =
      processedBefore.size === 0
        ? 0
        : await resolveAgain(tx, library, workKeys, [...versionIds, ...mentioning]);
    const result = {
      ...stats,
      alerts,
      reprocessed: again.versions,
      reresolved,
      milliseconds: Date.now() - started,
    };
    await record(tx, SYSTEM, {
      action: 'knowledge.update_graph',
      entityType: 'knowledge.graph',
      details: { requested: versionIds.length, ...result },
    });
    return result;
  });
}

/** Versions of the graph (other than `skip`) whose text contains a name of one of `workKeys`. */
async function versionsMentioning(
  db: Executor,
  library: Library,
  workKeys: string[],
  processedBefore: Set<string>,
  skip: string[],
): Promise<string[]> {
  const names = workKeys.flatMap((key) => namesOf(library.resolver.work(key)!));
  if (names.length === 0) return [];
  const skipped = new Set(skip);
  const candidates = [...processedBefore].filter(
    (id) => !skipped.has(id) && library.versions.has(id),
  );
  const hits = new Set<string>();
  for (let i = 0; i < candidates.length; i += 50) {
    for (const article of await articlesOfVersionIds(db, candidates.slice(i, i + 50))) {
      if (!hits.has(article.versionId) && names.some((name) => article.text.includes(name))) {
        hits.add(article.versionId);
      }
    }
  }
  return [...hits];
}

/**
 * Resolves again the citations of other versions that name one of these works or were not
 * placed: a new version is now in force for later texts, a new work may be what they named.
 */
async function resolveAgain(
  db: Executor,
  library: Library,
  workKeys: string[],
  skipVersionIds: string[],
): Promise<number> {
  const names = new Set<string>();
  for (const key of workKeys) {
    const work = library.resolver.work(key);
    if (work) for (const name of namesOf(work)) names.add(name);
  }
  const rows = await db
    .select()
    .from(citations)
    .where(
      and(
        isNotNull(citations.targetName),
        skipVersionIds.length > 0 ? notInArray(citations.fromVersionId, skipVersionIds) : undefined,
        or(
          eq(citations.resolved, false),
          names.size > 0 ? inArray(citations.targetName, [...names]) : undefined,
        ),
      ),
    );
  let changed = 0;
  for (const row of rows) {
    const from = library.versions.get(row.fromVersionId);
    if (!from) continue;
    const next = library.resolver.resolve(
      {
        kind: row.kind,
        name: row.targetName,
        article:
          row.articleNumber === null
            ? null
            : { number: row.articleNumber, suffix: row.articleSuffix },
        paragraph: row.paragraph,
        item: row.item,
        raw: row.raw,
        offset: row.position,
      },
      { workKey: from.workKey, versionId: from.id, startsOn: library.startsOn(from.id) },
    );
    if (
      next.toVersionId === row.toVersionId &&
      next.toArticleId === row.toArticleId &&
      next.resolved === row.resolved
    ) {
      continue;
    }
    await db.update(citations).set(next).where(eq(citations.id, row.id));
    changed++;
  }
  return changed;
}

export interface RebuildOptions {
  audit: AuditContext;
  onProgress?: ProcessProgress;
}

/** Builds the whole graph from the library again (alerts and term relations are kept). */
export async function rebuildGraph(db: Db, options: RebuildOptions): Promise<GraphUpdate> {
  const started = Date.now();
  return db.transaction(async (tx) => {
    await ensureLexicon(tx);
    await clearGraph(tx);
    const library = await loadLibrary(tx);
    // In-force texts first, so that an interrupted look at the progress shows the useful part.
    const ids = [...library.versions.values()]
      .sort((a, b) => Number(b.status === 'in_force') - Number(a.status === 'in_force'))
      .map((v) => v.id);
    const stats = await processVersions(tx, library, ids, options.onProgress);
    const result = {
      ...stats,
      alerts: 0,
      reprocessed: 0,
      reresolved: 0,
      milliseconds: Date.now() - started,
    };
    await record(tx, options.audit, {
      action: 'knowledge.rebuild_graph',
      entityType: 'knowledge.graph',
      details: { ...result },
    });
    return result;
  });
}
