// 调委会管理: committees with their members (Art. 8–9 checked and shown), in the actor's region.
// A committee sits in a division of Guangzhou that fits its level (村居, 镇街, 区; an industry
// committee at the city, a district or a street).
import { eq } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize, regionScope } from '../../../platform/auth/permissions.js';
import { type Executor, type Tx, withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { regionNames } from '../../../platform/regions/index.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { CommitteeBody, CommitteeUpdateBody, CommitteeView } from '../contract-committees.js';
import {
  checkCommittee,
  COMMITTEE_LEVELS,
  complianceOf,
  levelFitsRegion,
  MEDIATOR_KINDS,
} from '../domain/committees.js';
import { disputeTypeLabel } from '../domain/dispute-types.js';
import { MediationPermissions as P } from '../domain/permissions.js';
import {
  type CommitteeRow,
  division,
  listCommittees as queryCommittees,
  loadCommittee,
  lockCommittee,
  mediatorsOf,
  membersOf,
} from '../db/committee-queries.js';
import { committeeMembers, committees } from '../db/schema.js';

type Locale = RequestContext['locale'];

async function views(db: Executor, rows: CommitteeRow[], locale: Locale): Promise<CommitteeView[]> {
  const ids = rows.map((c) => c.id);
  const [members, mediators, names] = await Promise.all([
    membersOf(db, ids),
    mediatorsOf(db, ids),
    regionNames(
      db,
      rows.map((c) => c.regionCode),
    ),
  ]);
  const today = shanghaiDate();
  return rows.map((c) => {
    const own = members.filter((m) => m.committeeId === c.id);
    const findings = checkCommittee(
      { members: own, termStart: c.termStart, termEnd: c.termEnd },
      today,
    );
    return {
      id: c.id,
      name: c.name,
      shortName: c.shortName,
      level: c.level,
      levelLabel: COMMITTEE_LEVELS[c.level].label[locale],
      regionCode: c.regionCode,
      regionName: names.get(c.regionCode) ?? null,
      industryTypes: c.industryTypes,
      address: c.address,
      phone: c.phone,
      termStart: c.termStart,
      termEnd: c.termEnd,
      active: c.active,
      version: c.version,
      members: own.map((m) => ({ id: m.id, name: m.name, sex: m.sex, post: m.post })),
      mediators: mediators
        .filter((m) => m.committeeId === c.id)
        .map((m) => ({
          id: m.id,
          committeeId: m.committeeId,
          name: m.name,
          sex: m.sex,
          kind: m.kind,
          kindLabel: MEDIATOR_KINDS[m.kind][locale],
          specialties: m.specialties,
          specialtyLabels: m.specialties.map((s) => disputeTypeLabel(s, locale)),
          phoneMasked: m.phoneMasked,
          userId: m.userId,
          active: m.active,
        })),
      findings: findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message[locale],
      })),
      compliance: complianceOf(findings),
    };
  });
}

export async function listCommittees(ctx: RequestContext) {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  return {
    items: await views(
      ctx.db,
      await queryCommittees(ctx.db, regionScope(actor, committees.regionCode)),
      ctx.locale,
    ),
  };
}

/** A committee of the actor's region; outside it looks the same as absent. */
async function visibleCommittee(ctx: RequestContext, id: string, db: Executor = ctx.db) {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  const c = await loadCommittee(db, id);
  if (!c || !c.regionCode.startsWith(actor.regionCode))
    throw new AppError('MEDIATION_COMMITTEE_NOT_FOUND');
  return c;
}

export async function getCommittee(ctx: RequestContext, id: string): Promise<CommitteeView> {
  const c = await visibleCommittee(ctx, id);
  return (await views(ctx.db, [c], ctx.locale))[0]!;
}

