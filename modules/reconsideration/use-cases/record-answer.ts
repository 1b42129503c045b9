// 被申请人答复: the written answer with its evidence arrives (Art. 48).
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBody } from '../contract.js';
import { runStep } from './run-step.js';
import { storeDocument } from './store-document.js';

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
        await storeDocument(tx, c.id, 'answer', a.title, a, ctx.actor?.displayName ?? null);
    },
    details: { receivedDate: body.receivedDate, summary: body.summary },
    public: true,
  });
}
