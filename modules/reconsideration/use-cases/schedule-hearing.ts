// 听证 (Art. 50–51): a panel of one presiding officer and at least two officers with a clerk,
// and written notice at least 5 working days before the hearing.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { computeDeadline } from '../../../platform/workflow/deadline.js';
import type { ActionBody } from '../contract.js';
import { hearingNotice } from '../domain/templates.js';
import { hearings } from '../db/schema.js';
import { runStep } from './run-step.js';

/** The earliest hearing date for a notice given on `noticeDate`: the 5th working day after it. */
export function earliestHearingDate(noticeDate: string): string {
  return computeDeadline(
    { start: noticeDate, period: { amount: 5, unit: 'workday' } },
    chinaCalendar(),
  ).dueDate!;
}

export function scheduleHearing(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'scheduleHearing'>,
) {
  const noticeDate = shanghaiDate();
  return runStep(ctx, caseId, {
    action: 'schedule_hearing',
    version: body.version,
    note: body.note,
    check: () => {
      const earliest = earliestHearingDate(noticeDate);
      if (body.hearingDate < earliest)
        throw new AppError('RECONSIDERATION_HEARING_NOTICE_TOO_SHORT', { earliest });
      if (body.officers.length < 2 || body.officers.includes(body.presiding))
        throw new AppError('RECONSIDERATION_HEARING_PANEL_INVALID');
    },
    write: async (tx, c) => {
      await tx.insert(hearings).values({
        caseId: c.id,
        hearingDate: body.hearingDate,
        location: body.location,
        presiding: body.presiding,
        officers: body.officers,
        clerk: body.clerk,
        noticeDate,
      });
    },
    document: (facts) => ({
      kind: 'hearing',
      doc: hearingNotice(facts, body.hearingDate, body.location, body.presiding),
    }),
    notify: {
      subject: '听证通知',
      body: () => `本案定于 ${body.hearingDate} 在${body.location}举行听证，请准时参加。`,
    },
    details: { hearingDate: body.hearingDate, location: body.location },
    public: true,
  });
}
