// 中止 / 恢复 (Art. 39): the clock stops on a statutory ground and runs again on resumption,
// each with a written notice.
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBody } from '../contract.js';
import { SUSPENSION_GROUNDS } from '../domain/outcomes.js';
import { resumptionNotice, suspensionNotice } from '../domain/templates.js';
import { runStep } from './run-step.js';

export function suspendCase(ctx: RequestContext, caseId: string, body: ActionBody<'suspend'>) {
  return runStep(ctx, caseId, {
    action: 'suspend',
    version: body.version,
    note: body.note,
    document: (facts) => ({ kind: 'suspension', doc: suspensionNotice(facts, body.ground) }),
    notify: {
      subject: '中止审理',
      body: () => `本案因${SUSPENSION_GROUNDS[body.ground]}中止审理，中止期间不计入审理期限。`,
    },
    details: { ground: body.ground, groundText: SUSPENSION_GROUNDS[body.ground] },
    public: true,
  });
}

export function resumeCase(ctx: RequestContext, caseId: string, body: ActionBody<'resume'>) {
  return runStep(ctx, caseId, {
    action: 'resume',
    version: body.version,
    note: body.note,
    document: (facts) => ({ kind: 'resumption', doc: resumptionNotice(facts) }),
    notify: { subject: '恢复审理', body: () => '本案中止的原因已消除，自即日起恢复审理。' },
    public: true,
  });
}
