// Staff views of the graph: the citations the library could not place (to complete the library
// or the short-name table), and the impact alerts. City-wide records of the law library: any
// staff member with the permission reads them; the lists hold no personal data.
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { authorize } from '../../../platform/auth/permissions.js';
import type { Page } from '../../../platform/http/pagination.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { AppError } from '../../../platform/errors/index.js';
import type { ImpactAlertDetail, ImpactAlertSummary, UnresolvedCitation } from '../contract.js';
import { citations } from '../db/schema.js';
import { KnowledgePermissions } from '../domain/permissions.js';
import { getImpactAlert, listImpactAlerts } from './impact-alerts.js';
import { versionIndex } from './library.js';

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function unresolvedCitations(
  ctx: RequestContext,
  query: { page: number; pageSize: number; q?: string },
): Promise<Page<UnresolvedCitation>> {
  authorize(requireActor(ctx), KnowledgePermissions.read);
  const where = and(
    eq(citations.resolved, false),
    query.q
      ? or(ilike(citations.raw, like(query.q)), ilike(citations.targetName, like(query.q)))
      : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(citations)
    .where(where)
    .orderBy(asc(citations.targetName), asc(citations.fromArticleId), asc(citations.position))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(citations)
    .where(where);
  const versions = await versionIndex(ctx.db);
  return {
    items: rows.map((c) => ({
      id: c.id,
      kind: c.kind,
      raw: c.raw,
      targetName: c.targetName,
      fromArticleId: c.fromArticleId,
      fromVersionKey: versions.get(c.fromVersionId)?.key ?? '',
      fromTitle: versions.get(c.fromVersionId)?.title ?? c.fromWorkKey,
      documentFound: c.toVersionId !== null,
    })),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function impactAlertList(
  ctx: RequestContext,
  query: { page: number; pageSize: number; workKey?: string },
): Promise<Page<ImpactAlertSummary>> {
  authorize(requireActor(ctx), KnowledgePermissions.read);
  return listImpactAlerts(ctx.db, query);
}

export async function impactAlert(ctx: RequestContext, id: string): Promise<ImpactAlertDetail> {
  authorize(requireActor(ctx), KnowledgePermissions.read);
  const alert = await getImpactAlert(ctx.db, id);
  if (!alert) throw new AppError('KNOWLEDGE_ALERT_NOT_FOUND');
  return alert;
}
