// 受理审查 (Art. 30–31): accept (ordinary or simplified), reject with reasons, or ask once for
// every missing item (补正, clock stopped, 10 working days to reply).
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { ActionBody as Body } from '../contract.js';
import { isSimplifiedEligible, type SimplifiedFacts } from '../domain/procedure.js';
import { acceptanceNotice, correctionNotice, rejectionDecision } from '../domain/templates.js';
import { events } from '../db/schema.js';
import { caseDeadlines } from './deadlines.js';
import { runStep } from './run-step.js';

export function acceptCase(ctx: RequestContext, caseId: string, body: Body<'accept'>) {
  return runStep(ctx, caseId, {
    action: 'accept',
    version: body.version,
    note: body.note,
    check: (c) => {
      if (
        body.procedure === 'simplified' &&
        !isSimplifiedEligible(c.simplifiedFacts as unknown as SimplifiedFacts)
      ) {
        throw new AppError('RECONSIDERATION_SIMPLIFIED_NOT_ELIGIBLE');
      }
    },
    patch: () => ({ procedure: body.procedure }),
    document: (facts) => ({ kind: 'acceptance', doc: acceptanceNotice(facts, body.procedure) }),
    notify: {
      subject: '申请已受理',
      body: (c) =>
        `您的行政复议申请已于 ${shanghaiDate()} 受理，适用${c.procedure === 'simplified' ? '简易' : '普通'}程序。`,
    },
    details: { procedure: body.procedure },
    public: true,
  });
}

export function rejectCase(ctx: RequestContext, caseId: string, body: Body<'reject'>) {
  return runStep(ctx, caseId, {
    action: 'reject',
    version: body.version,
    note: body.note,
    document: (facts) => ({
      kind: 'rejection',
      doc: rejectionDecision(facts, body.reasons, body.competentBody),
    }),
    notify: {
      subject: '不予受理',
      body: () =>
        `经审查，您的行政复议申请不予受理。理由：${body.reasons}${body.competentBody ? `；请向${body.competentBody}提出` : ''}。`,
    },
    details: { reasons: body.reasons, competentBody: body.competentBody ?? null },
    public: true,
  });
}

export function requestCorrection(
  ctx: RequestContext,
  caseId: string,
  body: Body<'requestCorrection'>,
) {
  return runStep(ctx, caseId, {
    action: 'request_correction',
    version: body.version,
    note: body.note,
    check: async (c, tx) => {
      const earlier = await tx
        .select({ id: events.id })
        .from(events)
        .where(and(eq(events.caseId, c.id), eq(events.action, 'request_correction')));
      if (earlier.length > 0) throw new AppError('RECONSIDERATION_CORRECTION_ONCE');
      const review = caseDeadlines(c, shanghaiDate(), ctx.locale, 0).find(
        (d) => d.key === 'acceptance',
      );
      if (review?.status === 'overdue')
        throw new AppError('RECONSIDERATION_REVIEW_PERIOD_PASSED', { dueDate: review.dueDate });
    },
    document: (facts) => ({ kind: 'correction', doc: correctionNotice(facts, body.items) }),
    notify: {
      subject: '请补正申请材料',
      body: () => `请于收到通知之日起 10 个工作日内补正：${body.items.join('；')}。`,
    },
    details: { items: body.items },
    public: true,
  });
}
