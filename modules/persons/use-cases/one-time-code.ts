// The first identity check of the citizen pages: a clerk gives the person a one-time code at a
// service window (after seeing them and their ID card); the person enters it with their ID
// number. Single use, valid 15 minutes, stored as a keyed hash; a new code voids the old one.
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { checkIdNumber } from '../../../platform/identifiers/index.js';
import {
  codeHashInput,
  newOneTimeCode,
  ONE_TIME_CODE,
  type IdentityVerifier,
} from '../domain/identity.js';
import { PersonsPermissions as P } from '../domain/permissions.js';
import { consumeCode, insertCode, personByIndex, voidOpenCodes } from '../db/queries.js';
import { visiblePersonRow } from './person-file.js';

export async function issueOneTimeCode(ctx: RequestContext, personId: string) {
  const actor = requireActor(ctx);
  authorize(actor, P.issueCode);
  const person = await visiblePersonRow(ctx, actor, personId);
  const code = newOneTimeCode();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ONE_TIME_CODE.ttlMinutes * 60_000);
  await withTx(ctx.db, async (tx) => {
    await voidOpenCodes(tx, person.id, now);
    await insertCode(tx, {
      personId: person.id,
      codeHash: ctx.cipher.blindIndex(codeHashInput(person.id, code)),
      issuedBy: actor.userId,
      issuedAt: now,
      expiresAt,
    });
    await record(tx, auditContext(ctx), {
      action: 'persons.issue_code',
      entityType: 'person',
      entityId: person.id,
      regionCode: person.regionCode,
      details: { expiresAt: expiresAt.toISOString() },
    });
  });
  return { code, expiresAt: expiresAt.toISOString(), ttlMinutes: ONE_TIME_CODE.ttlMinutes };
}

/** ID number + one-time code: the person must be on file and hold a live code. */
export const oneTimeCodeVerifier: IdentityVerifier = {
  method: 'one_time_code',
  async verify(tx, ctx, claim) {
    const check = checkIdNumber(claim.idNumber);
    if (!check.ok) return null;
    const person = await personByIndex(tx, ctx.cipher.blindIndex(check.value));
    if (!person) return null;
    const hash = ctx.cipher.blindIndex(codeHashInput(person.id, claim.proof.trim()));
    if (!(await consumeCode(tx, person.id, hash, new Date()))) return null;
    return { idNumberIndex: person.idNumberIndex, personId: person.id, method: 'one_time_code' };
  },
};
