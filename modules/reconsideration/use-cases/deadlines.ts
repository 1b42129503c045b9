// The deadlines of a case as the clerk sees them, with the procedure's periods.
import type { Locale } from '../../../platform/i18n/index.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import {
  deadlineViews,
  type ClockState,
  type DeadlineView,
} from '../../../platform/workflow/machine.js';
import { reconsiderationCase, SIMPLIFIED_PERIODS } from '../domain/case-type.js';

export function caseDeadlines(
  c: { clock: ClockState; procedure: 'ordinary' | 'simplified' },
  today: string,
  locale: Locale,
  warnDays: number,
): DeadlineView[] {
  return deadlineViews(reconsiderationCase, c.clock, {
    calendar: chinaCalendar(),
    today,
    warnDays,
    locale,
    ...(c.procedure === 'simplified' ? { periods: SIMPLIFIED_PERIODS } : {}),
  });
}

/** The earliest last day among running deadlines: what the workbench sorts by. */
export function nextDueDate(c: {
  clock: ClockState;
  procedure: 'ordinary' | 'simplified';
}): string | null {
  const due = caseDeadlines(c, '1970-01-01', 'zh-CN', 0)
    .filter((d) => d.metOn === null && d.dueDate !== null)
    .map((d) => d.dueDate!)
    .sort();
  return due[0] ?? null;
}
