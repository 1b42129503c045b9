// Figures for the statistics page: applications and notices by month of receipt, decisions and
// other steps by month of the step, subsidies by month paid, consultations by month given.
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { cases, dutyConsultations, events, qualityReviews, surveys } from './schema.js';

const between = (column: SQL | Parameters<typeof gte>[0], year: number) =>
  and(gte(column as never, `${year}-01-01`), lte(column as never, `${year}-12-31`));

export async function receiptsByMonth(db: Executor, scope: SQL, year: number) {
  const month = sql<string>`to_char(${cases.receivedDate}, 'YYYY-MM')`;
  return db
    .select({
      month,
      applications: sql<number>`(count(*) filter (where ${cases.source} <> 'notice'))::int`,
      notices: sql<number>`(count(*) filter (where ${cases.source} = 'notice'))::int`,
    })
    .from(cases)
    .where(and(scope, between(cases.receivedDate, year)))
    .groupBy(month);
}

export async function stepsByMonth(db: Executor, scope: SQL, year: number) {
  const month = sql<string>`to_char(${events.onDate}, 'YYYY-MM')`;
  return db
    .select({ month, action: events.action, n: sql<number>`count(*)::int` })
    .from(events)
    .innerJoin(cases, eq(cases.id, events.caseId))
    .where(and(scope, between(events.onDate, year)))
    .groupBy(month, events.action);
}

export async function subsidiesByMonth(db: Executor, scope: SQL, year: number) {
  const paidOn = sql`(${cases.subsidy} ->> 'paidOn')`;
  const month = sql<string>`substr(${paidOn}, 1, 7)`;
  return db
    .select({
      month,
      yuan: sql<string>`coalesce(sum((${cases.subsidy} ->> 'amountYuan')::numeric), 0)::text`,
    })
    .from(cases)
    .where(
      and(
        scope,
        sql`${cases.subsidy} is not null`,
        sql`${paidOn} >= ${`${year}-01-01`} and ${paidOn} <= ${`${year}-12-31`}`,
      ),
    )
    .groupBy(month);
}

export async function consultationsByMonth(db: Executor, scope: SQL, year: number) {
  const month = sql<string>`to_char(${dutyConsultations.onDate}, 'YYYY-MM')`;
  return db
    .select({ month, n: sql<number>`count(*)::int` })
    .from(dutyConsultations)
    .where(and(scope, between(dutyConsultations.onDate, year)))
    .groupBy(month);
}

export async function casesByCategory(db: Executor, scope: SQL, year: number) {
  return db
    .select({ category: cases.category, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(scope, between(cases.receivedDate, year)))
    .groupBy(cases.category);
}

export async function qualityFigures(
  db: Executor,
  reviewScope: SQL,
  surveyScope: SQL,
  year: number,
) {
  const [reviews] = await db
    .select({
      reviewed: sql<number>`count(*)::int`,
      average: sql<string | null>`round(avg(${qualityReviews.total})::numeric, 1)::text`,
    })
    .from(qualityReviews)
    .where(and(reviewScope, between(qualityReviews.reviewedOn, year)));
  const [answers] = await db
    .select({
      surveys: sql<number>`count(*)::int`,
      average: sql<string | null>`round(avg(${surveys.score})::numeric, 2)::text`,
    })
    .from(surveys)
    .where(
      and(
        surveyScope,
        sql`${surveys.answeredAt} is not null`,
        sql`extract(year from ${surveys.answeredAt} at time zone 'Asia/Shanghai') = ${year}`,
      ),
    );
  return { reviews: reviews!, answers: answers! };
}
