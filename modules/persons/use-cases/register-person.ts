// 建档: a person's record, keyed by their resident ID number (encrypted, with a blind index and
// a masked copy); the region is where they live, inside the registering officer's region.
import { eq } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize, inScope, type Actor } from '../../../platform/auth/permissions.js';
import type { Executor } from '../../../platform/db/index.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { maskIdNumber, maskPhone, sexOfIdNumber } from '../../../platform/identifiers/index.js';
import { divisions } from '../../../platform/regions/index.js';
import type { PersonView, RegisterBody } from '../contract.js';
import { PersonsPermissions as P } from '../domain/permissions.js';
import { insertPerson } from '../db/queries.js';
import { validIdNumber } from './person-file.js';
import { personView } from './present.js';

/** The region a record is filed under: given or the actor's, known and inside their scope. */
export async function fileRegion(
  db: Executor,
  actor: Actor,
  regionCode: string | undefined,
): Promise<string> {
  const code = regionCode ?? actor.regionCode;
  const [known] = await db
    .select({ code: divisions.code })
    .from(divisions)
    .where(eq(divisions.code, code));
  if (!known || !inScope(actor, code))
    throw new AppError('PERSONS_REGION_INVALID', { regionCode: code });
  return code;
}

export async function registerPerson(ctx: RequestContext, body: RegisterBody): Promise<PersonView> {
  const actor = requireActor(ctx);
  authorize(actor, P.register);
  const idNumber = validIdNumber(body.idNumber);
  const regionCode = await fileRegion(ctx.db, actor, body.regionCode);
  const row = await withTx(ctx.db, async (tx) => {
    const inserted = await insertPerson(tx, {
      idNumberEncrypted: ctx.cipher.encrypt(idNumber),
      idNumberIndex: ctx.cipher.blindIndex(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
      name: body.name,
      sex: sexOfIdNumber(idNumber),
      phoneEncrypted: body.phone ? ctx.cipher.encrypt(body.phone) : null,
      phoneMasked: body.phone ? maskPhone(body.phone) : null,
      regionCode,
      createdBy: actor.userId,
    });
    if (!inserted) throw new AppError('PERSONS_ALREADY_REGISTERED');
    await record(tx, auditContext(ctx), {
      action: 'persons.register',
      entityType: 'person',
      entityId: inserted.id,
      regionCode,
      details: { idNumberMasked: inserted.idNumberMasked },
    });
    return inserted;
  });
  return personView(ctx.db, row, ctx.locale);
}
