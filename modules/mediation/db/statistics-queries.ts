// The sums behind the statistics and the 以案定补 report.
import { and, type AnyColumn, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import type { CountRow } from '../domain/statistics.js';
import { cases, committees, mediators } from './schema.js';

export type GroupBy = 'committee' | 'street' | 'district';

const KEYS: Record<GroupBy, SQL<string>> = {
  committee: sql<string>`${cases.committeeId}::text`,
  street: sql<string>`case when length(${cases.regionCode}) >= 9 then left(${cases.regionCode}, 9) else ${cases.regionCode} end`,
  district: sql<string>`left(${cases.regionCode}, 6)`,
};

const inYear = (column: SQL | AnyColumn, from: string, to: string) =>
  sql`${column} >= ${from} and ${column} <= ${to}`;

export async function countRows(
  db: Executor,
  scope: SQL,
  groupBy: GroupBy,
  year: number,
): Promise<CountRow[]> {
  const key = KEYS[groupBy];
  const settled = sql`${cases.settledDate} is not null`;
  const rows = await db
    .select({
      key,
      disputeType: cases.disputeType,
      total: sql<number>`count(*)::int`,
      settled: sql<number>`count(*) filter (where ${settled})::int`,
      written: sql<number>`count(*) filter (where ${settled} and ${cases.agreementKind} = 'written')::int`,
      oral: sql<number>`count(*) filter (where ${settled} and ${cases.agreementKind} = 'oral')::int`,
      terminated: sql<number>`count(*) filter (where ${cases.state} = 'TERMINATED')::int`,
      refused: sql<number>`count(*) filter (where ${cases.state} = 'REFUSED_BY_PARTY')::int`,
      settledLocally: sql<number>`count(*) filter (where ${settled} and ${cases.transferCount} = 0)::int`,
      daysToSettle: sql<number>`coalesce(sum(${cases.settledDate} - ${cases.appliedDate}) filter (where ${settled}), 0)::int`,
    })
    .from(cases)
    .where(and(scope, inYear(cases.appliedDate, `${year}-01-01`, `${year}-12-31`)))
    .groupBy(key, cases.disputeType);
  return rows.map((r) => ({
    ...r,
    total: Number(r.total),
    settled: Number(r.settled),
    written: Number(r.written),
    oral: Number(r.oral),
    terminated: Number(r.terminated),
    refused: Number(r.refused),
    settledLocally: Number(r.settledLocally),
    daysToSettle: Number(r.daysToSettle),
  }));
}

/** Settled disputes per mediator and type in a period, with the subsidy each earned. */
export function subsidyRows(db: Executor, scope: SQL, from: string, to: string) {
  return db
    .select({
      mediatorId: mediators.id,
      mediatorName: mediators.name,
      kind: mediators.kind,
      committeeName: committees.name,
      disputeType: cases.disputeType,
      cases: sql<number>`count(*)::int`,
      amountYuan: sql<number>`coalesce(sum(${cases.subsidyYuan}), 0)::int`,
    })
    .from(cases)
    .innerJoin(mediators, eq(mediators.id, cases.mediatorId))
    .innerJoin(committees, eq(committees.id, mediators.committeeId))
    .where(and(scope, isNotNull(cases.settledDate), inYear(cases.settledDate, from, to)))
    .groupBy(mediators.id, mediators.name, mediators.kind, committees.name, cases.disputeType)
    .orderBy(committees.name, mediators.name);
}
