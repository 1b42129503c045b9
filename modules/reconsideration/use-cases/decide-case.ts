// 复议决定 (Art. 61, 63–75): the handler drafts an outcome allowed in the case's state; the head
// approves it (or returns it); the decision takes effect on service.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { ActionBody } from '../contract.js';
import { STATES } from '../domain/case-type.js';
import { OUTCOMES, outcomesAllowed, type OutcomeType } from '../domain/outcomes.js';
import { decisionDocument } from '../domain/templates.js';
import type { DecisionRecord } from '../db/schema.js';
import { runStep } from './run-step.js';

export function draftDecision(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'draftDecision'>,
) {
  return runStep(ctx, caseId, {
    action: 'draft_decision',
    version: body.version,
    note: body.note,
    check: (c) => {
      const allowed = outcomesAllowed(c.state);
      if (!allowed.includes(body.type)) {
        throw new AppError('RECONSIDERATION_DECISION_TYPE_NOT_ALLOWED', {
          state: STATES[c.state as keyof typeof STATES]?.label[ctx.locale] ?? c.state,
          type: OUTCOMES[body.type].label[ctx.locale],
          allowed: allowed.map((t) => OUTCOMES[t].label[ctx.locale]).join('、') || '无',
        });
      }
    },
    patch: () => ({
      decision: {
        type: body.type,
        summary: body.summary,
        reasons: body.reasons,
        legalBasis: body.legalBasis,
        draftedBy: ctx.actor?.displayName ?? '',
        draftedAt: new Date().toISOString(),
        approvedBy: null,
        approvedAt: null,
        decisionDate: null,
        returnNote: null,
      } satisfies DecisionRecord,
    }),
    details: { type: body.type },
  });
}

export function returnDraft(ctx: RequestContext, caseId: string, body: ActionBody<'returnDraft'>) {
  return runStep(ctx, caseId, {
    action: 'return_draft',
    version: body.version,
    note: body.note,
    patch: (c) => (c.decision ? { decision: { ...c.decision, returnNote: body.note ?? '' } } : {}),
  });
}

export function approveDecision(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'approveDecision'>,
) {
  const today = shanghaiDate();
  return runStep(ctx, caseId, {
    action: 'approve_decision',
    version: body.version,
    note: body.note,
    patch: (c) => ({
      decision: {
        ...c.decision!,
        approvedBy: ctx.actor?.displayName ?? '',
        approvedAt: new Date().toISOString(),
        decisionDate: today,
      },
    }),
    document: (facts, c) => ({
      kind: 'decision',
      doc: decisionDocument(
        facts,
        c.decision!.type as OutcomeType,
        c.decision!.summary,
        c.decision!.reasons,
        c.decision!.legalBasis,
      ),
    }),
    details: { decisionDate: today },
  });
}

export function serveDecision(ctx: RequestContext, caseId: string, body: ActionBody<'serve'>) {
  return runStep(ctx, caseId, {
    action: 'serve',
    version: body.version,
    note: body.note,
    onDate: body.servedDate,
    patch: () => ({ servedDate: body.servedDate, serviceMethod: body.method }),
    notify: {
      subject: '复议决定已送达',
      body: (c) =>
        `本案已作出${OUTCOMES[c.decision!.type as OutcomeType].label['zh-CN']}决定并于 ${body.servedDate} 送达。如不服，可自收到决定书之日起 15 日内向人民法院提起行政诉讼。`,
    },
    details: { method: body.method, servedDate: body.servedDate },
    public: true,
  });
}
