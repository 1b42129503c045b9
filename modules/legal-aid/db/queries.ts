// Queries of legal-aid cases: load and lock, numbers, parties, the workbench list.
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { regionScope, type Actor } from '../../../platform/auth/permissions.js';
import { organizations } from '../../../platform/auth/schema.js';
import type { Executor } from '../../../platform/db/index.js';
import { offsetOf } from '../../../platform/http/pagination.js';
import { caseRecords } from '../../../platform/workflow/case-tables.js';
import type { CaseListQuery } from '../contract.js';
import { OPEN_STATES } from '../domain/case-type.js';
import {
  cases,
  counters,
  documents,
  events,
  lawyers,
  parties,
  qualityReviews,
  serviceRecords,
  surveys,
} from './schema.js';

export type CaseRow = typeof cases.$inferSelect;
export type PartyRow = typeof parties.$inferSelect;
export type LawyerRow = typeof lawyers.$inferSelect;

/** The case's timeline and files (platform/workflow/case-tables.ts). */
export const records = caseRecords({ events, documents });

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

/** The next number of a counter (per centre and year), safe under concurrent inserts. */
export async function nextNumber(db: Executor, key: string): Promise<number> {
  const [row] = await db
    .insert(counters)
    .values({ key, next: 2 })
    .onConflictDoUpdate({ target: counters.key, set: { next: sql`${counters.next} + 1` } })
    .returning({ next: counters.next });
  return row!.next - 1;
}

export async function caseParties(db: Executor, caseId: string): Promise<PartyRow[]> {
  return db.select().from(parties).where(eq(parties.caseId, caseId)).orderBy(asc(parties.position));
}

export async function centreByCode(db: Executor, code: string) {
  const [row] = await db
    .select({
      id: organizations.id,
      code: organizations.code,
      name: organizations.name,
      kind: organizations.kind,
      regionCode: organizations.regionCode,
      parentId: organizations.parentId,
    })
    .from(organizations)
    .where(eq(organizations.code, code));
  return row?.kind === 'legal_aid_center' ? row : undefined;
}

export async function organizationById(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: organizations.id,
      code: organizations.code,
      name: organizations.name,
      kind: organizations.kind,
      regionCode: organizations.regionCode,
      parentId: organizations.parentId,
    })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

/** Every legal-aid centre of the city, for the public pages. */
export async function allCentres(db: Executor) {
  return db
    .select({
      code: organizations.code,
      name: organizations.name,
      regionCode: organizations.regionCode,
    })
    .from(organizations)
    .where(eq(organizations.kind, 'legal_aid_center'))
    .orderBy(asc(organizations.regionCode));
}

export async function loadLawyer(db: Executor, id: string | null): Promise<LawyerRow | undefined> {
  if (!id) return undefined;
  const [row] = await db.select().from(lawyers).where(eq(lawyers.id, id));
  return row;
}

export async function caseServiceRecords(db: Executor, caseId: string) {
  return db
    .select()
    .from(serviceRecords)
    .where(eq(serviceRecords.caseId, caseId))
    .orderBy(asc(serviceRecords.onDate), asc(serviceRecords.createdAt));
}

export async function caseReview(db: Executor, caseId: string) {
  const [row] = await db.select().from(qualityReviews).where(eq(qualityReviews.caseId, caseId));
  return row;
}

export async function caseSurvey(db: Executor, caseId: string) {
  const [row] = await db.select().from(surveys).where(eq(surveys.caseId, caseId));
  return row;
}

export async function surveyByHash(db: Executor, tokenHash: string) {
  const [row] = await db.select().from(surveys).where(eq(surveys.tokenHash, tokenHash));
  return row;
}

const applicantName = sql<string>`coalesce((select p.name from ${parties} p where p.case_id = ${cases.id} and p.role = 'applicant' order by p.position limit 1), '')`;

function listConditions(actor: Actor, query: CaseListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [regionScope(actor, cases.regionCode)];
  if (query.scope === 'open') conditions.push(inArray(cases.state, OPEN_STATES));
  if (query.state) conditions.push(eq(cases.state, query.state));
  if (query.source) conditions.push(eq(cases.source, query.source));
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

/** A page of cases, the most urgent first (by next statutory date; stopped clocks last). */
export async function listCases(db: Executor, actor: Actor, query: CaseListQuery) {
  const where = listConditions(actor, query);
  const rows = await db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      state: cases.state,
      source: cases.source,
      category: cases.category,
      receivedDate: cases.receivedDate,
      nextDueDate: cases.nextDueDate,
      clock: cases.clock,
      gravest: cases.gravest,
      regionCode: cases.regionCode,
      providerName: lawyers.name,
      applicantName,
    })
    .from(cases)
    .leftJoin(lawyers, eq(lawyers.id, cases.lawyerId))
    .where(where)
    .orderBy(sql`${cases.nextDueDate} asc nulls last`, desc(cases.receivedDate), desc(cases.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(where);
  return { rows, total: Number(count?.n ?? 0) };
}
export type CaseListRow = Awaited<ReturnType<typeof listCases>>['rows'][number];
