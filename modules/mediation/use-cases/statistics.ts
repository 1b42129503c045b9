// 统计: per committee, street or district of the actor's region, for one year of registrations;
// and the 以案定补 report: what each mediator earned for the disputes settled in a period.
import { authorize, regionScope } from '../../../platform/auth/permissions.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { regionNames } from '../../../platform/regions/index.js';
import type { Statistics } from '../contract-views.js';
import { DISPUTE_TYPES } from '../domain/dispute-types.js';
import { MEDIATOR_KINDS } from '../domain/committees.js';
import { MediationPermissions as P } from '../domain/permissions.js';
import { figuresOf, groupFigures } from '../domain/statistics.js';
import { listCommittees as queryCommittees } from '../db/committee-queries.js';
import { cases } from '../db/schema.js';
import { countRows, type GroupBy, subsidyRows } from '../db/statistics-queries.js';

async function groupNames(ctx: RequestContext, groupBy: GroupBy, keys: string[]) {
  if (groupBy === 'committee') {
    const all = await queryCommittees(ctx.db, undefined);
    return new Map(all.filter((c) => keys.includes(c.id)).map((c) => [c.id, c.name]));
  }
  const names = await regionNames(ctx.db, keys);
  const suffix = ctx.locale === 'zh-CN' ? '（区级及行业性调委会）' : ' (district level)';
  return new Map(
    keys.map((k) => [
      k,
      `${names.get(k) ?? k}${groupBy === 'street' && k.length < 9 ? suffix : ''}`,
    ]),
  );
}

export async function mediationStatistics(
  ctx: RequestContext,
  year: number,
  groupBy: GroupBy,
): Promise<Statistics> {
  const actor = requireActor(ctx);
  authorize(actor, P.statistics);
  const rows = await countRows(ctx.db, regionScope(actor, cases.regionCode), groupBy, year);
  const grouped = groupFigures(rows);
  const names = await groupNames(ctx, groupBy, [...grouped.keys()]);
  return {
    year,
    groupBy,
    rows: [...grouped].map(([key, figures]) => ({ key, name: names.get(key) ?? key, ...figures })),
    totals: figuresOf(rows),
    disputeTypes: Object.fromEntries(
      Object.entries(DISPUTE_TYPES).map(([k, v]) => [k, v.label[ctx.locale]]),
    ),
  };
}

export async function subsidyReport(ctx: RequestContext, year: number, month?: number) {
  const actor = requireActor(ctx);
  authorize(actor, P.statistics);
  const from = month ? `${year}-${String(month).padStart(2, '0')}-01` : `${year}-01-01`;
  const to = month
    ? new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
    : `${year}-12-31`;
  const rows = await subsidyRows(ctx.db, regionScope(actor, cases.regionCode), from, to);
  const byMediator = new Map<
    string,
    {
      mediatorId: string;
      mediatorName: string;
      committeeName: string;
      kind: string;
      cases: number;
      amountYuan: number;
      byType: Record<string, number>;
    }
  >();
  for (const r of rows) {
    const m = byMediator.get(r.mediatorId) ?? {
      mediatorId: r.mediatorId,
      mediatorName: r.mediatorName,
      committeeName: r.committeeName,
      kind: MEDIATOR_KINDS[r.kind][ctx.locale],
      cases: 0,
      amountYuan: 0,
      byType: {},
    };
    m.cases += Number(r.cases);
    m.amountYuan += Number(r.amountYuan);
    m.byType[r.disputeType] = (m.byType[r.disputeType] ?? 0) + Number(r.cases);
    byMediator.set(r.mediatorId, m);
  }
  return { year, month: month ?? null, rows: [...byMediator.values()] };
}
