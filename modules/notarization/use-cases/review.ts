// 审查 (Art. 28), 核实 (Art. 29) and 补充材料: the clock of Art. 30 stops while the office
// verifies or waits for materials. The review ends in a proposal to issue (approved by the
// head), a refusal on an Art. 31 ground, or termination.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBody } from '../contract.js';
import { REFUSAL_GROUNDS, type RefusalGround, TERMINATION_GROUNDS } from '../domain/grounds.js';
import { refusalDecision, supplementNotice } from '../domain/templates.js';
import { records } from '../db/queries.js';
import { runStep } from './run-step.js';

export function startVerification(
  ctx: RequestContext,
  id: string,
  body: ActionBody<'startVerification'>,
) {
  return runStep(ctx, id, {
    action: 'start_verification',
    public: true,
    version: body.version,
    note: body.note,
    assignedNotaryOnly: true,
    details: { items: body.items },
  });
}

export function finishVerification(
  ctx: RequestContext,
  id: string,
  body: ActionBody<'finishVerification'>,
) {
  return runStep(ctx, id, {
    action: 'finish_verification',
    public: true,
    version: body.version,
    note: body.note,
    assignedNotaryOnly: true,
    details: { result: body.result },
  });
}

export function requestSupplement(
  ctx: RequestContext,
  id: string,
  body: ActionBody<'requestSupplement'>,
) {
  return runStep(ctx, id, {
    action: 'request_supplement',
    public: true,
    version: body.version,
    note: body.note,
    assignedNotaryOnly: true,
    patch: () => ({ supplementItems: body.items }),
    document: (facts) => ({ kind: 'supplement_notice', doc: supplementNotice(facts, body.items) }),
    details: { items: body.items },
    notify: {
      subject: '公证申请请补充材料',
      body: (c) => `您的公证申请（${c.caseNumber}）需补充材料：${body.items.join('；')}。`,
    },
  });
}

export function supplyMaterials(ctx: RequestContext, id: string, body: ActionBody<'supply'>) {
  return runStep(ctx, id, {
    action: 'supply',
    public: true,
    version: body.version,
    note: body.note,
    patch: () => ({ supplementItems: [] }),
    write: async (tx, c) => {
      const ids = [];
      for (const file of body.materials)
        ids.push(
          (await records.storeUpload(tx, c.id, 'supplement', file, ctx.actor!.displayName)).id,
        );
      return { documentIds: ids };
    },
  });
}

export function proposeIssue(ctx: RequestContext, id: string, body: ActionBody<'proposeIssue'>) {
  return runStep(ctx, id, {
    action: 'propose_issue',
    version: body.version,
    note: body.note,
    assignedNotaryOnly: true,
    patch: () => ({ certifiedFacts: body.certifiedFacts }),
  });
}

export function returnProposal(
  ctx: RequestContext,
  id: string,
  body: ActionBody<'returnProposal'>,
) {
  return runStep(ctx, id, { action: 'return_proposal', version: body.version, note: body.note });
}

/** 不予办理公证: only on a ground of Art. 31, with reasons, in a written decision. */
export function refuseCase(ctx: RequestContext, id: string, body: ActionBody<'refuse'>) {
  if (!body.ground || !(body.ground in REFUSAL_GROUNDS))
    throw new AppError('NOTARIZATION_REFUSAL_GROUND_REQUIRED');
  const groundText = REFUSAL_GROUNDS[body.ground as RefusalGround];
  return runStep(ctx, id, {
    action: 'refuse',
    public: true,
    version: body.version,
    note: body.note,
    assignedNotaryOnly: true,
    patch: (_c, _clock, onDate) => ({
      outcome: {
        ground: body.ground!,
        groundText,
        reasons: body.reasons,
        decidedBy: ctx.actor!.displayName,
        decidedOn: onDate,
      },
    }),
    document: (facts) => ({
      kind: 'refusal',
      doc: refusalDecision(facts, groundText.replace(/的$/, ''), body.reasons),
    }),
    details: { ground: body.ground, reasons: body.reasons },
    notify: {
      subject: '公证申请不予办理',
      body: (c) => `您的公证申请（${c.caseNumber}）不予办理：${groundText}。`,
    },
  });
}

export function terminateCase(ctx: RequestContext, id: string, body: ActionBody<'terminate'>) {
  return runStep(ctx, id, {
    action: 'terminate',
    public: true,
    version: body.version,
    note: body.note,
    assignedNotaryOnly: true,
    patch: (_c, _clock, onDate) => ({
      outcome: {
        ground: body.ground,
        groundText: TERMINATION_GROUNDS[body.ground],
        reasons: body.reasons,
        decidedBy: ctx.actor!.displayName,
        decidedOn: onDate,
      },
    }),
    details: { ground: body.ground, reasons: body.reasons },
  });
}
