// 简易程序转普通程序 (Art. 55), approved by the head of the reconsideration office.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBody } from '../contract.js';
import { runStep } from './run-step.js';

export function switchToOrdinary(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'switchToOrdinary'>,
) {
  return runStep(ctx, caseId, {
    action: 'switch_to_ordinary',
    version: body.version,
    note: body.note,
    check: (c) => {
      if (c.procedure !== 'simplified')
        throw new AppError('BAD_REQUEST', { reason: '本案已适用普通程序' });
    },
    patch: () => ({ procedure: 'ordinary' as const }),
    details: { reason: body.reason },
    public: true,
  });
}
