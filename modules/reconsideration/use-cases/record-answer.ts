// 被申请人答复: the written answer with its evidence arrives (Art. 48).
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBody } from '../contract.js';
import { runStep } from './run-step.js';
import { records } from '../db/queries.js';

export function recordAnswer(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'recordAnswer'>,
) {
  return runStep(ctx, caseId, {
    action: 'record_answer',
    version: body.version,
    note: body.note,
    onDate: body.receivedDate,
    write: async (tx, c) => {
      for (const a of body.attachments)
        await records.storeUpload(tx, c.id, 'answer', a, ctx.actor?.displayName ?? null);
    },
    details: { receivedDate: body.receivedDate, summary: body.summary },
    public: true,
  });
}
