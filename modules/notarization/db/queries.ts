// All queries of the notarization module.
import { and, asc, desc, eq, ilike, inArray, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { regionScope, type Actor } from '../../../platform/auth/permissions.js';
import { users } from '../../../platform/auth/schema.js';
import type { Executor } from '../../../platform/db/index.js';
import { offsetOf } from '../../../platform/http/pagination.js';
import type { CaseListQuery } from '../contract.js';
import { TERMINAL_STATES } from '../domain/case-type.js';
import {
  cases,
  certificates,
  counters,
  documents,
  events,
  notaryProfiles,
  parties,
  payments,
} from './schema.js';
import { caseRecords } from '../../../platform/workflow/case-tables.js';

export type CaseRow = typeof cases.$inferSelect;
export type PartyRow = typeof parties.$inferSelect;
export type CertificateRow = typeof certificates.$inferSelect;

const summaryColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  state: cases.state,
  matterType: cases.matterType,
  appliedDate: cases.appliedDate,
  nextDueDate: cases.nextDueDate,
  regionCode: cases.regionCode,
  clock: cases.clock,
};
export type CaseSummaryRow = Pick<CaseRow, keyof typeof summaryColumns>;

export async function loadCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

/** Loads and locks the case row for the rest of the transaction. */
export async function lockCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).for('update');
  return row;
}

/** The next number of a counter (per office and year), safe under concurrent inserts. */
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

/** The case's timeline and files (platform/workflow/case-tables.ts). */
export const records = caseRecords({ events, documents });

export async function caseCertificate(db: Executor, caseId: string) {
  const [row] = await db.select().from(certificates).where(eq(certificates.caseId, caseId));
  return row;
}

export async function certificateByNumber(db: Executor, number: string) {
  const [row] = await db.select().from(certificates).where(eq(certificates.number, number));
  return row;
}

export async function certificateBySha(db: Executor, sha256: string) {
  const [row] = await db
    .select()
    .from(certificates)
    .where(eq(certificates.documentSha256, sha256))
    .limit(1);
  return row;
}

export async function casePayments(db: Executor, caseId: string) {
  return db
    .select()
    .from(payments)
    .where(eq(payments.caseId, caseId))
    .orderBy(asc(payments.onDate), asc(payments.createdAt));
}

/** The notaries of an organization (notary and head roles, active), with their relatives. */
export async function notariesOf(db: Executor, organizationId: string, roles: string[]) {
  return db
    .select({
      id: users.id,
      name: users.displayName,
      role: users.role,
      relatives: notaryProfiles.relatives,
    })
    .from(users)
    .leftJoin(notaryProfiles, eq(notaryProfiles.userId, users.id))
    .where(
      and(
        eq(users.organizationId, organizationId),
        eq(users.status, 'active'),
        inArray(users.role, roles),
      ),
    )
    .orderBy(asc(users.displayName));
}

/** The public notice of revocations: newest first, never the parties. */
export async function revokedCertificates(
  db: Executor,
  query: { page: number; pageSize: number; officeCode?: string | undefined },
) {
  const where = and(
    eq(certificates.status, 'revoked'),
    query.officeCode ? eq(certificates.officeCode, query.officeCode) : undefined,
  );
  const rows = await db
    .select({
      number: certificates.number,
      office: certificates.officeName,
      revokedOn: certificates.amendedDate,
      ground: certificates.revocationGround,
      ledgerIndex: certificates.amendmentIndex,
    })
    .from(certificates)
    .where(where)
    .orderBy(desc(certificates.amendedDate), asc(certificates.number))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(certificates)
    .where(where);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function loadCaseByNumber(db: Executor, caseNumber: string) {
  const [row] = await db.select().from(cases).where(eq(cases.caseNumber, caseNumber));
  return row;
}

export async function relativesOf(db: Executor, userId: string) {
  const [row] = await db
    .select({ relatives: notaryProfiles.relatives })
    .from(notaryProfiles)
    .where(eq(notaryProfiles.userId, userId));
  return row?.relatives ?? [];
}

export async function findUser(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.displayName,
      role: users.role,
      organizationId: users.organizationId,
      status: users.status,
    })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

export async function userName(db: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await findUser(db, id))?.name ?? null;
}

function listConditions(actor: Actor, query: CaseListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [regionScope(actor, cases.regionCode)];
  // "Mine" is the notary's workbench: their open cases, the most urgent first.
  if (query.scope === 'mine') {
    conditions.push(eq(cases.notaryId, actor.userId), notInArray(cases.state, TERMINAL_STATES));
  }
  if (query.state) conditions.push(eq(cases.state, query.state));
  if (query.matterType) conditions.push(eq(cases.matterType, query.matterType));
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
export async function listCases(db: Executor, actor: Actor, query: CaseListQuery, limit?: number) {
  const where = listConditions(actor, query);
  const rows = await db
    .select({
      case: summaryColumns,
      notaryName: users.displayName,
      applicantNames: sql<string>`(select string_agg(p.name, '、' order by p.position) from ${parties} p where p.case_id = ${cases.id} and p.role = 'applicant')`,
    })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.notaryId))
    .where(where)
    .orderBy(sql`${cases.nextDueDate} asc nulls last`, desc(cases.appliedDate))
    .limit(limit ?? query.pageSize)
    .offset(limit ? 0 : offsetOf(query));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(where);
  return { rows, total: Number(count?.n ?? 0) };
}

/** Applications, issues, refusals and fees by month and matter type, for one year. */
export async function monthlyStatistics(db: Executor, scope: SQL, year: number) {
  const month = sql<string>`to_char(${cases.appliedDate}, 'YYYY-MM')`;
  return db
    .select({
      month,
      matterType: cases.matterType,
      applied: sql<number>`count(*)::int`,
      issued: sql<number>`count(${certificates.id})::int`,
      refused: sql<number>`count(*) filter (where ${cases.state} = 'REFUSED')::int`,
      feesYuan: sql<string>`coalesce(sum((${cases.fee} ->> 'payableYuan')::numeric) filter (where ${certificates.id} is not null), 0)::text`,
    })
    .from(cases)
    .leftJoin(certificates, eq(certificates.caseId, cases.id))
    .where(
      and(
        scope,
        sql`${cases.appliedDate} >= ${`${year}-01-01`} and ${cases.appliedDate} <= ${`${year}-12-31`}`,
      ),
    )
    .groupBy(month, cases.matterType)
    .orderBy(month, cases.matterType);
}

/** Fees received and refunded by the month of the payment and matter type, for one year. */
export async function monthlyPayments(db: Executor, scope: SQL, year: number) {
  const month = sql<string>`to_char(${payments.onDate}, 'YYYY-MM')`;
  return db
    .select({
      month,
      matterType: cases.matterType,
      paidFen: sql<string>`coalesce(sum(${payments.amountFen}) filter (where ${payments.kind} = 'payment'), 0)::text`,
      refundedFen: sql<string>`coalesce(sum(${payments.amountFen}) filter (where ${payments.kind} = 'refund'), 0)::text`,
    })
    .from(payments)
    .innerJoin(cases, eq(cases.id, payments.caseId))
    .where(
      and(
        scope,
        sql`${payments.onDate} >= ${`${year}-01-01`} and ${payments.onDate} <= ${`${year}-12-31`}`,
      ),
    )
    .groupBy(month, cases.matterType)
    .orderBy(month, cases.matterType);
}
