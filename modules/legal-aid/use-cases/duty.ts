// Duty lawyers (值班律师, 法律援助法 Art. 30): stations at courts, procuratorates and detention
// centres; a weekly roster of who is on duty where; and the consultations they give, recorded
// only for a lawyer on that day's roster at that station.
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { z } from 'zod';
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { maskIdNumber } from '../../../platform/identifiers/index.js';
import { addDays, dayOfWeek, shanghaiDate } from '../../../platform/workflow/dates.js';
import type {
  consultationBody,
  consultationQuery,
  rosterBody,
  stationBody,
} from '../contract-pool.js';
import { CONSULTATION_KINDS, STATION_KINDS } from '../domain/grounds.js';
import { LegalAidPermissions as P } from '../domain/permissions.js';
import * as q from '../db/duty-queries.js';
import { loadLawyer } from '../db/queries.js';
import { dutyConsultations, dutyShifts, dutyStations, lawyers } from '../db/schema.js';
import { checkedId } from './create-case.js';
import { actorCentre } from './lawyers.js';
import { label } from './present.js';

type Station = NonNullable<Awaited<ReturnType<typeof q.loadStation>>>;

const stationView = (s: Station, ctx: RequestContext) => ({
  id: s.id,
  name: s.name,
  kind: s.kind,
  kindLabel: label(STATION_KINDS, s.kind, ctx.locale)!,
  address: s.address,
  active: s.active,
  regionCode: s.regionCode,
});

/** A station the actor may see; outside the region looks the same as absent. */
async function visibleStation(ctx: RequestContext, id: string): Promise<Station> {
  const actor = requireActor(ctx);
  const station = await q.loadStation(ctx.db, id);
  if (!station || !station.regionCode.startsWith(actor.regionCode))
    throw new AppError('LEGAL_AID_STATION_NOT_FOUND');
  return station;
}

export async function listStations(ctx: RequestContext) {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  return (await q.listStations(ctx.db, actor)).map((s) => stationView(s, ctx));
}

export async function createStation(ctx: RequestContext, body: z.infer<typeof stationBody>) {
  const actor = requireActor(ctx);
  authorize(actor, P.lawyers);
  const centre = await actorCentre(ctx, body.centreCode);
  authorize(actor, P.lawyers, { regionCode: centre.regionCode });
  const station = await withTx(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(dutyStations)
      .values({
        organizationId: centre.id,
        regionCode: centre.regionCode,
        name: body.name,
        kind: body.kind,
        address: body.address ?? null,
      })
      .returning();
    await record(tx, auditContext(ctx), {
      action: 'legal-aid.station_create',
      entityType: 'legal_aid_station',
      entityId: row!.id,
      regionCode: centre.regionCode,
      details: { name: body.name, kind: body.kind },
    });
    return row!;
  });
  return stationView(station, ctx);
}

function weekOf(weekStart: string) {
  if (dayOfWeek(weekStart) !== 1)
    throw new AppError('LEGAL_AID_ROSTER_INVALID', { reason: `${weekStart} 不是星期一` });
  return Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
}

export async function getRoster(ctx: RequestContext, stationId: string, weekStart: string) {
  authorize(requireActor(ctx), P.read);
  const station = await visibleStation(ctx, stationId);
  const dates = weekOf(weekStart);
  const rows = await q.rosterOf(ctx.db, station.id, dates[0]!, dates[6]!);
  return {
    stationId: station.id,
    stationName: station.name,
    weekStart,
    days: dates.map((date) => ({
      date,
      lawyers: rows
        .filter((r) => r.onDate === date)
        .map((r) => ({ id: r.lawyerId, name: r.name, firm: r.firm })),
    })),
  };
}

