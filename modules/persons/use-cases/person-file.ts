// 个人档案: look a person up by ID number, open their file (their record and every module's
// matters inside the reader's region), and show the full ID number to those allowed. Each of
// these is a staff read with a purpose, logged in platform/access-log in its transaction.
import {
  logPersonRead,
  purposeLabel,
  type AccessKind,
  type ReadPurpose,
} from '../../../platform/access-log/index.js';
import { record } from '../../../platform/audit/index.js';
import { authorize, inScope, type Actor } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { checkIdNumber } from '../../../platform/identifiers/index.js';
import type { PersonMatter } from '../../../platform/module.js';
import type { LookupBody, PersonFile, PersonView } from '../contract.js';
import { PersonsPermissions as P } from '../domain/permissions.js';
import { personById, personByIndex, type PersonRow } from '../db/queries.js';
import { mattersInScope, mattersOf } from './matters.js';
import { matterView, personView } from './present.js';

/** The normalized ID number, or a 400 that says what is wrong with it (never echoing it). */
export function validIdNumber(input: string): string {
  const check = checkIdNumber(input);
  if (!check.ok) throw new AppError('ID_NUMBER_INVALID', { reason: check.reason });
  return check.value;
}

/**
 * A staff member sees a person when the person lives in their region or has a matter there;
 * otherwise the person does not exist for them. Returns the matters they may see.
 */
export async function visibleMatters(
  ctx: RequestContext,
  actor: Actor,
  person: PersonRow,
): Promise<PersonMatter[]> {
  const matters = mattersInScope(actor, await mattersOf(ctx.db, person.idNumberIndex));
  if (!inScope(actor, person.regionCode) && matters.length === 0)
    throw new AppError('PERSONS_NOT_FOUND');
  return matters;
}

async function logRead(
  ctx: RequestContext,
  person: PersonRow,
  purpose: ReadPurpose,
  kind: AccessKind,
  audit?: string,
): Promise<void> {
  await withTx(ctx.db, async (tx) => {
    await logPersonRead(tx, ctx, {
      idNumberIndex: person.idNumberIndex,
      module: 'persons',
      entityType: 'person',
      entityId: person.id,
      regionCode: person.regionCode,
      purpose,
      kind,
    });
    if (audit)
      await record(tx, auditContext(ctx), {
        action: audit,
        entityType: 'person',
        entityId: person.id,
        regionCode: person.regionCode,
        details: { purpose, idNumberMasked: person.idNumberMasked },
      });
  });
}

/** 按身份证号码查询: the person's record (masked), when registered and visible. */
export async function lookupPerson(ctx: RequestContext, body: LookupBody): Promise<PersonView> {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  const idNumber = validIdNumber(body.idNumber);
  const person = await personByIndex(ctx.db, ctx.cipher.blindIndex(idNumber));
  if (!person) throw new AppError('PERSONS_NOT_REGISTERED');
  if (!inScope(actor, person.regionCode)) await visibleMatters(ctx, actor, person);
  await logRead(ctx, person, body.purpose, 'lookup');
  return personView(ctx.db, person, ctx.locale);
}

async function visiblePerson(ctx: RequestContext, actor: Actor, personId: string) {
  const person = await personById(ctx.db, personId);
  if (!person) throw new AppError('PERSONS_NOT_FOUND');
  const matters = await visibleMatters(ctx, actor, person);
  return { person, matters };
}

/** 打开个人档案: the record and the matters of every module in the reader's region. */
export async function openPersonFile(
  ctx: RequestContext,
  personId: string,
  purpose: ReadPurpose,
): Promise<PersonFile> {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  const { person, matters } = await visiblePerson(ctx, actor, personId);
  await logRead(ctx, person, purpose, 'read');
  return {
    person: await personView(ctx.db, person, ctx.locale),
    matters: matters.map((m) => matterView(m, ctx.locale)),
    purpose,
    purposeLabel: purposeLabel(purpose, ctx.locale),
  };
}

/** 查看完整身份证号码: only with `persons:reveal`, on request, logged and audited. */
export async function revealIdNumber(
  ctx: RequestContext,
  personId: string,
  purpose: ReadPurpose,
): Promise<{ idNumber: string }> {
  const actor = requireActor(ctx);
  authorize(actor, P.reveal);
  const { person } = await visiblePerson(ctx, actor, personId);
  await logRead(ctx, person, purpose, 'reveal', 'persons.reveal_id_number');
  return { idNumber: ctx.cipher.decrypt(person.idNumberEncrypted) };
}

/** The person a step acts on, when the actor may see them (one-time codes). */
export async function visiblePersonRow(
  ctx: RequestContext,
  actor: Actor,
  personId: string,
): Promise<PersonRow> {
  return (await visiblePerson(ctx, actor, personId)).person;
}
