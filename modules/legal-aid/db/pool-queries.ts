// Queries of the centre's pool: providers with their open cases, figures per provider and firm.
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { regionScope, type Actor } from '../../../platform/auth/permissions.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { offsetOf } from '../../../platform/http/pagination.js';
import type { Candidate } from '../domain/rotation.js';
import { cases, lawyers, qualityReviews, surveys } from './schema.js';

const ACTIVE_STATES = ['ASSIGNED', 'IN_SERVICE'];
const DONE_STATES = ['CLOSED', 'SUBSIDY_PAID'];

/** The centre's providers, locked for the rest of the transaction, with their open cases. */
export async function lockCandidates(tx: Tx, organizationId: string): Promise<Candidate[]> {
  const pool = await tx
    .select()
    .from(lawyers)
    .where(eq(lawyers.organizationId, organizationId))
    .orderBy(asc(lawyers.id))
    .for('update');
  if (pool.length === 0) return [];
  const loads = await tx
    .select({ lawyerId: cases.lawyerId, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(
      and(
        inArray(
          cases.lawyerId,
          pool.map((l) => l.id),
        ),
        inArray(cases.state, ACTIVE_STATES),
      ),
    )
    .groupBy(cases.lawyerId);
  const loadOf = new Map(loads.map((r) => [r.lawyerId, Number(r.n)]));
  return pool.map((l) => ({
    id: l.id,
    name: l.name,
    firm: l.firm,
    kind: l.kind,
    practiceSince: l.practiceSince,
    specialties: l.specialties,
    active: l.active,
    load: loadOf.get(l.id) ?? 0,
    lastAssignedAt: l.lastAssignedAt,
  }));
}

export async function markAssigned(tx: Tx, lawyerId: string) {
  await tx.update(lawyers).set({ lastAssignedAt: new Date() }).where(eq(lawyers.id, lawyerId));
}

// In a one-table select drizzle leaves the select list's columns unqualified, so the correlated
// subqueries name the outer row's id in full.
const lawyerId = sql`${sql.identifier('legal_aid')}.${sql.identifier('lawyers')}.${sql.identifier('id')}`;
const done = sql.join(
  DONE_STATES.map((s) => sql`${s}`),
  sql`, `,
);

/** Figures of each provider: cases, open, closed, quality and satisfaction. */
const figureColumns = {
  assigned: sql<number>`(select count(*)::int from ${cases} c where c.lawyer_id = ${lawyerId})`,
  open: sql<number>`(select count(*)::int from ${cases} c where c.lawyer_id = ${lawyerId} and c.state in ('ASSIGNED', 'IN_SERVICE'))`,
  closed: sql<number>`(select count(*)::int from ${cases} c where c.lawyer_id = ${lawyerId} and c.state in (${done}))`,
  reviewed: sql<number>`(select count(*)::int from ${qualityReviews} q where q.lawyer_id = ${lawyerId})`,
  averageScore: sql<
    string | null
  >`(select round(avg(q.total)::numeric, 1)::text from ${qualityReviews} q where q.lawyer_id = ${lawyerId})`,
  surveys: sql<number>`(select count(*)::int from ${surveys} s where s.lawyer_id = ${lawyerId} and s.answered_at is not null)`,
  averageSatisfaction: sql<
    string | null
  >`(select round(avg(s.score)::numeric, 2)::text from ${surveys} s where s.lawyer_id = ${lawyerId} and s.answered_at is not null)`,
};

function lawyerConditions(actor: Actor, q?: string, active?: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [regionScope(actor, lawyers.regionCode)];
  if (active) conditions.push(eq(lawyers.active, active === 'true'));
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(or(ilike(lawyers.name, like), ilike(lawyers.firm, like)));
  }
  return and(...conditions);
}

export async function listLawyers(
  db: Executor,
  actor: Actor,
  query: { page: number; pageSize: number; q?: string | undefined; active?: string | undefined },
) {
  const where = lawyerConditions(actor, query.q, query.active);
  const rows = await db
    .select({ lawyer: lawyers, ...figureColumns })
    .from(lawyers)
    .where(where)
    .orderBy(asc(lawyers.firm), asc(lawyers.name))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(lawyers)
    .where(where);
  return { rows, total: Number(count?.n ?? 0) };
}

/** The same figures summed per firm (institution). */
export async function firmFigures(db: Executor, actor: Actor) {
  const c = alias(cases, 'c');
  const q = alias(qualityReviews, 'q');
  const s = alias(surveys, 's');
  return db
    .select({
      firm: lawyers.firm,
      lawyers: sql<number>`count(distinct ${lawyers.id})::int`,
      assigned: sql<number>`count(${c.id})::int`,
      open: sql<number>`(count(${c.id}) filter (where ${c.state} in ('ASSIGNED', 'IN_SERVICE')))::int`,
      closed: sql<number>`(count(${c.id}) filter (where ${c.state} in ('CLOSED', 'SUBSIDY_PAID')))::int`,
      reviewed: sql<number>`count(${q.id})::int`,
      averageScore: sql<string | null>`round(avg(${q.total})::numeric, 1)::text`,
      surveys: sql<number>`(count(${s.id}) filter (where ${s.answeredAt} is not null))::int`,
      averageSatisfaction: sql<string | null>`round(avg(${s.score})::numeric, 2)::text`,
    })
    .from(lawyers)
    .leftJoin(c, eq(c.lawyerId, lawyers.id))
    .leftJoin(q, eq(q.caseId, c.id))
    .leftJoin(s, eq(s.caseId, c.id))
    .where(regionScope(actor, lawyers.regionCode))
    .groupBy(lawyers.firm)
    .orderBy(asc(lawyers.firm));
}

export async function lawyerByLicence(db: Executor, licence: string) {
  const [row] = await db.select().from(lawyers).where(eq(lawyers.licenceNumber, licence));
  return row;
}

export async function lawyerWithFigures(db: Executor, id: string) {
  const [row] = await db
    .select({ lawyer: lawyers, ...figureColumns })
    .from(lawyers)
    .where(eq(lawyers.id, id));
  return row;
}
