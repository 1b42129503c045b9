// 统计: the office's applications, certificates issued, refusals and fees by month and matter
// type for one year, in the actor's region. Applications count by the month they were received;
// money received and refunded by the month of the payment or refund.
import { and, eq } from 'drizzle-orm';
import { authorize, regionScope } from '../../../platform/auth/permissions.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { toYuan } from '../domain/fees.js';
import { NotarizationPermissions } from '../domain/permissions.js';
import { monthlyPayments, monthlyStatistics } from '../db/queries.js';
import { cases } from '../db/schema.js';
import { matterLabel } from './get-case.js';

export async function officeStatistics(ctx: RequestContext, year: number, officeCode?: string) {
  const actor = requireActor(ctx);
  authorize(actor, NotarizationPermissions.statistics);
  const scope = and(
    regionScope(actor, cases.regionCode),
    officeCode ? eq(cases.officeCode, officeCode) : undefined,
  )!;
  const [applications, money] = [
    await monthlyStatistics(ctx.db, scope, year),
    await monthlyPayments(ctx.db, scope, year),
  ];
  const empty = { applied: 0, issued: 0, refused: 0, feesYuan: 0, paidYuan: 0, refundedYuan: 0 };
  const rows = new Map<string, { month: string; matterType: string } & typeof empty>();
  const row = (month: string, matterType: string) => {
    const key = `${month}/${matterType}`;
    if (!rows.has(key)) rows.set(key, { month, matterType, ...empty });
    return rows.get(key)!;
  };
  for (const r of applications)
    Object.assign(row(r.month, r.matterType), {
      applied: Number(r.applied),
      issued: Number(r.issued),
      refused: Number(r.refused),
      feesYuan: Number(r.feesYuan),
    });
  for (const r of money)
    Object.assign(row(r.month, r.matterType), {
      paidYuan: toYuan(Number(r.paidFen)),
      refundedYuan: toYuan(Number(r.refundedFen)),
    });
  return {
    year,
    rows: [...rows.values()]
      .sort((a, b) => a.month.localeCompare(b.month) || a.matterType.localeCompare(b.matterType))
      .map((r) => ({ ...r, matterLabel: matterLabel(r.matterType, ctx.locale) })),
  };
}
