// Queries of committees, members, mediators and subsidy rates.
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { divisions } from '../../../platform/regions/index.js';
import { committeeMembers, committees, mediators, subsidyRates } from './schema.js';

export type CommitteeRow = typeof committees.$inferSelect;
export type MemberRow = typeof committeeMembers.$inferSelect;
export type MediatorRow = typeof mediators.$inferSelect;

export async function loadCommittee(db: Executor, id: string) {
  const [row] = await db.select().from(committees).where(eq(committees.id, id));
  return row;
}

export async function lockCommittee(db: Executor, id: string) {
  const [row] = await db.select().from(committees).where(eq(committees.id, id)).for('update');
  return row;
}

/** Committees matching `where` (the actor's region), by region then name. */
export const listCommittees = (db: Executor, where: SQL | undefined) =>
  db
    .select()
    .from(committees)
    .where(where)
    .orderBy(asc(committees.regionCode), asc(committees.name));

/** Every committee whose region covers `placeCode`: the candidates of routing. */
export const committeesCovering = (db: Executor, placeCode: string) =>
  db
    .select()
    .from(committees)
    .where(sql`${placeCode} like ${committees.regionCode} || '%'`);

export const membersOf = (db: Executor, committeeIds: string[]) =>
  committeeIds.length === 0
    ? Promise.resolve([] as MemberRow[])
    : db
        .select()
        .from(committeeMembers)
        .where(inArray(committeeMembers.committeeId, committeeIds))
        .orderBy(asc(committeeMembers.position));

export const mediatorsOf = (db: Executor, committeeIds: string[]) =>
  committeeIds.length === 0
    ? Promise.resolve([] as MediatorRow[])
    : db
        .select()
        .from(mediators)
        .where(inArray(mediators.committeeId, committeeIds))
        .orderBy(asc(mediators.createdAt));

export async function loadMediator(db: Executor, id: string) {
  const [row] = await db.select().from(mediators).where(eq(mediators.id, id));
  return row;
}

export async function mediatorOfUser(db: Executor, userId: string) {
  const [row] = await db.select().from(mediators).where(eq(mediators.userId, userId));
  return row;
}

/** A division by code, when it exists. */
export async function division(db: Executor, code: string) {
  const [row] = await db.select().from(divisions).where(eq(divisions.code, code));
  return row;
}

/** The rates configured for regions covering `regionCode` (and the whole city). */
export const ratesCovering = (db: Executor, regionCode: string) =>
  db
    .select()
    .from(subsidyRates)
    .where(sql`${regionCode} like ${subsidyRates.regionCode} || '%'`);

export const ratesWhere = (db: Executor, where: SQL | undefined) =>
  db
    .select()
    .from(subsidyRates)
    .where(where)
    .orderBy(
      asc(subsidyRates.regionCode),
      asc(subsidyRates.disputeType),
      asc(subsidyRates.validFrom),
    );

export async function upsertRate(
  db: Executor,
  rate: { regionCode: string; disputeType: string; amountYuan: number; validFrom: string },
  by: string,
) {
  await db
    .insert(subsidyRates)
    .values({ ...rate, createdBy: by })
    .onConflictDoUpdate({
      target: [subsidyRates.regionCode, subsidyRates.disputeType, subsidyRates.validFrom],
      set: { amountYuan: rate.amountYuan, createdBy: by, createdAt: new Date() },
    });
}
