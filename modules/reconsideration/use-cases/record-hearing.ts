// 听证笔录: the record of the latest scheduled hearing.
import { desc, eq } from 'drizzle-orm';
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBody } from '../contract.js';
import { hearings } from '../db/schema.js';
import { runStep } from './run-step.js';

export function recordHearing(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'recordHearing'>,
) {
  return runStep(ctx, caseId, {
    action: 'record_hearing',
    version: body.version,
    note: body.note,
    write: async (tx, c) => {
      const [latest] = await tx
        .select()
        .from(hearings)
        .where(eq(hearings.caseId, c.id))
        .orderBy(desc(hearings.hearingDate))
        .limit(1);
      if (!latest) throw new AppError('BAD_REQUEST', { reason: '本案尚未安排听证' });
      await tx
        .update(hearings)
        .set({ record: body.record, applicantAbsent: body.applicantAbsent })
        .where(eq(hearings.id, latest.id));
    },
    details: { applicantAbsent: body.applicantAbsent },
  });
}
