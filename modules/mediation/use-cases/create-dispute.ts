// 纠纷受理: a party's application on the public page, or a dispute the committee starts or a
// court / the police refer (人民调解法 Art. 17–18), registered by staff. Both check the parties'
// identifiers, route the dispute to the committee of the place, number it, start the 调结
// target and give a tracking code for the public page.
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { type Tx, withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import {
  checkCreditCode,
  checkIdNumber,
  maskIdNumber,
  maskPhone,
} from '../../../platform/identifiers/index.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { applyClock, emptyClock } from '../../../platform/workflow/machine.js';
import type { ApplicationBody, PartyInput, RegisterBody } from '../contract.js';
import { INITIAL_STATE, STATES } from '../domain/case-type.js';
import { PARTY_ROLES } from '../domain/outcomes.js';
import { MediationPermissions as P } from '../domain/permissions.js';
import { nextNumber, records } from '../db/queries.js';
import { cases, parties } from '../db/schema.js';
import { committeeForDispute } from './routing.js';
import { nextDueDate } from './deadlines.js';
import { newTrackingCode, trackingCodeIndex } from '../../../platform/workflow/tracking-code.js';

interface Receipt {
  channel: RegisterBody['channel'];
  receivedDate: string;
  referral: RegisterBody['referral'] | undefined;
}

function checkedParty(p: PartyInput) {
  const label = PARTY_ROLES[p.role]['zh-CN'];
  let idNumber: string | null = null;
  let creditCode: string | null = null;
  if (p.kind === 'person' && p.idNumber) {
    const check = checkIdNumber(p.idNumber);
    if (!check.ok)
      throw new AppError('ID_NUMBER_INVALID', { reason: `${label}“${p.name}”：${check.reason}` });
    idNumber = check.value;
  }
  if (p.kind === 'organization' && p.creditCode) {
    const check = checkCreditCode(p.creditCode);
    if (!check.ok)
      throw new AppError('CREDIT_CODE_INVALID', { reason: `${label}“${p.name}”：${check.reason}` });
    creditCode = check.value;
  }
  return { ...p, idNumber, creditCode };
}

async function insertParties(tx: Tx, ctx: RequestContext, caseId: string, input: PartyInput[]) {
  const checked = input.map(checkedParty);
  await tx.insert(parties).values(
    checked.map((p, position) => ({
      caseId,
      role: p.role,
      kind: p.kind,
      name: p.name,
      idNumberEncrypted: p.idNumber ? ctx.cipher.encrypt(p.idNumber) : null,
      idNumberIndex: p.idNumber ? ctx.cipher.blindIndex(p.idNumber) : null,
      idNumberMasked: p.idNumber ? maskIdNumber(p.idNumber) : null,
      creditCode: p.creditCode,
      phoneEncrypted: p.phone ? ctx.cipher.encrypt(p.phone) : null,
      phoneMasked: p.phone ? maskPhone(p.phone) : null,
      addressEncrypted: p.address ? ctx.cipher.encrypt(p.address) : null,
      position,
    })),
  );
}

async function createDispute(ctx: RequestContext, input: ApplicationBody, receipt: Receipt) {
  if (receipt.receivedDate > shanghaiDate())
    throw new AppError('VALIDATION_FAILED', [
      { in: 'body', path: 'receivedDate', message: '收到纠纷的日期不能晚于今天' },
    ]);
  if ((receipt.channel === 'court' || receipt.channel === 'police') && !receipt.referral)
    throw new AppError('MEDIATION_REFERRAL_REQUIRED');
  input.parties.forEach(checkedParty); // refuse bad identifiers before anything is written
  const trackingCode = newTrackingCode();
  const created = await withTx(ctx.db, async (tx) => {
    const committee = await committeeForDispute(tx, input);
    if (ctx.actor) authorize(ctx.actor, P.register, committee);
    const year = receipt.receivedDate.slice(0, 4);
    const n = await nextNumber(tx, `case-${committee.id}-${year}`);
    const caseNumber = `(${year})${committee.shortName}调字第${n}号`;
    const state = INITIAL_STATE[receipt.channel];
    const clock = applyClock(emptyClock(), { start: ['settle'] }, receipt.receivedDate);
    const [row] = await tx
      .insert(cases)
      .values({
        caseNumber,
        trackingCodeHash: trackingCodeIndex(ctx.cipher, 'mediation', trackingCode),
        channel: receipt.channel,
        referral: receipt.referral
          ? { body: receipt.referral.body, reference: receipt.referral.reference ?? null }
          : null,
        disputeType: input.disputeType,
        placeCode: input.placeCode,
        committeeId: committee.id,
        firstCommitteeId: committee.id,
        regionCode: committee.regionCode,
        state,
        appliedDate: receipt.receivedDate,
        facts: input.facts,
        claims: input.claims,
        amountYuan: input.amountYuan ?? null,
        clock,
        nextDueDate: nextDueDate(clock),
      })
      .returning();
    const c = row!;
    await insertParties(tx, ctx, c.id, input.parties);
    const details = {
      channel: receipt.channel,
      disputeType: input.disputeType,
      placeCode: input.placeCode,
      committee: committee.name,
    };
    await records.addEvent(tx, {
      caseId: c.id,
      onDate: receipt.receivedDate,
      action: receipt.channel === 'application' && !ctx.actor ? 'apply_online' : 'register',
      toState: state,
      actorId: ctx.actor?.userId ?? null,
      actorName: ctx.actor?.displayName ?? null,
      details,
      public: true,
    });
    await record(tx, auditContext(ctx), {
      action: 'mediation.register',
      entityType: 'mediation_case',
      entityId: c.id,
      regionCode: c.regionCode,
      details: { caseNumber, ...details },
    });
    return { c, committee };
  });
  return {
    caseId: created.c.id,
    caseNumber: created.c.caseNumber,
    trackingCode,
    committeeName: created.committee.name,
    state: created.c.state,
    stateLabel: STATES[created.c.state as keyof typeof STATES].label[ctx.locale],
  };
}

/** 申请调解 by a party on the public page: today, no login. */
export function submitApplication(ctx: RequestContext, input: ApplicationBody) {
  return createDispute(ctx, input, {
    channel: 'application',
    receivedDate: shanghaiDate(),
    referral: undefined,
  });
}

/** 纠纷登记 by staff: an application at the window, the committee's own, or a referral. */
export function registerDispute(ctx: RequestContext, input: RegisterBody) {
  authorize(requireActor(ctx), P.register);
  const { channel, receivedDate, referral, ...dispute } = input;
  return createDispute(ctx, dispute, { channel, receivedDate, referral });
}
