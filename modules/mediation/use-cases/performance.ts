// After the agreement: 回访 of its performance (Art. 31), and how the dispute ends — performed,
// taken to court by a party (Art. 32), or, after judicial confirmation, enforcement applied for.
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBodies } from '../contract.js';
import { followUps } from '../db/schema.js';
import { checkPastDate } from './mediation-steps.js';
import { runStep } from './run-step.js';

export async function followUp(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['followUp'],
) {
  await runStep(ctx, caseId, {
    action: 'follow_up',
    version: body.version,
    note: body.note,
    onDate: body.visitedOn,
    check: (c) => checkPastDate(body.visitedOn, '回访日期', c.settledDate ?? c.appliedDate),
    write: async (tx, c) => {
      await tx.insert(followUps).values({
        caseId: c.id,
        visitedOn: body.visitedOn,
        method: body.method,
        performance: body.performance,
        note: body.note ?? null,
        recordedBy: ctx.actor?.displayName ?? null,
      });
      return { method: body.method, performance: body.performance };
    },
  });
}

export async function recordPerformed(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['recordPerformed'],
) {
  await runStep(ctx, caseId, {
    action: 'record_performed',
    version: body.version,
    note: body.note,
    public: true,
  });
}

export async function recordLitigation(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['recordLitigation'],
) {
  await runStep(ctx, caseId, {
    action: 'record_litigation',
    version: body.version,
    note: body.note,
    details: { court: body.court ?? null },
    public: true,
  });
}

export async function recordEnforcement(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['recordEnforcement'],
) {
  await runStep(ctx, caseId, {
    action: 'record_enforcement',
    version: body.version,
    note: body.note,
    details: { court: body.court },
    public: true,
  });
}
