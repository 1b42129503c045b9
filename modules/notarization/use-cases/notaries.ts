// Who may handle a case: a notary of the case's office, not a close relative of a party
// (公证法 Art. 23, the relatives list in notary_profiles). The list of an office's notaries feeds
// the pickers of assignment and re-examination, each marked when they may not take the case.
import { authorize } from '../../../platform/auth/permissions.js';
import { roleName } from '../../../platform/auth/roles.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import type { NotaryList } from '../contract.js';
import { relativeConflict } from '../domain/offices.js';
import { NotarizationPermissions as P } from '../domain/permissions.js';
import { caseParties, type CaseRow, findUser, notariesOf, relativesOf } from '../db/queries.js';
import { officeOf, officeOfOrganization } from './office.js';
import { visibleCase } from './run-step.js';

export const NOTARY_ROLES = ['notary', 'notary_head'];

const partyKeys = async (db: Executor, caseId: string) =>
  (await caseParties(db, caseId)).map((p) => ({ name: p.name, idNumberIndex: p.idNumberIndex }));

/** Checks that `userId` may handle case `c`; returns their name. */
export async function checkNotary(db: Executor, c: CaseRow, userId: string): Promise<string> {
  const user = await findUser(db, userId);
  if (
    !user ||
    user.status !== 'active' ||
    !NOTARY_ROLES.includes(user.role) ||
    user.organizationId !== c.organizationId
  )
    throw new AppError('NOTARIZATION_NOT_A_NOTARY');
  const party = relativeConflict(await relativesOf(db, userId), await partyKeys(db, c.id));
  if (party) throw new AppError('NOTARIZATION_NOTARY_CONFLICT', { notary: user.name, party });
  return user.name;
}

/**
 * The notaries of an office (the case's, the one asked for, or the actor's own), for pickers
 * and for the relatives page. With a case, each says whether a relatives conflict bars them.
 */
export async function listNotaries(
  ctx: RequestContext,
  query: { officeCode?: string | undefined; caseId?: string | undefined },
): Promise<NotaryList> {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  const c = query.caseId ? await visibleCase(ctx, query.caseId) : null;
  const office = c
    ? await officeOf(ctx.db, c.officeCode)
    : query.officeCode
      ? await officeOf(ctx.db, query.officeCode)
      : await officeOfOrganization(ctx.db, actor.organizationId);
  authorize(actor, P.read, { regionCode: office.regionCode });
  const parties = c ? await partyKeys(ctx.db, c.id) : [];
  const notaries = await notariesOf(ctx.db, office.organizationId, NOTARY_ROLES);
  return {
    officeCode: office.organizationCode,
    officeName: office.name,
    items: notaries.map((n) => {
      const party = c ? relativeConflict(n.relatives ?? [], parties) : null;
      return {
        id: n.id,
        name: n.name,
        role: n.role,
        roleLabel: roleName(n.role, ctx.locale),
        relativesCount: n.relatives?.length ?? 0,
        handlesCase: !!c && c.notaryId === n.id,
        conflict: party
          ? ctx.locale === 'zh-CN'
            ? `与当事人“${party}”有近亲属关系，应当回避`
            : `a close relative of ${party}`
          : null,
      };
    }),
  };
}
