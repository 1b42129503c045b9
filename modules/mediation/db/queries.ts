// Queries of the mediation cases (committees: committee-queries.ts; figures: statistics-queries.ts).
import { and, asc, desc, eq, ilike, isNotNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { regionScope, type Actor } from '../../../platform/auth/permissions.js';
import type { Executor } from '../../../platform/db/index.js';
import { offsetOf, type PageQuery } from '../../../platform/http/pagination.js';
import { caseRecords } from '../../../platform/workflow/case-tables.js';
import { TERMINAL_STATES } from '../domain/case-type.js';
import {
  agreements,
  cases,
  committees,
  counters,
  documents,
  events,
  followUps,
  mediators,
  parties,
  sessions,
} from './schema.js';

export type CaseRow = typeof cases.$inferSelect;
export type PartyRow = typeof parties.$inferSelect;
export type AgreementRow = typeof agreements.$inferSelect;

export async function loadCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

export async function lockCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).for('update');
  return row;
}

export async function loadCaseByNumber(db: Executor, caseNumber: string) {
  const [row] = await db.select().from(cases).where(eq(cases.caseNumber, caseNumber));
  return row;
}

/** The next number of a counter (per committee and year), safe under concurrent inserts. */
export async function nextNumber(db: Executor, key: string): Promise<number> {
  const [row] = await db
    .insert(counters)
    .values({ key, next: 2 })
    .onConflictDoUpdate({ target: counters.key, set: { next: sql`${counters.next} + 1` } })
    .returning({ next: counters.next });
  return row!.next - 1;
}

export const caseParties = (db: Executor, caseId: string): Promise<PartyRow[]> =>
  db.select().from(parties).where(eq(parties.caseId, caseId)).orderBy(asc(parties.position));

export const caseSessions = (db: Executor, caseId: string) =>
  db
    .select()
    .from(sessions)
    .where(eq(sessions.caseId, caseId))
    .orderBy(asc(sessions.heldOn), asc(sessions.createdAt));

export const caseFollowUps = (db: Executor, caseId: string) =>
  db.select().from(followUps).where(eq(followUps.caseId, caseId)).orderBy(asc(followUps.visitedOn));

export async function caseAgreement(db: Executor, caseId: string) {
  const [row] = await db.select().from(agreements).where(eq(agreements.caseId, caseId));
  return row;
}

/** The case's timeline and files (platform/workflow/case-tables.ts). */
export const records = caseRecords({ events, documents });

export interface CaseListFilters extends PageQuery {
  scope?: 'mine' | 'all' | undefined;
  state?: string | undefined;
  disputeType?: string | undefined;
  committeeId?: string | undefined;
  q?: string | undefined;
  risk?: boolean | undefined;
}

function listConditions(actor: Actor, query: CaseListFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [regionScope(actor, cases.regionCode)];
  // "Mine" is the mediator's workbench: their open disputes, the most urgent first.
  if (query.scope === 'mine') {
    conditions.push(
      sql`${cases.mediatorId} in (select m.id from ${mediators} m where m.user_id = ${actor.userId})`,
      notInArray(cases.state, TERMINAL_STATES),
    );
  }
  if (query.state) conditions.push(eq(cases.state, query.state));
  if (query.disputeType) conditions.push(eq(cases.disputeType, query.disputeType));
  if (query.committeeId) conditions.push(eq(cases.committeeId, query.committeeId));
  if (query.risk) conditions.push(isNotNull(cases.riskLevel));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(
      or(
        ilike(cases.caseNumber, like),
        sql`exists (select 1 from ${parties} p where p.case_id = ${cases.id} and p.name ilike ${like})`,
      ),
    );
  }
  return and(...conditions);
}

const summaryColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  state: cases.state,
  channel: cases.channel,
  disputeType: cases.disputeType,
  appliedDate: cases.appliedDate,
  nextDueDate: cases.nextDueDate,
  regionCode: cases.regionCode,
  placeCode: cases.placeCode,
  clock: cases.clock,
  riskLevel: cases.riskLevel,
  risk: cases.risk,
  committeeId: cases.committeeId,
};
export type CaseSummaryRow = Pick<CaseRow, keyof typeof summaryColumns>;

/** A page of disputes, the most urgent first (by next date; none last); risks by level. */
export async function listCases(db: Executor, actor: Actor, query: CaseListFilters) {
  const where = listConditions(actor, query);
  const rows = await db
    .select({
      case: summaryColumns,
      committeeName: committees.name,
      mediatorName: mediators.name,
      partyNames: sql<string>`(select string_agg(p.name, '、' order by p.position) from ${parties} p where p.case_id = ${cases.id})`,
    })
    .from(cases)
    .innerJoin(committees, eq(committees.id, cases.committeeId))
    .leftJoin(mediators, eq(mediators.id, cases.mediatorId))
    .where(where)
    .orderBy(
      ...(query.risk
        ? [sql`array_position(array['major','serious','general'], ${cases.riskLevel})`]
        : []),
      sql`${cases.nextDueDate} asc nulls last`,
      desc(cases.appliedDate),
    )
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(where);
  return { rows, total: Number(count?.n ?? 0) };
}
