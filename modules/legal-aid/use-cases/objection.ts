// Termination (法律援助法 Art. 48) and the objection to a refusal or a termination (Art. 49):
// the justice bureau that set up the centre decides within 5 日 — it maintains the decision
// (the person may then seek reconsideration or sue) or orders the centre to correct it: to grant
// legal aid, or to resume it.
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBody } from '../contract.js';
import { TERMINATION_GROUNDS } from '../domain/grounds.js';
import { objectionDecision, terminationDecision } from '../domain/templates.js';
import { runStep, visibleCase } from './run-step.js';

export function terminate(ctx: RequestContext, caseId: string, body: ActionBody<'terminate'>) {
  const groundText = TERMINATION_GROUNDS[body.ground]['zh-CN'];
  return runStep(ctx, caseId, {
    action: 'terminate',
    version: body.version,
    note: body.note,
    patch: (_c, _clock, onDate) => ({
      termination: { ground: body.ground, groundText, reasons: body.reasons, decidedOn: onDate },
    }),
    document: (facts) => ({
      kind: 'termination_decision',
      doc: terminationDecision(facts, groundText, body.reasons),
    }),
    notify: {
      subject: '终止法律援助',
      body: (c) =>
        `您的法律援助案件（${c.caseNumber}）因${groundText}，决定终止法律援助。如有异议，可以向设立法律援助机构的司法行政部门提出（法律援助法第四十九条）。`,
    },
    details: { ground: body.ground, reasons: body.reasons },
    public: true,
  });
}

export function fileObjection(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'fileObjection'>,
) {
  return runStep(ctx, caseId, {
    action: 'file_objection',
    version: body.version,
    note: body.note,
    ...(body.filedOn ? { onDate: body.filedOn } : {}),
    patch: (c, _clock, onDate) => {
      const against = c.state === 'REFUSED' ? 'refusal' : 'termination';
      return {
        objectionAgainst: against,
        objection: {
          against,
          reasons: body.reasons,
          filedOn: onDate,
          outcome: null,
          decisionReasons: null,
          decidedOn: null,
        },
      };
    },
    details: { reasons: body.reasons },
    public: true,
  });
}

export async function decideObjection(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'decideObjection'>,
) {
  const against = (await visibleCase(ctx, caseId)).objectionAgainst;
  const maintained = body.outcome === 'maintain';
  const action = maintained
    ? 'maintain_decision'
    : against === 'termination'
      ? 'order_resume'
      : 'order_grant';
  return runStep(ctx, caseId, {
    action,
    version: body.version,
    note: body.note,
    patch: (c, _clock, onDate) => ({
      objection: c.objection
        ? {
            ...c.objection,
            outcome: maintained ? 'maintained' : 'corrected',
            decisionReasons: body.reasons,
            decidedOn: onDate,
          }
        : null,
      ...(maintained || against === 'termination' ? {} : { decision: null }),
    }),
    document: (facts) => ({
      kind: 'objection_decision',
      doc: objectionDecision(facts, maintained, body.reasons),
    }),
    notify: {
      subject: '法律援助异议处理结果',
      body: (c) =>
        maintained
          ? `您对法律援助案件（${c.caseNumber}）提出的异议经审查不成立，维持原决定。不服的，可以依法申请行政复议或者提起行政诉讼。`
          : `您对法律援助案件（${c.caseNumber}）提出的异议经审查成立，已责令法律援助机构改正。`,
    },
    details: { outcome: body.outcome, reasons: body.reasons },
    public: true,
  });
}
