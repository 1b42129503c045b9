// 公证申请: the online application and the counter intake go through one function. It checks
// the ID numbers, appearance in person (公证法 Art. 26), jurisdiction (Art. 25), computes the fee
// (Art. 34) and lists the required materials still missing.
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { checkIdNumber, maskIdNumber, maskPhone } from '../../../platform/identifiers/index.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { emptyClock } from '../../../platform/workflow/machine.js';
import type { ApplicationBody, CounterBody, PersonInput } from '../contract.js';
import { STATES } from '../domain/case-type.js';
import { computeFee, MATTER_TYPES, missingMaterials } from '../domain/matters.js';
import { checkJurisdiction } from '../domain/offices.js';
import { NotarizationPermissions as P } from '../domain/permissions.js';
import { nextNumber, records } from '../db/queries.js';
import { cases, events, parties } from '../db/schema.js';
import { officeOf } from './office.js';
import { newTrackingCode, trackingCodeIndex } from '../../../platform/workflow/tracking-code.js';

interface Receipt {
  channel: 'online' | 'counter';
  receivedDate: string;
  appearedInPerson: boolean;
}

function checkedId(person: PersonInput, label: string): string {
  const check = checkIdNumber(person.idNumber);
  if (!check.ok)
    throw new AppError('ID_NUMBER_INVALID', {
      reason: `${label}“${person.name}”：${check.reason}`,
    });
  return check.value;
}

export async function createCase(ctx: RequestContext, input: ApplicationBody, receipt: Receipt) {
  const matter = MATTER_TYPES[input.matterType];
  const matterLabel = matter.label['zh-CN'];
  if (receipt.receivedDate > shanghaiDate())
    throw new AppError('VALIDATION_FAILED', [
      { in: 'body', path: 'receivedDate', message: '收到申请的日期不能晚于今天' },
    ]);
  if (matter.inPerson) {
    const willAppear =
      receipt.channel === 'online' ? input.willAppearInPerson : receipt.appearedInPerson;
    if (input.agent || !willAppear)
      throw new AppError('NOTARIZATION_IN_PERSON_REQUIRED', { matter: matterLabel });
  }
  const applicantIds = input.applicants.map((p) => checkedId(p, '申请人'));
  const agentId = input.agent ? checkedId(input.agent, '代理人') : null;
  const fee = computeFee(input.matterType, input.legalAid);
  const missing = missingMaterials(
    input.matterType,
    input.materials.map((m) => m.title),
  );

  const trackingCode = newTrackingCode(10);
  const result = await withTx(ctx.db, async (tx) => {
    const office = await officeOf(tx, input.officeCode);
    const jurisdiction = checkJurisdiction(
      office.regionCode,
      input.jurisdiction,
      'immovable' in matter && matter.immovable,
    );
    if (!jurisdiction.ok)
      throw new AppError('NOTARIZATION_NO_JURISDICTION', { reason: jurisdiction.reason });
    const year = Number(receipt.receivedDate.slice(0, 4));
    const n = await nextNumber(tx, `case-${office.organizationCode}-${year}`);
    const caseNumber = `(${year})${office.abbreviation}公受字第${n}号`;
    const [row] = await tx
      .insert(cases)
      .values({
        caseNumber,
        officeCode: office.organizationCode,
        regionCode: office.regionCode,
        organizationId: office.organizationId,
        matterType: input.matterType,
        state: 'APPLIED',
        channel: receipt.channel,
        appliedDate: receipt.receivedDate,
        purpose: input.purpose,
        useCountry: input.useCountry ?? null,
        jurisdiction: input.jurisdiction,
        jurisdictionGround: jurisdiction.ground,
        appearedInPerson: receipt.appearedInPerson,
        legalAid: input.legalAid,
        legalAidReference: input.legalAidReference ?? null,
        fee,
        trackingCodeIndex: trackingCodeIndex(ctx.cipher, 'notarization', trackingCode),
        clock: emptyClock(),
      })
      .returning();
    const c = row!;
    const people = [
      ...input.applicants.map((p, i) => ({ p, id: applicantIds[i]!, role: 'applicant' as const })),
      ...(input.agent ? [{ p: input.agent, id: agentId!, role: 'agent' as const }] : []),
    ];
    await tx.insert(parties).values(
      people.map(({ p, id, role }, position) => ({
        caseId: c.id,
        role,
        name: p.name,
        idNumberEncrypted: ctx.cipher.encrypt(id),
        idNumberIndex: ctx.cipher.blindIndex(id),
        idNumberMasked: maskIdNumber(id),
        phoneEncrypted: p.phone ? ctx.cipher.encrypt(p.phone) : null,
        phoneMasked: p.phone ? maskPhone(p.phone) : null,
        position,
      })),
    );
    const by = ctx.actor?.displayName ?? null;
    for (const file of input.materials) await records.storeUpload(tx, c.id, 'material', file, by);
    if (input.agent?.mandate)
      await records.storeUpload(tx, c.id, 'mandate', input.agent.mandate, by);
    const details = { channel: receipt.channel, matterType: input.matterType, missing };
    await tx.insert(events).values({
      caseId: c.id,
      onDate: receipt.receivedDate,
      action: receipt.channel === 'online' ? 'apply_online' : 'register',
      toState: 'APPLIED',
      actorId: ctx.actor?.userId ?? null,
      actorName: by,
      details,
      public: true,
    });
    await record(tx, auditContext(ctx), {
      action: 'notarization.apply',
      entityType: 'notarization_case',
      entityId: c.id,
      regionCode: c.regionCode,
      details: { caseNumber, ...details },
    });
    return c;
  });
  return {
    caseId: result.id,
    caseNumber: result.caseNumber,
    state: 'APPLIED',
    stateLabel: STATES.APPLIED.label[ctx.locale],
    fee,
    missingMaterials: missing,
    trackingCode,
  };
}

/** 网上申请: today, by the applicant. */
export function submitApplication(ctx: RequestContext, input: ApplicationBody) {
  return createCase(ctx, input, {
    channel: 'online',
    receivedDate: shanghaiDate(),
    appearedInPerson: false,
  });
}

/** 窗口受理登记 by a clerk, who records whether the applicant appeared in person. */
export function registerApplication(ctx: RequestContext, input: CounterBody) {
  authorize(requireActor(ctx), P.register);
  const { receivedDate, appearedInPerson, ...application } = input;
  return createCase(ctx, application, { channel: 'counter', receivedDate, appearedInPerson });
}
