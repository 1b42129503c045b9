// Queries of duty lawyers: stations, the weekly roster, consultations.
import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { regionScope, type Actor } from '../../../platform/auth/permissions.js';
import type { Executor } from '../../../platform/db/index.js';
import { offsetOf } from '../../../platform/http/pagination.js';
import { dutyConsultations, dutyShifts, dutyStations, lawyers } from './schema.js';

export async function loadStation(db: Executor, id: string) {
  const [row] = await db.select().from(dutyStations).where(eq(dutyStations.id, id));
  return row;
}

export async function listStations(db: Executor, actor: Actor) {
  return db
    .select()
    .from(dutyStations)
    .where(regionScope(actor, dutyStations.regionCode))
    .orderBy(asc(dutyStations.regionCode), asc(dutyStations.name));
}

export async function rosterOf(db: Executor, stationId: string, from: string, to: string) {
  return db
    .select({
      onDate: dutyShifts.onDate,
      lawyerId: lawyers.id,
      name: lawyers.name,
      firm: lawyers.firm,
    })
    .from(dutyShifts)
    .innerJoin(lawyers, eq(lawyers.id, dutyShifts.lawyerId))
    .where(
      and(
        eq(dutyShifts.stationId, stationId),
        gte(dutyShifts.onDate, from),
        lte(dutyShifts.onDate, to),
      ),
    )
    .orderBy(asc(dutyShifts.onDate), asc(lawyers.name));
}

export async function onDuty(db: Executor, stationId: string, lawyerId: string, onDate: string) {
  const [row] = await db
    .select({ id: dutyShifts.id })
    .from(dutyShifts)
    .where(
      and(
        eq(dutyShifts.stationId, stationId),
        eq(dutyShifts.lawyerId, lawyerId),
        eq(dutyShifts.onDate, onDate),
      ),
    );
  return !!row;
}

export async function listConsultations(
  db: Executor,
  actor: Actor,
  query: { page: number; pageSize: number; stationId?: string; from?: string; to?: string },
) {
  const conditions: (SQL | undefined)[] = [regionScope(actor, dutyConsultations.regionCode)];
  if (query.stationId) conditions.push(eq(dutyConsultations.stationId, query.stationId));
  if (query.from) conditions.push(gte(dutyConsultations.onDate, query.from));
  if (query.to) conditions.push(lte(dutyConsultations.onDate, query.to));
  const where = and(...conditions);
  const items = await db
    .select({
      consultation: dutyConsultations,
      stationName: dutyStations.name,
      lawyerName: lawyers.name,
    })
    .from(dutyConsultations)
    .innerJoin(dutyStations, eq(dutyStations.id, dutyConsultations.stationId))
    .innerJoin(lawyers, eq(lawyers.id, dutyConsultations.lawyerId))
    .where(where)
    .orderBy(desc(dutyConsultations.onDate), desc(dutyConsultations.createdAt))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dutyConsultations)
    .where(where);
  return { items, total: Number(count?.n ?? 0) };
}
