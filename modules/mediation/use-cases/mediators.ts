// 调解员管理: the mediators of a committee (full-time or part-time, their specialties), with
// their Sifa account when they record their own cases. Phones are encrypted and shown masked.
import { eq } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { users } from '../../../platform/auth/schema.js';
import { type Tx, withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { maskPhone } from '../../../platform/identifiers/index.js';
import type { MediatorBody } from '../contract-committees.js';
import { MediationPermissions as P } from '../domain/permissions.js';
import { loadMediator, mediatorOfUser } from '../db/committee-queries.js';
import { mediators } from '../db/schema.js';
import { getCommittee, visibleCommittee } from './committees.js';

/** The linked account must exist inside the committee's region and not be linked already. */
async function checkUser(
  tx: Tx,
  userId: string | undefined,
  regionCode: string,
  mediatorId: string | null,
) {
  if (!userId) return;
  const [user] = await tx.select().from(users).where(eq(users.id, userId));
  if (!user || !regionCode.startsWith(user.regionCode))
    throw new AppError('VALIDATION_FAILED', [
      { in: 'body', path: 'userId', message: '所选账号不存在或不在该调委会所在辖区' },
    ]);
  const linked = await mediatorOfUser(tx, userId);
  if (linked && linked.id !== mediatorId) throw new AppError('MEDIATION_MEDIATOR_USER_TAKEN');
}

function columns(ctx: RequestContext, body: MediatorBody) {
  return {
    name: body.name,
    sex: body.sex,
    kind: body.kind,
    specialties: body.specialties,
    phoneEncrypted: body.phone ? ctx.cipher.encrypt(body.phone) : null,
    phoneMasked: body.phone ? maskPhone(body.phone) : null,
    userId: body.userId ?? null,
    active: body.active,
  };
}

export async function createMediator(ctx: RequestContext, committeeId: string, body: MediatorBody) {
  const actor = requireActor(ctx);
  const committee = await visibleCommittee(ctx, committeeId);
  authorize(actor, P.manageCommittees, committee);
  await withTx(ctx.db, async (tx) => {
    await checkUser(tx, body.userId, committee.regionCode, null);
    const [row] = await tx
      .insert(mediators)
      .values({ committeeId, ...columns(ctx, body) })
      .returning({ id: mediators.id });
    await record(tx, auditContext(ctx), {
      action: 'mediation.mediator_create',
      entityType: 'mediation_mediator',
      entityId: row!.id,
      regionCode: committee.regionCode,
      details: { committee: committee.name, name: body.name, kind: body.kind },
    });
  });
  return getCommittee(ctx, committeeId);
}

export async function updateMediator(ctx: RequestContext, mediatorId: string, body: MediatorBody) {
  const actor = requireActor(ctx);
  const existing = await loadMediator(ctx.db, mediatorId);
  if (!existing) throw new AppError('MEDIATION_MEDIATOR_NOT_FOUND');
  const committee = await visibleCommittee(ctx, existing.committeeId);
  authorize(actor, P.manageCommittees, committee);
  await withTx(ctx.db, async (tx) => {
    await checkUser(tx, body.userId, committee.regionCode, mediatorId);
    const values = columns(ctx, body);
    // A phone left empty on an edit keeps the one on file (the form never sees it in full).
    if (!body.phone) {
      delete (values as Partial<typeof values>).phoneEncrypted;
      delete (values as Partial<typeof values>).phoneMasked;
    }
    await tx.update(mediators).set(values).where(eq(mediators.id, mediatorId));
    await record(tx, auditContext(ctx), {
      action: 'mediation.mediator_update',
      entityType: 'mediation_mediator',
      entityId: mediatorId,
      regionCode: committee.regionCode,
      details: { name: body.name, active: body.active },
    });
  });
  return getCommittee(ctx, existing.committeeId);
}
