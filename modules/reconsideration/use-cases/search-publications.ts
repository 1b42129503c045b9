// 公开的复议决定: public search by respondent, outcome, year and words; no login, no personal data.
import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { offsetOf, type PageQuery } from '../../../platform/http/pagination.js';
import { OUTCOMES, type OutcomeType } from '../domain/outcomes.js';
import { publications } from '../db/schema.js';

export interface PublicationFilter extends PageQuery {
  respondent?: string | undefined;
  outcome?: string | undefined;
  year?: number | undefined;
  q?: string | undefined;
}

const like = (s: string) => `%${s.replace(/[\\%_]/g, '\\$&')}%`;

export async function searchPublications(ctx: RequestContext, filter: PublicationFilter) {
  const conditions: (SQL | undefined)[] = [eq(publications.status, 'published')];
  if (filter.respondent)
    conditions.push(ilike(publications.respondentName, like(filter.respondent)));
  if (filter.outcome) conditions.push(eq(publications.outcome, filter.outcome));
  if (filter.year) conditions.push(eq(publications.year, filter.year));
  if (filter.q)
    conditions.push(
      or(
        ilike(publications.title, like(filter.q)),
        ilike(publications.redactedText, like(filter.q)),
      ),
    );
  const where = and(...conditions);
  const rows = await ctx.db
    .select({
      caseId: publications.caseId,
      title: publications.title,
      respondentName: publications.respondentName,
      outcome: publications.outcome,
      year: publications.year,
      publishedAt: publications.publishedAt,
    })
    .from(publications)
    .where(where)
    .orderBy(desc(publications.publishedAt))
    .limit(filter.pageSize)
    .offset(offsetOf(filter));
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(publications)
    .where(where);
  return {
    items: rows.map((r) => ({
      ...r,
      outcomeLabel: OUTCOMES[r.outcome as OutcomeType]?.label[ctx.locale] ?? r.outcome,
      publishedAt: r.publishedAt?.toISOString() ?? null,
    })),
    total: Number(count?.n ?? 0),
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

export async function getPublication(ctx: RequestContext, caseId: string) {
  const [row] = await ctx.db
    .select()
    .from(publications)
    .where(and(eq(publications.caseId, caseId), eq(publications.status, 'published')));
  if (!row) throw new AppError('RECONSIDERATION_PUBLICATION_NOT_FOUND');
  return {
    caseId: row.caseId,
    title: row.title,
    respondentName: row.respondentName,
    outcome: row.outcome,
    outcomeLabel: OUTCOMES[row.outcome as OutcomeType]?.label[ctx.locale] ?? row.outcome,
    year: row.year,
    redactedText: row.redactedText,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}
