// The centre's pool of providers (律师库): registration, changes, and each provider's and firm's
// figures (cases, open load, average quality score, satisfaction) for the centre to see.
import { eq } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { z } from 'zod';
import type { lawyerListQuery, lawyerPatch, LawyerBody, LawyerView } from '../contract-pool.js';
import { PROVIDER_KINDS, SPECIALTIES } from '../domain/grounds.js';
import { LegalAidPermissions as P } from '../domain/permissions.js';
import { practiceYears } from '../domain/rotation.js';
import {
  firmFigures,
  lawyerByLicence,
  lawyerWithFigures,
  listLawyers as queryLawyers,
} from '../db/pool-queries.js';
import { centreByCode, type LawyerRow, loadLawyer, organizationById } from '../db/queries.js';
import { lawyers } from '../db/schema.js';
import { label } from './present.js';

const num = (value: string | number | null) => (value === null ? null : Number(value));

/** The centre an officer acts for: named, or their own organization when it is a centre. */
export async function actorCentre(ctx: RequestContext, centreCode: string | undefined) {
  const actor = requireActor(ctx);
  const own = await organizationById(ctx.db, actor.organizationId);
  const code = centreCode ?? (own?.kind === 'legal_aid_center' ? own.code : undefined);
  const centre = code ? await centreByCode(ctx.db, code) : undefined;
  if (!centre)
    throw new AppError('VALIDATION_FAILED', [
      { in: 'body', path: 'centreCode', message: '请选择法律援助中心' },
    ]);
  return centre;
}

type Figures = Record<'assigned' | 'open' | 'closed' | 'reviewed' | 'surveys', number> & {
  averageScore: string | null;
  averageSatisfaction: string | null;
};

function view(l: LawyerRow, f: Figures, ctx: RequestContext): LawyerView {
  return {
    id: l.id,
    name: l.name,
    kind: l.kind,
    kindLabel: label(PROVIDER_KINDS, l.kind, ctx.locale)!,
    firm: l.firm,
    licenceNumber: l.licenceNumber,
    practiceSince: l.practiceSince,
    practiceYears: practiceYears(l.practiceSince, shanghaiDate()),
    specialties: l.specialties,
    specialtyLabels: l.specialties.map((s) => label(SPECIALTIES, s, ctx.locale)!),
    contactPhone: l.contactPhone,
    active: l.active,
    regionCode: l.regionCode,
    assigned: f.assigned,
    open: f.open,
    closed: f.closed,
    reviewed: f.reviewed,
    averageScore: num(f.averageScore),
    surveys: f.surveys,
    averageSatisfaction: num(f.averageSatisfaction),
  };
}

export async function listLawyers(ctx: RequestContext, query: z.infer<typeof lawyerListQuery>) {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  const { rows, total } = await queryLawyers(ctx.db, actor, query);
  return {
    items: rows.map(({ lawyer, ...figures }) => view(lawyer, figures, ctx)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function firms(ctx: RequestContext) {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  const rows = await firmFigures(ctx.db, actor);
  return rows.map((r) => ({
    ...r,
    averageScore: num(r.averageScore),
    averageSatisfaction: num(r.averageSatisfaction),
  }));
}

const ZERO: Figures = {
  assigned: 0,
  open: 0,
  closed: 0,
  reviewed: 0,
  surveys: 0,
  averageScore: null,
  averageSatisfaction: null,
};

export async function createLawyer(ctx: RequestContext, body: LawyerBody) {
  const actor = requireActor(ctx);
  authorize(actor, P.lawyers);
  if (body.practiceSince > shanghaiDate())
    throw new AppError('LEGAL_AID_DATE_IN_FUTURE', { field: '执业起始日期' });
  const centre = await actorCentre(ctx, body.centreCode);
  authorize(actor, P.lawyers, { regionCode: centre.regionCode });
  const row = await withTx(ctx.db, async (tx) => {
    if (await lawyerByLicence(tx, body.licenceNumber))
      throw new AppError('LEGAL_AID_LICENCE_TAKEN', { licence: body.licenceNumber });
    const [created] = await tx
      .insert(lawyers)
      .values({
        organizationId: centre.id,
        regionCode: centre.regionCode,
        name: body.name,
        kind: body.kind,
        firm: body.firm,
        licenceNumber: body.licenceNumber,
        practiceSince: body.practiceSince,
        specialties: body.specialties,
        contactPhone: body.contactPhone ?? null,
      })
      .returning();
    await record(tx, auditContext(ctx), {
      action: 'legal-aid.lawyer_create',
      entityType: 'legal_aid_lawyer',
      entityId: created!.id,
      regionCode: centre.regionCode,
      details: { name: body.name, firm: body.firm, kind: body.kind },
    });
    return created!;
  });
  return view(row, ZERO, ctx);
}

export async function updateLawyer(
  ctx: RequestContext,
  id: string,
  patch: z.infer<typeof lawyerPatch>,
) {
  const actor = requireActor(ctx);
  authorize(actor, P.lawyers);
  const existing = await loadLawyer(ctx.db, id);
  if (!existing || !existing.regionCode.startsWith(actor.regionCode))
    throw new AppError('LEGAL_AID_LAWYER_NOT_FOUND');
  await withTx(ctx.db, async (tx) => {
    await tx.update(lawyers).set(patch).where(eq(lawyers.id, id));
    await record(tx, auditContext(ctx), {
      action: 'legal-aid.lawyer_update',
      entityType: 'legal_aid_lawyer',
      entityId: id,
      regionCode: existing.regionCode,
      details: patch,
    });
  });
  const { lawyer, ...figures } = (await lawyerWithFigures(ctx.db, id))!;
  return view(lawyer, figures, ctx);
}
