// 统计: cases by stage, overdue and due soon, average handling time, and the correction rate
// (撤销 + 变更 + 确认违法 + 责令履行 + 确认无效 over decided cases) per respondent, district and year.
import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { authorize, regionScope } from '../../../platform/auth/permissions.js';
import { rows as sqlRows } from '../../../platform/db/index.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { addDays, shanghaiDate } from '../../../platform/workflow/dates.js';
import { CORRECTION_OUTCOMES } from '../domain/outcomes.js';
import { ReconsiderationPermissions } from '../domain/permissions.js';
import { cases } from '../db/schema.js';
import { stateLabel } from './get-case.js';

export interface RateRow {
  key: string;
  decided: number;
  corrected: number;
  rate: number;
}

const correctionList = sql.raw(CORRECTION_OUTCOMES.map((t) => `'${t}'`).join(','));

export async function caseStatistics(ctx: RequestContext, year?: number) {
  const actor = requireActor(ctx);
  authorize(actor, ReconsiderationPermissions.statistics);
  const today = shanghaiDate();
  const scope: SQL = and(
    regionScope(actor, cases.regionCode),
    year ? sql`extract(year from ${cases.receivedDate}) = ${year}` : undefined,
  )!;
  const byState = await ctx.db
    .select({ state: cases.state, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(scope)
    .groupBy(cases.state);
  const [timing] = await ctx.db
    .select({
      overdue: sql<number>`count(*) filter (where ${cases.nextDueDate} < ${today})::int`,
      dueSoon: sql<number>`count(*) filter (where ${cases.nextDueDate} between ${today} and ${addDays(today, ctx.config.SIFA_DEADLINE_WARN_DAYS)})::int`,
      averageDays: sql<
        number | null
      >`round(avg(${cases.servedDate} - ${cases.receivedDate}) filter (where ${cases.servedDate} is not null), 1)::float`,
    })
    .from(cases)
    .where(scope);
  const decided = and(scope, eq(cases.state, 'CLOSED'), isNotNull(cases.decision));
  const rate = (group: SQL) =>
    sqlRows<{ key: string; decided: number; corrected: number }>(
      ctx.db,
      sql`select ${group} as key, count(*)::int as decided,
            count(*) filter (where ${cases.decision}->>'type' in (${correctionList}))::int as corrected
          from ${cases} where ${decided} group by 1 order by 2 desc`,
    );
  const withRate = (list: { key: string; decided: number; corrected: number }[]): RateRow[] =>
    list.map((r) => ({
      ...r,
      rate: r.decided ? Math.round((r.corrected / r.decided) * 1000) / 10 : 0,
    }));
  return {
    byState: byState.map((s) => ({
      state: s.state,
      label: stateLabel(s.state, ctx.locale),
      count: s.n,
    })),
    overdue: timing?.overdue ?? 0,
    dueSoon: timing?.dueSoon ?? 0,
    averageHandlingDays: timing?.averageDays ?? null,
    correctionByRespondent: withRate(await rate(sql`${cases.respondentName}`)),
    correctionByDistrict: withRate(await rate(sql`substr(${cases.regionCode}, 1, 6)`)),
    correctionByYear: withRate(await rate(sql`extract(year from ${cases.receivedDate})::text`)),
  };
}
