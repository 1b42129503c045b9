// 公证员近亲属: the head of an office (or an administrator) keeps each notary's close relatives, so
// that no notary is given a matter of theirs (公证法 Art. 23). ID numbers are checked, stored
// encrypted with a blind index for matching, and shown masked; every change is audited.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { type Executor, withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { checkIdNumber, maskIdNumber } from '../../../platform/identifiers/index.js';
import type { RelativeBody, RelativesView } from '../contract.js';
import { type Relative, RELATIONS } from '../domain/offices.js';
import { NotarizationPermissions as P } from '../domain/permissions.js';
import { findUser, relativesOf } from '../db/queries.js';
import { notaryProfiles } from '../db/schema.js';
import { NOTARY_ROLES } from './notaries.js';
import { officeOfOrganization } from './office.js';

/** The notary, checked: a notary of an office in the actor's region. */
async function notaryToManage(ctx: RequestContext, userId: string) {
  const actor = requireActor(ctx);
  authorize(actor, P.manageNotaries);
  const user = await findUser(ctx.db, userId);
  if (!user || !NOTARY_ROLES.includes(user.role)) throw new AppError('NOTARIZATION_NOT_A_NOTARY');
  const office = await officeOfOrganization(ctx.db, user.organizationId);
  if (office.organizationId !== user.organizationId)
    throw new AppError('NOTARIZATION_NOT_A_NOTARY');
  authorize(actor, P.manageNotaries, { regionCode: office.regionCode });
  return { ...user, regionCode: office.regionCode };
}

function view(userId: string, name: string, relatives: Relative[]): RelativesView {
  return {
    userId,
    name,
    items: relatives.map((r) => ({
      id: r.id,
      name: r.name,
      relation: r.relation,
      relationLabel: RELATIONS[r.relation] ?? r.relation,
      idNumberMasked: r.idNumberMasked,
    })),
  };
}

export async function getRelatives(ctx: RequestContext, userId: string): Promise<RelativesView> {
  const user = await notaryToManage(ctx, userId);
  return view(user.id, user.name, await relativesOf(ctx.db, user.id));
}

/** Reads the notary's relatives with the profile row locked (created when missing). */
async function lockedRelatives(tx: Executor, userId: string): Promise<Relative[]> {
  await tx.insert(notaryProfiles).values({ userId, relatives: [] }).onConflictDoNothing();
  const [row] = await tx
    .select({ relatives: notaryProfiles.relatives })
    .from(notaryProfiles)
    .where(eq(notaryProfiles.userId, userId))
    .for('update');
  return row!.relatives;
}

async function change(
  ctx: RequestContext,
  userId: string,
  action: 'relative_add' | 'relative_remove',
  edit: (relatives: Relative[]) => { next: Relative[]; changed: Relative },
): Promise<RelativesView> {
  const user = await notaryToManage(ctx, userId);
  const next = await withTx(ctx.db, async (tx) => {
    const { next, changed } = edit(await lockedRelatives(tx, user.id));
    await tx
      .update(notaryProfiles)
      .set({ relatives: next })
      .where(eq(notaryProfiles.userId, user.id));
    await record(tx, auditContext(ctx), {
      action: `notarization.${action}`,
      entityType: 'notary_profile',
      entityId: user.id,
      regionCode: user.regionCode,
      details: {
        notary: user.name,
        relative: changed.name,
        relation: changed.relation,
        idNumberMasked: changed.idNumberMasked,
      },
    });
    return next;
  });
  return view(user.id, user.name, next);
}

export function addRelative(ctx: RequestContext, userId: string, body: RelativeBody) {
  let id: string | null = null;
  if (body.idNumber) {
    const check = checkIdNumber(body.idNumber);
    if (!check.ok)
      throw new AppError('ID_NUMBER_INVALID', { reason: `“${body.name}”：${check.reason}` });
    id = check.value;
  }
  const relative: Relative = {
    id: randomUUID(),
    name: body.name,
    relation: body.relation,
    idNumberIndex: id ? ctx.cipher.blindIndex(id) : null,
    idNumberEncrypted: id ? ctx.cipher.encrypt(id) : null,
    idNumberMasked: id ? maskIdNumber(id) : null,
  };
  return change(ctx, userId, 'relative_add', (relatives) => ({
    next: [...relatives, relative],
    changed: relative,
  }));
}

export function removeRelative(ctx: RequestContext, userId: string, relativeId: string) {
  return change(ctx, userId, 'relative_remove', (relatives) => {
    const changed = relatives.find((r) => r.id === relativeId);
    if (!changed) throw new AppError('NOTARIZATION_RELATIVE_NOT_FOUND');
    return { next: relatives.filter((r) => r.id !== relativeId), changed };
  });
}
