// 统计: the office's applications, certificates issued, refusals and fees by month and matter
// type for one year, in the actor's region.
import { and, eq } from 'drizzle-orm';
import { authorize, regionScope } from '../../../platform/auth/permissions.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { NotarizationPermissions } from '../domain/permissions.js';
import { monthlyStatistics } from '../db/queries.js';
import { cases } from '../db/schema.js';
import { matterLabel } from './get-case.js';

export async function officeStatistics(ctx: RequestContext, year: number, officeCode?: string) {
  const actor = requireActor(ctx);
  authorize(actor, NotarizationPermissions.statistics);
  const scope = and(
    regionScope(actor, cases.regionCode),
    officeCode ? eq(cases.officeCode, officeCode) : undefined,
  )!;
  const rows = await monthlyStatistics(ctx.db, scope, year);
  return {
    year,
    rows: rows.map((r) => ({
      month: r.month,
      matterType: r.matterType,
      matterLabel: matterLabel(r.matterType, ctx.locale),
      applied: Number(r.applied),
      issued: Number(r.issued),
      refused: Number(r.refused),
      feesYuan: Number(r.feesYuan),
    })),
  };
}