/** Replaces the station's roster for the week. */
export async function setRoster(ctx: RequestContext, body: z.infer<typeof rosterBody>) {
  const actor = requireActor(ctx);
  authorize(actor, P.duty);
  const station = await visibleStation(ctx, body.stationId);
  authorize(actor, P.duty, station);
  const dates = weekOf(body.weekStart);
  const outside = body.days.find((d) => !dates.includes(d.date));
  if (outside)
    throw new AppError('LEGAL_AID_ROSTER_INVALID', { reason: `${outside.date} 不在该周之内` });
  const ids = [...new Set(body.days.flatMap((d) => d.lawyerIds))];
  await withTx(ctx.db, async (tx) => {
    const pool = ids.length
      ? await tx
          .select({ id: lawyers.id })
          .from(lawyers)
          .where(
            and(
              inArray(lawyers.id, ids),
              eq(lawyers.organizationId, station.organizationId),
              eq(lawyers.active, true),
            ),
          )
      : [];
    if (pool.length !== ids.length) throw new AppError('LEGAL_AID_LAWYER_NOT_FOUND');
    await tx
      .delete(dutyShifts)
      .where(
        and(
          eq(dutyShifts.stationId, station.id),
          gte(dutyShifts.onDate, dates[0]!),
          lte(dutyShifts.onDate, dates[6]!),
        ),
      );
    const rows = body.days.flatMap((d) =>
      [...new Set(d.lawyerIds)].map((lawyerId) => ({
        stationId: station.id,
        onDate: d.date,
        lawyerId,
      })),
    );
    if (rows.length > 0) await tx.insert(dutyShifts).values(rows);
    await record(tx, auditContext(ctx), {
      action: 'legal-aid.roster_set',
      entityType: 'legal_aid_station',
      entityId: station.id,
      regionCode: station.regionCode,
      details: { weekStart: body.weekStart, shifts: rows.length },
    });
  });
  return getRoster(ctx, station.id, body.weekStart);
}

export async function recordConsultation(
  ctx: RequestContext,
  body: z.infer<typeof consultationBody>,
) {
  const actor = requireActor(ctx);
  authorize(actor, P.duty);
  const station = await visibleStation(ctx, body.stationId);
  authorize(actor, P.duty, station);
  if (body.onDate > shanghaiDate())
    throw new AppError('LEGAL_AID_DATE_IN_FUTURE', { field: '咨询日期' });
  const id = checkedId(body.person, '咨询人');
  const lawyer = await loadLawyer(ctx.db, body.lawyerId);
  if (!lawyer || lawyer.organizationId !== station.organizationId)
    throw new AppError('LEGAL_AID_LAWYER_NOT_FOUND');
  if (!(await q.onDuty(ctx.db, station.id, lawyer.id, body.onDate)))
    throw new AppError('LEGAL_AID_NOT_ON_DUTY', {
      lawyer: lawyer.name,
      date: body.onDate,
      station: station.name,
    });
  const row = await withTx(ctx.db, async (tx) => {
    const [created] = await tx
      .insert(dutyConsultations)
      .values({
        stationId: station.id,
        regionCode: station.regionCode,
        lawyerId: lawyer.id,
        onDate: body.onDate,
        kind: body.kind,
        personName: body.person.name,
        idNumberEncrypted: id ? ctx.cipher.encrypt(id) : null,
        idNumberIndex: id ? ctx.cipher.blindIndex(id) : null,
        idNumberMasked: id ? maskIdNumber(id) : null,
        summary: body.summary,
        referred: body.referred,
        recordedBy: actor.displayName,
      })
      .returning();
    await record(tx, auditContext(ctx), {
      action: 'legal-aid.consultation_record',
      entityType: 'legal_aid_consultation',
      entityId: created!.id,
      regionCode: station.regionCode,
      details: { stationId: station.id, lawyerId: lawyer.id, kind: body.kind },
    });
    return created!;
  });
  return consultationView(row, station.name, lawyer.name, ctx);
}

type ConsultationRow = typeof dutyConsultations.$inferSelect;

function consultationView(
  c: ConsultationRow,
  stationName: string,
  lawyerName: string,
  ctx: RequestContext,
) {
  return {
    id: c.id,
    stationName,
    lawyerName,
    onDate: c.onDate,
    kind: c.kind,
    kindLabel: label(CONSULTATION_KINDS, c.kind, ctx.locale)!,
    personName: c.personName,
    idNumberMasked: c.idNumberMasked,
    summary: c.summary,
    referred: c.referred,
    recordedBy: c.recordedBy,
  };
}

export async function listConsultations(
  ctx: RequestContext,
  query: z.infer<typeof consultationQuery>,
) {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  const { items, total } = await q.listConsultations(ctx.db, actor, query);
  return {
    items: items.map((r) => consultationView(r.consultation, r.stationName, r.lawyerName, ctx)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
