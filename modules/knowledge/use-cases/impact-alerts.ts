// Impact alerts: when a new version of a work arrives, the articles it changed, removed or
// renumbered are compared with the previous version, and every article of another document that
// cites one of them (or is made under the law) is listed. The cleanup campaign (清理) reads them.
import { and, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import type { Page } from '../../../platform/http/pagination.js';
import { articlesOfVersionIds, type LibraryArticle } from '../../regulations/index.js';
import type { ImpactAlertDetail, ImpactAlertSummary } from '../contract.js';
import { citations, impactAlertItems, impactAlerts } from '../db/schema.js';
import { diffVersions, type VersionArticle } from '../domain/impact.js';
import { articleKey } from '../domain/resolver.js';
import type { Library } from './library.js';

const toDiffArticle = (a: LibraryArticle): VersionArticle => ({
  id: a.id,
  key: a.kind === 'article' ? articleKey(a) : `${a.kind}-${a.number}`,
  label: a.label,
  text: a.text,
});

/** The version of the same work that came just before `versionId`, if any. */
function previousVersion(library: Library, versionId: string) {
  const version = library.versions.get(versionId);
  const work = version && library.resolver.work(version.workKey);
  if (!work) return null;
  const sorted = [...work.versions].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const at = sorted.findIndex((v) => v.id === versionId);
  return at > 0 ? sorted[at - 1]! : null;
}

/**
 * Raises an alert for each new version (not processed before) whose previous version the graph
 * held before this import; call before the new versions' citations are resolved again.
 * Returns the number of alerts raised.
 */
export async function raiseImpactAlerts(
  db: Executor,
  library: Library,
  versionIds: string[],
  processedBefore: Set<string>,
): Promise<number> {
  let raised = 0;
  const batch = new Set(versionIds);
  for (const versionId of versionIds) {
    if (processedBefore.has(versionId)) continue;
    const previous = previousVersion(library, versionId);
    if (!previous || batch.has(previous.id) || !processedBefore.has(previous.id)) continue;
    const version = library.versions.get(versionId)!;
    const articles = await articlesOfVersionIds(db, [previous.id, versionId]);
    const diff = diffVersions(
      articles.filter((a) => a.versionId === previous.id).map(toDiffArticle),
      articles.filter((a) => a.versionId === versionId).map(toDiffArticle),
    );
    const changedIds = [...diff.changes.keys()];
    if (changedIds.length === 0 && diff.added.length === 0) continue;
    const citing = await db
      .select()
      .from(citations)
      .where(
        and(
          eq(citations.toVersionId, previous.id),
          ne(citations.fromWorkKey, version.workKey),
          or(
            changedIds.length > 0 ? inArray(citations.toArticleId, changedIds) : sql`false`,
            and(eq(citations.kind, 'basis'), sql`${citations.toArticleId} is null`),
          ),
        ),
      );
    if (citing.length === 0) continue;
    const [alert] = await db
      .insert(impactAlerts)
      .values({
        workKey: version.workKey,
        workTitle: library.resolver.work(version.workKey)?.title ?? version.title,
        versionId,
        versionKey: version.key,
        previousVersionId: previous.id,
        previousVersionKey: previous.key,
        changedArticles: [...diff.changes.values()].filter((c) => c.change === 'changed').length,
        removedArticles: [...diff.changes.values()].filter((c) => c.change === 'removed').length,
        renumberedArticles: [...diff.changes.values()].filter((c) => c.change === 'renumbered')
          .length,
        addedArticles: diff.added.length,
        citingDocuments: new Set(citing.map((c) => c.fromVersionId)).size,
      })
      .onConflictDoNothing()
      .returning({ id: impactAlerts.id });
    if (!alert) continue;
    const items = citing.map((c) => {
      const change = c.toArticleId ? diff.changes.get(c.toArticleId) : undefined;
      const from = library.versions.get(c.fromVersionId);
      return {
        alertId: alert.id,
        change: change?.change ?? ('basis' as const),
        targetArticleId: c.toArticleId,
        targetLabel: change?.previous.label ?? null,
        newArticleId: change?.next?.id ?? null,
        citingArticleId: c.fromArticleId,
        citingVersionId: c.fromVersionId,
        citingVersionKey: from?.key ?? '',
        citingTitle: from?.title ?? c.fromWorkKey,
        raw: c.raw,
      };
    });
    for (let i = 0; i < items.length; i += 1000) {
      await db.insert(impactAlertItems).values(items.slice(i, i + 1000));
    }
    raised++;
  }
  return raised;
}

type AlertRow = typeof impactAlerts.$inferSelect;

const toSummary = (row: AlertRow, items: number): ImpactAlertSummary => ({
  id: row.id,
  workKey: row.workKey,
  workTitle: row.workTitle,
  versionKey: row.versionKey,
  previousVersionKey: row.previousVersionKey,
  changedArticles: row.changedArticles,
  addedArticles: row.addedArticles,
  removedArticles: row.removedArticles,
  renumberedArticles: row.renumberedArticles,
  citingDocuments: row.citingDocuments,
  items,
  createdAt: row.createdAt.toISOString(),
});

const itemCount = sql<number>`(select count(*)::int from ${impactAlertItems} i where i.alert_id = ${impactAlerts.id})`;

/** Alerts, newest first; `workKey` narrows to one work. */
export async function listImpactAlerts(
  db: Executor,
  query: { page: number; pageSize: number; workKey?: string },
): Promise<Page<ImpactAlertSummary>> {
  const where = query.workKey ? eq(impactAlerts.workKey, query.workKey) : undefined;
  const rows = await db
    .select({ alert: impactAlerts, items: itemCount })
    .from(impactAlerts)
    .where(where)
    .orderBy(desc(impactAlerts.createdAt))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(impactAlerts)
    .where(where);
  return {
    items: rows.map((r) => toSummary(r.alert, r.items)),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getImpactAlert(db: Executor, id: string): Promise<ImpactAlertDetail | null> {
  const [row] = await db
    .select({ alert: impactAlerts, items: itemCount })
    .from(impactAlerts)
    .where(eq(impactAlerts.id, id));
  if (!row) return null;
  const items = await db
    .select()
    .from(impactAlertItems)
    .where(eq(impactAlertItems.alertId, id))
    .orderBy(impactAlertItems.citingVersionKey, impactAlertItems.citingArticleId);
  return {
    ...toSummary(row.alert, row.items),
    list: items.map(({ id: _id, alertId: _alert, ...item }) => item),
  };
}
