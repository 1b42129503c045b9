// The statute's silent steps, taken by the system when a period passes: an application not
// decided on within 5 working days is deemed accepted (Art. 30(3)); a correction not supplied
// within 10 working days is deemed abandoned (Art. 31).
import { and, inArray, lt } from 'drizzle-orm';
import { authorize } from '../../../platform/auth/permissions.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { ReconsiderationPermissions } from '../domain/permissions.js';
import { addDays, shanghaiDate } from '../../../platform/workflow/dates.js';
import { cases } from '../db/schema.js';
import { caseDeadlines } from './deadlines.js';
import { runStep } from './run-step.js';

export async function runTimers(
  ctx: RequestContext,
  today = shanghaiDate(),
): Promise<{ deemedAccepted: number; deemedAbandoned: number }> {
  const system = { ...ctx, actor: null };
  const due = await ctx.db
    .select()
    .from(cases)
    .where(
      and(inArray(cases.state, ['RECEIVED', 'AWAITING_CORRECTION']), lt(cases.nextDueDate, today)),
    );
  let deemedAccepted = 0;
  let deemedAbandoned = 0;
  for (const c of due) {
    const key = c.state === 'RECEIVED' ? 'acceptance' : 'correctionReply';
    const deadline = caseDeadlines(c, today, 'zh-CN', 0).find((d) => d.key === key);
    if (deadline?.status !== 'overdue') continue;
    if (c.state === 'RECEIVED') {
      await runStep(system, c.id, {
        action: 'deem_accepted',
        version: c.version,
        onDate: addDays(deadline.dueDate!, 1),
        details: { lastDay: deadline.dueDate },
        public: true,
        notify: {
          subject: '申请视为受理',
          body: () =>
            '受理审查期限届满未作决定，您的申请依法视为受理（行政复议法第三十条第三款）。',
        },
      });
      deemedAccepted += 1;
    } else {
      await runStep(system, c.id, {
        action: 'deem_abandoned',
        version: c.version,
        onDate: addDays(deadline.dueDate!, 1),
        details: { lastDay: deadline.dueDate },
        public: true,
      });
      deemedAbandoned += 1;
    }
  }
  return { deemedAccepted, deemedAbandoned };
}

/** The same, asked for by the head of the office (the server also runs it every hour). */
export function runTimersNow(ctx: RequestContext) {
  authorize(requireActor(ctx), ReconsiderationPermissions.approve);
  return runTimers(ctx);
}
