// Who may handle a case: a notary of the case's office, not a close relative of a party
// (公证法 Art. 23, the relatives list in notary_profiles).
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { relativeConflict } from '../domain/offices.js';
import { caseParties, type CaseRow, findUser, relativesOf } from '../db/queries.js';

const NOTARY_ROLES = ['notary', 'notary_head'];

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
  const parties = (await caseParties(db, c.id)).map((p) => ({
    name: p.name,
    idNumberIndex: p.idNumberIndex,
  }));
  const party = relativeConflict(await relativesOf(db, userId), parties);
  if (party) throw new AppError('NOTARIZATION_NOTARY_CONFLICT', { notary: user.name, party });
  return user.name;
}
