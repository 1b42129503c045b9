// 复议申请: one function behind the online application and the clerk's registration of an
// application received in person, by mail (postmark date) or orally. Validates the parties'
// identifiers and mandates, flags a late application with its computation, and opens the
// 5-working-day acceptance review.
import { record } from '../../../platform/audit/index.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, type RequestContext } from '../../../platform/http/context.js';
import {
  checkCreditCode,
  checkIdNumber,
  maskIdNumber,
  maskPhone,
} from '../../../platform/identifiers/index.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { applyClock, emptyClock } from '../../../platform/workflow/machine.js';
import type { ApplicationBody, FileInput, PartyInput } from '../contract.js';
import { STATES } from '../domain/case-type.js';
import { checkApplicationTime } from '../domain/time-limits.js';
import { nextNumber, records } from '../db/queries.js';
import { cases, events, parties } from '../db/schema.js';
import { authorityOf } from './authority.js';
import { nextDueDate } from './deadlines.js';
import { notifyApplicants } from './notify-applicants.js';
import { newTrackingCode, trackingCodeIndex } from '../../../platform/workflow/tracking-code.js';

export interface Receipt {
  channel: 'online' | 'in_person' | 'mail' | 'oral';
  receivedDate: string;
  postmarkDate: string | null;
}

function checkParty(
  party: PartyInput,
  label: string,
): { idNumber: string | null; creditCode: string | null } {
  if (party.kind === 'person') {
    if (!party.idNumber) return { idNumber: null, creditCode: null };
    const check = checkIdNumber(party.idNumber);
    if (!check.ok)
      throw new AppError('ID_NUMBER_INVALID', {
        reason: `${label}“${party.name}”：${check.reason}`,
      });
    return { idNumber: check.value, creditCode: null };
  }
  if (!party.creditCode) return { idNumber: null, creditCode: null };
  const check = checkCreditCode(party.creditCode);
  if (!check.ok)
    throw new AppError('CREDIT_CODE_INVALID', {
      reason: `${label}“${party.name}”：${check.reason}`,
    });
  return { idNumber: null, creditCode: check.value };
}

