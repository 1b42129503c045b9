// All queries of the persons module.
import { and, asc, count, desc, eq, gt, ilike, isNull, lt, max, type SQL } from 'drizzle-orm';
import { regionScope, type Actor } from '../../../platform/auth/permissions.js';
import type { Executor } from '../../../platform/db/index.js';
import {
  citizenSessions,
  oneTimeCodes,
  organizations,
  persons,
  verificationAttempts,
} from './schema.js';

export type PersonRow = typeof persons.$inferSelect;
export type PersonInsert = typeof persons.$inferInsert;
export type OrganizationRow = typeof organizations.$inferSelect;

export async function personByIndex(
  db: Executor,
  idNumberIndex: string,
): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(persons).where(eq(persons.idNumberIndex, idNumberIndex));
  return row;
}

export async function personById(db: Executor, id: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row;
}

/** Inserts unless the ID number is on file already; undefined when it was. */
export async function insertPerson(
  db: Executor,
  values: PersonInsert,
): Promise<PersonRow | undefined> {
  const [row] = await db.insert(persons).values(values).onConflictDoNothing().returning();
  return row;
}

function personFilter(actor: Actor, q: string | undefined): SQL {
  const name = q?.trim();
  return and(
    regionScope(actor, persons.regionCode),
    name ? ilike(persons.name, `%${name.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
  )!;
}

/** Persons whose region is in the actor's scope, by name, at most `limit`. */
export async function listPersons(
  db: Executor,
  actor: Actor,
  q: string | undefined,
  limit: number,
  offset: number,
): Promise<{ rows: PersonRow[]; total: number }> {
  const where = personFilter(actor, q);
  const rows = await db
    .select()
    .from(persons)
    .where(where)
    .orderBy(asc(persons.name), asc(persons.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(persons).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

// ---- organizations ----

export async function organizationByCode(db: Executor, creditCode: string) {
  const [row] = await db
    .select()
    .from(organizations)
    .where(eq(organizations.creditCode, creditCode));
  return row;
}

export async function insertOrganization(
  db: Executor,
  values: typeof organizations.$inferInsert,
): Promise<OrganizationRow | undefined> {
  const [row] = await db.insert(organizations).values(values).onConflictDoNothing().returning();
  return row;
}

export async function listOrganizations(db: Executor, actor: Actor, q: string | undefined) {
  const name = q?.trim();
  return db
    .select()
    .from(organizations)
    .where(
      and(
        regionScope(actor, organizations.regionCode),
        name ? ilike(organizations.name, `%${name.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
      ),
    )
    .orderBy(asc(organizations.name))
    .limit(200);
}

// ---- one-time codes, attempts, citizen sessions ----

/** Any code of the person not yet used is void once a new one is issued. */
export async function voidOpenCodes(db: Executor, personId: string, now: Date): Promise<void> {
  await db
    .update(oneTimeCodes)
    .set({ usedAt: now })
    .where(and(eq(oneTimeCodes.personId, personId), isNull(oneTimeCodes.usedAt)));
}

export async function insertCode(db: Executor, values: typeof oneTimeCodes.$inferInsert) {
  await db.insert(oneTimeCodes).values(values);
}

/** Marks the unused, unexpired code with this hash used; true when there was one. */
export async function consumeCode(
  db: Executor,
  personId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const used = await db
    .update(oneTimeCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeCodes.personId, personId),
        eq(oneTimeCodes.codeHash, codeHash),
        isNull(oneTimeCodes.usedAt),
        gt(oneTimeCodes.expiresAt, now),
      ),
    )
    .returning({ id: oneTimeCodes.id });
  return used.length > 0;
}

export async function recordAttempt(
  db: Executor,
  idNumberIndex: string,
  clientKey: string,
  succeeded: boolean,
): Promise<void> {
  await db.insert(verificationAttempts).values({ idNumberIndex, clientKey, succeeded });
}

/** The times of failed attempts since `since`, by person or by client. */
export async function failuresSince(
  db: Executor,
  by: { idNumberIndex: string } | { clientKey: string },
  since: Date,
): Promise<Date[]> {
  const key =
    'idNumberIndex' in by
      ? eq(verificationAttempts.idNumberIndex, by.idNumberIndex)
      : eq(verificationAttempts.clientKey, by.clientKey);
  // Failures before the last success no longer count.
  const [success] = await db
    .select({ at: max(verificationAttempts.at) })
    .from(verificationAttempts)
    .where(and(key, eq(verificationAttempts.succeeded, true), gt(verificationAttempts.at, since)));
  const from = success?.at ? new Date(success.at) : since;
  const rows = await db
    .select({ at: verificationAttempts.at })
    .from(verificationAttempts)
    .where(and(key, eq(verificationAttempts.succeeded, false), gt(verificationAttempts.at, from)))
    .orderBy(desc(verificationAttempts.at))
    .limit(100);
  return rows.map((r) => r.at);
}

export async function insertCitizenSession(
  db: Executor,
  values: typeof citizenSessions.$inferInsert,
): Promise<void> {
  await db.insert(citizenSessions).values(values);
}

export async function citizenSession(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(citizenSessions)
    .where(and(eq(citizenSessions.tokenHash, tokenHash), gt(citizenSessions.expiresAt, now)));
  return row;
}

export async function deleteCitizenSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(citizenSessions).where(eq(citizenSessions.tokenHash, tokenHash));
}

export async function purgeCitizenSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(citizenSessions).where(lt(citizenSessions.expiresAt, now));
}
