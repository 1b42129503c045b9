// 延期 (Art. 62): an ordinary case's period may be extended once, by at most 30 日, with the
// head's approval and written notice; a simplified case cannot be extended.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { extendDeadline } from '../../../platform/workflow/machine.js';
import type { ActionBody } from '../contract.js';
import { extensionNotice } from '../domain/templates.js';
import { caseDeadlines } from './deadlines.js';
import { runStep } from './run-step.js';

export function extendPeriod(ctx: RequestContext, caseId: string, body: ActionBody<'extend'>) {
  return runStep(ctx, caseId, {
    action: 'extend',
    version: body.version,
    note: body.note,
    check: (c) => {
      if (c.procedure === 'simplified')
        throw new AppError('RECONSIDERATION_EXTENSION_NOT_ALLOWED', {
          reason: '适用简易程序的案件不得延长审理期限',
        });
      if (c.extended)
        throw new AppError('RECONSIDERATION_EXTENSION_NOT_ALLOWED', {
          reason: '本案已延长过审理期限，延长以一次为限',
        });
    },
    patch: (_c, clock) => ({ extended: true, clock: extendDeadline(clock, 'decision', body.days) }),
    document: (facts, c) => {
      const decision = caseDeadlines(c, facts.date, 'zh-CN', 0).find((d) => d.key === 'decision');
      return {
        kind: 'extension',
        doc: extensionNotice(facts, body.days, body.reason, decision?.dueDate ?? null),
      };
    },
    notify: { subject: '延长审理期限', body: () => `经批准，本案审理期限延长 ${body.days} 日。` },
    details: { days: body.days, reason: body.reason },
    public: true,
  });
}
