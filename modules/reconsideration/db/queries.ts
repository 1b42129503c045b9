// All queries of the reconsideration module.
import { and, asc, desc, eq, ilike, inArray, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/permissions.js';
import { regionScope } from '../../../platform/auth/permissions.js';
import { users } from '../../../platform/auth/schema.js';
import type { Executor } from '../../../platform/db/index.js';
import { offsetOf } from '../../../platform/http/pagination.js';
import type { CaseListQuery } from '../contract.js';
import {
  caseCounters,
  cases,
  documents,
  events,
  handlerProfiles,
  hearings,
  parties,
  publications,
} from './schema.js';
import { caseRecords } from '../../../platform/workflow/case-tables.js';

export type CaseRow = typeof cases.$inferSelect;

const TERMINAL_STATES = ['NOT_ACCEPTED', 'DEEMED_ABANDONED', 'CLOSED'];

/** What a list row needs: narrow rows sort and travel faster than the whole case. */
const summaryColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  state: cases.state,
  procedure: cases.procedure,
  respondentName: cases.respondentName,
  receivedDate: cases.receivedDate,
  nextDueDate: cases.nextDueDate,
  regionCode: cases.regionCode,
  late: cases.late,
  clock: cases.clock,
};
export type CaseSummaryRow = Pick<CaseRow, keyof typeof summaryColumns>;
export type PartyRow = typeof parties.$inferSelect;

export async function loadCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

/** Loads and locks the case row for the rest of the transaction. */
export async function lockCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).for('update');
  return row;
}

export async function loadCaseByNumber(
  db: Executor,
  caseNumber: string,
): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.caseNumber, caseNumber));
  return row;
}

/** The next number of a counter (per authority and year), safe under concurrent inserts. */
export async function nextNumber(db: Executor, key: string): Promise<number> {
  const [row] = await db
    .insert(caseCounters)
    .values({ key, next: 2 })
    .onConflictDoUpdate({ target: caseCounters.key, set: { next: sql`${caseCounters.next} + 1` } })
    .returning({ next: caseCounters.next });
  return row!.next - 1;
}

export async function caseParties(db: Executor, caseId: string): Promise<PartyRow[]> {
  return db.select().from(parties).where(eq(parties.caseId, caseId)).orderBy(asc(parties.position));
}

/** The case's timeline and files (platform/workflow/case-tables.ts). */
export const records = caseRecords({ events, documents });

export async function caseHearings(db: Executor, caseId: string) {
  return db
    .select()
    .from(hearings)
    .where(eq(hearings.caseId, caseId))
    .orderBy(asc(hearings.hearingDate));
}

export async function casePublication(db: Executor, caseId: string) {
  const [row] = await db.select().from(publications).where(eq(publications.caseId, caseId));
  return row;
}

function listConditions(actor: Actor, query: CaseListQuery, today: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [regionScope(actor, cases.regionCode)];
  // "Mine" is the workbench: the handler's open cases; closed ones live in the full list.
  if (query.scope === 'mine') {
    conditions.push(eq(cases.handlerId, actor.userId), notInArray(cases.state, TERMINAL_STATES));
  }
  if (query.state) conditions.push(eq(cases.state, query.state));
  if (query.overdue === 'true') conditions.push(lt(cases.nextDueDate, today));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(
      or(
        ilike(cases.caseNumber, like),
        ilike(cases.respondentName, like),
        sql`exists (select 1 from ${parties} p where p.case_id = ${cases.id} and p.role = 'applicant' and p.name ilike ${like})`,
      ),
    );
  }
  return and(...conditions);
}

/** A page of cases, the most urgent first (by next statutory date; stopped clocks last). */
export async function listCases(
  db: Executor,
  actor: Actor,
  query: CaseListQuery,
  today: string,
  limit?: number,
) {
  const where = listConditions(actor, query, today);
  const rows = await db
    .select({
      case: summaryColumns,
      handlerName: users.displayName,
      applicantNames: sql<string>`(select string_agg(p.name, '、' order by p.position) from ${parties} p where p.case_id = ${cases.id} and p.role = 'applicant')`,
    })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.handlerId))
    .where(where)
    .orderBy(sql`${cases.nextDueDate} asc nulls last`, desc(cases.receivedDate))
    .limit(limit ?? query.pageSize)
    .offset(limit ? 0 : offsetOf(query));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(where);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function userName(db: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

/** Handlers of an organization with their open caseload and former units (for assignment). */
export async function handlerCandidates(db: Executor, organizationId: string) {
  return db
    .select({
      id: users.id,
      name: users.displayName,
      formerUnits: handlerProfiles.formerUnits,
      openCases: sql<number>`(select count(*)::int from ${cases} c where c.handler_id = ${users.id} and c.state in ('UNDER_REVIEW', 'SUSPENDED', 'AWAITING_APPROVAL', 'DECIDED'))`,
    })
    .from(users)
    .leftJoin(handlerProfiles, eq(handlerProfiles.userId, users.id))
    .where(
      and(
        eq(users.organizationId, organizationId),
        eq(users.role, 'reconsideration_handler'),
        eq(users.status, 'active'),
      ),
    )
    .orderBy(asc(users.username));
}

export async function casesByIds(db: Executor, ids: string[]) {
  return ids.length ? db.select().from(cases).where(inArray(cases.id, ids)) : [];
}
