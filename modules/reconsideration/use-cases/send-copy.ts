// 发送申请书副本 (Art. 48/54): the respondent gets the copy and 10 (simplified: 5) working days to answer.
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBody } from '../contract.js';
import { answerRequest } from '../domain/templates.js';
import { runStep } from './run-step.js';

export function sendCopy(ctx: RequestContext, caseId: string, body: ActionBody<'sendCopy'>) {
  return runStep(ctx, caseId, {
    action: 'send_copy',
    version: body.version,
    note: body.note,
    onDate: body.sentDate,
    document: (facts, c) => ({
      kind: 'answer_request',
      doc: answerRequest(facts, c.procedure === 'simplified' ? 5 : 10),
    }),
    details: { sentDate: body.sentDate },
  });
}