async function checkPlacement(tx: Tx, body: CommitteeBody, locale: Locale) {
  const place = await division(tx, body.regionCode);
  if (!place)
    throw new AppError('MEDIATION_REGION_UNKNOWN', { code: body.regionCode, expected: '' });
  if (!levelFitsRegion(body.level, body.regionCode)) {
    const lengths: Record<number, string> = { 4: '市', 6: '区', 9: '镇街', 12: '村居' };
    throw new AppError('MEDIATION_LEVEL_REGION_MISMATCH', {
      level: COMMITTEE_LEVELS[body.level].label[locale],
      expected: (COMMITTEE_LEVELS[body.level].codeLength as readonly number[])
        .map((n) => lengths[n])
        .join('或'),
      code: `${place.name}（${body.regionCode}）`,
    });
  }
  if (body.termEnd <= body.termStart)
    throw new AppError('VALIDATION_FAILED', [
      { in: 'body', path: 'termEnd', message: '任期届满日应晚于任期起始日' },
    ]);
}

async function checkName(tx: Tx, name: string, id: string | null) {
  const [same] = await tx
    .select({ id: committees.id })
    .from(committees)
    .where(eq(committees.name, name));
  if (same && same.id !== id) throw new AppError('MEDIATION_COMMITTEE_NAME_TAKEN', { name });
}

async function writeMembers(tx: Tx, committeeId: string, members: CommitteeBody['members']) {
  await tx.delete(committeeMembers).where(eq(committeeMembers.committeeId, committeeId));
  if (members.length > 0)
    await tx
      .insert(committeeMembers)
      .values(members.map((m, position) => ({ committeeId, ...m, position })));
}

const columns = (body: CommitteeBody) => ({
  name: body.name,
  shortName: body.shortName,
  level: body.level,
  regionCode: body.regionCode,
  industryTypes: body.level === 'industry' ? body.industryTypes : [],
  address: body.address ?? null,
  phone: body.phone ?? null,
  termStart: body.termStart,
  termEnd: body.termEnd,
  active: body.active,
});

export async function createCommittee(
  ctx: RequestContext,
  body: CommitteeBody,
): Promise<CommitteeView> {
  const actor = requireActor(ctx);
  authorize(actor, P.manageCommittees, { regionCode: body.regionCode });
  const id = await withTx(ctx.db, async (tx) => {
    await checkPlacement(tx, body, ctx.locale);
    await checkName(tx, body.name, null);
    const [row] = await tx.insert(committees).values(columns(body)).returning();
    if (!row) throw new AppError('CONFLICT');
    await writeMembers(tx, row.id, body.members);
    await record(tx, auditContext(ctx), {
      action: 'mediation.committee_create',
      entityType: 'mediation_committee',
      entityId: row.id,
      regionCode: row.regionCode,
      details: { name: row.name, level: row.level, members: body.members.length },
    });
    return row.id;
  });
  return getCommittee(ctx, id);
}

export async function updateCommittee(
  ctx: RequestContext,
  id: string,
  body: CommitteeUpdateBody,
): Promise<CommitteeView> {
  const actor = requireActor(ctx);
  await visibleCommittee(ctx, id);
  authorize(actor, P.manageCommittees, { regionCode: body.regionCode });
  await withTx(ctx.db, async (tx) => {
    const c = await lockCommittee(tx, id);
    if (!c) throw new AppError('MEDIATION_COMMITTEE_NOT_FOUND');
    authorize(actor, P.manageCommittees, c);
    if (c.version !== body.version) throw new AppError('CONFLICT');
    await checkPlacement(tx, body, ctx.locale);
    await checkName(tx, body.name, id);
    await tx
      .update(committees)
      .set({ ...columns(body), version: c.version + 1, updatedAt: new Date() })
      .where(eq(committees.id, id));
    await writeMembers(tx, id, body.members);
    await record(tx, auditContext(ctx), {
      action: 'mediation.committee_update',
      entityType: 'mediation_committee',
      entityId: id,
      regionCode: body.regionCode,
      details: { name: body.name, active: body.active, members: body.members.length },
    });
  });
  return getCommittee(ctx, id);
}

export { visibleCommittee };