export async function createCase(ctx: RequestContext, input: ApplicationBody, receipt: Receipt) {
  const today = shanghaiDate();
  for (const [field, value] of [
    ['知道行政行为的日期', input.knewDate],
    ['行政行为作出日期', input.actDate],
    ['收到申请的日期', receipt.receivedDate],
    ['邮戳日期', receipt.postmarkDate],
  ] as const) {
    if (value && value > today) throw new AppError('RECONSIDERATION_DATE_IN_FUTURE', { field });
  }
  if (input.actDate && input.knewDate < input.actDate) {
    throw new AppError('RECONSIDERATION_DATE_BEFORE_ACT', {
      knewDate: input.knewDate,
      actDate: input.actDate,
    });
  }
  if (receipt.channel === 'mail' && !receipt.postmarkDate)
    throw new AppError('RECONSIDERATION_POSTMARK_REQUIRED');
  const applicantIds = input.applicants.map((p) => checkParty(p, '申请人'));
  const thirdPartyIds = input.thirdParties.map((p) => checkParty(p, '第三人'));
  const perApplicant = new Map<number, number>();
  for (const agent of input.agents) {
    if (!agent.mandate) throw new AppError('RECONSIDERATION_MANDATE_MISSING', { name: agent.name });
    perApplicant.set(agent.forApplicant, (perApplicant.get(agent.forApplicant) ?? 0) + 1);
    if (agent.forApplicant >= input.applicants.length)
      throw new AppError('VALIDATION_FAILED', [
        { in: 'body', path: 'agents.forApplicant', message: '代理人所代理的申请人不存在' },
      ]);
  }
  if ([...perApplicant.values()].some((n) => n > 2))
    throw new AppError('RECONSIDERATION_TOO_MANY_AGENTS');
  const agentIds = input.agents.map((a) =>
    checkParty({ kind: 'person', name: a.name, idNumber: a.idNumber }, '代理人'),
  );

  const filedDate = receipt.postmarkDate ?? receipt.receivedDate;
  const timeLimit = checkApplicationTime(
    {
      actDate: input.actDate ?? null,
      knewDate: input.knewDate,
      informedOfRight: input.informedOfRight,
      learnedOfRightDate: input.learnedOfRightDate ?? null,
      filedDate,
      realProperty: input.realProperty,
    },
    chinaCalendar(),
  );
  const trackingCode = newTrackingCode();

  const result = await withTx(ctx.db, async (tx) => {
    const authority = await authorityOf(tx, input.authorityRegionCode);
    const year = Number(receipt.receivedDate.slice(0, 4));
    const n = await nextNumber(tx, `${authority.regionCode}-${year}`);
    const caseNumber = `${authority.numberPrefix}〔${year}〕${n}号`;
    const clock = applyClock(emptyClock(), { start: ['acceptance'] }, receipt.receivedDate);
    const [row] = await tx
      .insert(cases)
      .values({
        caseNumber,
        trackingCodeHash: trackingCodeIndex(ctx.cipher, 'reconsideration', trackingCode),
        state: 'RECEIVED',
        regionCode: authority.regionCode,
        organizationId: authority.organizationId,
        channel: receipt.channel,
        receivedDate: receipt.receivedDate,
        postmarkDate: receipt.postmarkDate,
        respondentName: input.respondentName,
        respondentCreditCode: input.respondentCreditCode ?? null,
        contestedAct: input.contestedAct,
        actDate: input.actDate ?? null,
        knewDate: input.knewDate,
        informedOfRight: input.informedOfRight,
        learnedOfRightDate: input.learnedOfRightDate ?? null,
        realProperty: input.realProperty,
        requests: input.requests,
        factsAndReasons: input.factsAndReasons,
        normativeDocumentReview: input.normativeDocumentReview ?? null,
        compensationClaim: input.compensationClaim ?? null,
        stopExecutionRequest: input.stopExecutionRequest,
        simplifiedFacts: input.simplifiedFacts,
        late: timeLimit.late,
        timeLimit: { lastDay: timeLimit.lastDay, computation: timeLimit.computation },
        clock,
        nextDueDate: nextDueDate({ clock, procedure: 'ordinary' }),
      })
      .returning();
    const caseRow = row!;
    const partyRow = (
      party: PartyInput,
      ids: { idNumber: string | null; creditCode: string | null },
      role: 'applicant' | 'third_party',
      position: number,
    ) => ({
      caseId: caseRow.id,
      role,
      kind: party.kind,
      name: party.name,
      idNumberEncrypted: ids.idNumber ? ctx.cipher.encrypt(ids.idNumber) : null,
      idNumberIndex: ids.idNumber ? ctx.cipher.blindIndex(ids.idNumber) : null,
      idNumberMasked: ids.idNumber ? maskIdNumber(ids.idNumber) : null,
      creditCode: ids.creditCode,
      legalRepresentative: party.legalRepresentative ?? null,
      phoneEncrypted: party.phone ? ctx.cipher.encrypt(party.phone) : null,
      phoneMasked: party.phone ? maskPhone(party.phone) : null,
      email: party.email ?? null,
      addressEncrypted: party.address ? ctx.cipher.encrypt(party.address) : null,
      position,
    });
    const applicantRows = await tx
      .insert(parties)
      .values(input.applicants.map((p, i) => partyRow(p, applicantIds[i]!, 'applicant', i)))
      .returning({ id: parties.id });
    if (input.thirdParties.length) {
      await tx
        .insert(parties)
        .values(
          input.thirdParties.map((p, i) => partyRow(p, thirdPartyIds[i]!, 'third_party', 100 + i)),
        );
    }
    for (const [i, agent] of input.agents.entries()) {
      const mandate = await records.storeUpload(
        tx,
        caseRow.id,
        'mandate',
        { ...(agent.mandate as FileInput), title: `授权委托书（${agent.name}）` },
        ctx.actor?.displayName ?? null,
      );
      await tx.insert(parties).values({
        ...partyRow(
          { kind: 'person', name: agent.name, idNumber: agent.idNumber, phone: agent.phone },
          agentIds[i]!,
          'applicant',
          200 + i,
        ),
        role: 'agent',
        representsPartyId: applicantRows[agent.forApplicant]!.id,
        mandateDocumentId: mandate.id,
      });
    }
    for (const attachment of input.attachments) {
      await records.storeUpload(
        tx,
        caseRow.id,
        'application',
        attachment,
        ctx.actor?.displayName ?? null,
      );
    }
    await tx.insert(events).values({
      caseId: caseRow.id,
      onDate: receipt.receivedDate,
      action: receipt.channel === 'online' ? 'apply_online' : 'register',
      toState: 'RECEIVED',
      actorId: ctx.actor?.userId ?? null,
      actorName: ctx.actor?.displayName ?? null,
      details: {
        channel: receipt.channel,
        postmarkDate: receipt.postmarkDate,
        late: timeLimit.late,
      },
      public: true,
    });
    await record(tx, auditContext(ctx), {
      action: 'reconsideration.apply',
      entityType: 'reconsideration_case',
      entityId: caseRow.id,
      regionCode: authority.regionCode,
      details: { caseNumber, channel: receipt.channel, late: timeLimit.late },
    });
    await notifyApplicants(
      tx,
      ctx.cipher,
      caseRow,
      '行政复议申请已收到',
      `您的行政复议申请已收到，案件编号 ${caseNumber}。可凭案件编号和查询码在“复议进度查询”页面查看办理情况。`,
    );
    return { caseRow, caseNumber };
  });
  return {
    caseId: result.caseRow.id,
    caseNumber: result.caseNumber,
    trackingCode,
    state: 'RECEIVED',
    stateLabel: STATES.RECEIVED.label[ctx.locale],
    late: timeLimit.late,
  };
}
