// 司法确认 (人民调解法 Art. 33; 民事诉讼法 Art. 205–206; 司法确认若干规定 2011): the parties apply
// to the court within 30 日 of the written agreement taking effect; the court — an outside actor
// whose acts the committee records — decides on acceptance within 3 日 and on confirmation
// within 15 日 (+10). Not confirmed, the parties may mediate again or go to court.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import { extendDeadline } from '../../../platform/workflow/machine.js';
import type { ActionBodies } from '../contract.js';
import type { Confirmation } from '../db/schema.js';
import { COURT_DECISION_EXTENSION_DAYS, confirmationInTime } from '../domain/time-limits.js';
import type { CaseRow } from '../db/queries.js';
import { checkPastDate } from './mediation-steps.js';
import { runStep } from './run-step.js';

const current = (c: CaseRow): Confirmation => c.confirmation!;

export async function applyConfirmation(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['applyConfirmation'],
) {
  await runStep(ctx, caseId, {
    action: 'apply_confirmation',
    version: body.version,
    note: body.note,
    onDate: body.appliedOn,
    check: (c) => {
      if (c.agreementKind !== 'written' || !c.settledDate)
        throw new AppError('MEDIATION_CONFIRMATION_ORAL');
      checkPastDate(body.appliedOn, '申请日期', c.settledDate);
      const window = confirmationInTime(c.settledDate, body.appliedOn, chinaCalendar());
      if (!window.inTime)
        throw new AppError('MEDIATION_CONFIRMATION_LATE', {
          effectiveOn: c.settledDate,
          lastDay: window.lastDay,
        });
    },
    patch: () => ({
      confirmation: {
        court: body.court,
        appliedOn: body.appliedOn,
        acceptedOn: null,
        extended: false,
        ruling: null,
        ruledOn: null,
        rulingNumber: null,
        reasons: null,
      },
    }),
    details: { court: body.court, appliedOn: body.appliedOn },
    public: true,
  });
}

export async function courtAccept(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['courtAccept'],
) {
  await runStep(ctx, caseId, {
    action: 'court_accept',
    version: body.version,
    note: body.note,
    onDate: body.acceptedOn,
    check: (c) => checkPastDate(body.acceptedOn, '受理日期', current(c).appliedOn),
    patch: (c) => ({ confirmation: { ...current(c), acceptedOn: body.acceptedOn } }),
    public: true,
  });
}

export async function courtDecline(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['courtDecline'],
) {
  await runStep(ctx, caseId, {
    action: 'court_decline',
    version: body.version,
    note: body.note,
    onDate: body.decidedOn,
    check: (c) => checkPastDate(body.decidedOn, '决定日期', current(c).appliedOn),
    patch: (c) => ({
      confirmation: {
        ...current(c),
        ruling: 'declined',
        ruledOn: body.decidedOn,
        reasons: body.reasons,
      },
    }),
    public: true,
  });
}

export async function courtExtend(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['courtExtend'],
) {
  await runStep(ctx, caseId, {
    action: 'court_extend',
    version: body.version,
    note: body.note,
    check: (c) => {
      if (current(c).extended) throw new AppError('MEDIATION_COURT_EXTENDED_ONCE');
    },
    patch: (c, clock) => ({
      clock: extendDeadline(clock, 'courtDecision', COURT_DECISION_EXTENSION_DAYS),
      confirmation: { ...current(c), extended: true },
    }),
    details: { days: COURT_DECISION_EXTENSION_DAYS },
  });
}

export async function courtRule(
  ctx: RequestContext,
  caseId: string,
  ruling: 'valid' | 'invalid',
  body: ActionBodies['courtConfirm'] | ActionBodies['courtReject'],
) {
  await runStep(ctx, caseId, {
    action: ruling === 'valid' ? 'court_confirm' : 'court_reject',
    version: body.version,
    note: body.note,
    onDate: body.ruledOn,
    check: (c) =>
      checkPastDate(body.ruledOn, '裁定日期', current(c).acceptedOn ?? current(c).appliedOn),
    patch: (c) => ({
      confirmation: {
        ...current(c),
        ruling,
        ruledOn: body.ruledOn,
        rulingNumber: body.rulingNumber ?? null,
        reasons: 'reasons' in body ? body.reasons : null,
      },
    }),
    details: { ruling, rulingNumber: body.rulingNumber ?? null },
    notify: {
      subject: ruling === 'valid' ? '司法确认有效' : '司法确认未获支持',
      body: (c) =>
        ruling === 'valid'
          ? `您的纠纷（${c.caseNumber}）调解协议经人民法院裁定确认有效。一方拒绝履行的，对方可以向人民法院申请强制执行（民事诉讼法第二百零六条）。`
          : `您的纠纷（${c.caseNumber}）调解协议未获人民法院确认。当事人可以通过人民调解方式变更原调解协议或者达成新的调解协议，也可以向人民法院提起诉讼（人民调解法第三十三条）。`,
    },
    public: true,
  });
}

export async function resumeMediation(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['resumeMediation'],
) {
  await runStep(ctx, caseId, {
    action: 'resume_mediation',
    version: body.version,
    note: body.note,
    // A new agreement will start its own clocks; the one not confirmed no longer counts.
    patch: () => ({ settledDate: null, agreementKind: null, subsidyYuan: null }),
    public: true,
  });
}
