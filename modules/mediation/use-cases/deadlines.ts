// The deadlines of a dispute, with the configured periods (domain/time-limits.ts).
import type { Locale } from '../../../platform/i18n/index.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import {
  deadlineViews,
  type ClockState,
  type DeadlineView,
} from '../../../platform/workflow/machine.js';
import { mediationCase } from '../domain/case-type.js';
import { periodsOf } from '../domain/time-limits.js';

const periods = periodsOf();

export function caseDeadlines(
  clock: ClockState,
  today: string,
  locale: Locale,
  warnDays: number,
): DeadlineView[] {
  return deadlineViews(mediationCase, clock, {
    calendar: chinaCalendar(),
    today,
    warnDays,
    locale,
    periods,
  });
}

/** The earliest last day among running deadlines: what the workbench sorts by. */
export function nextDueDate(clock: ClockState): string | null {
  const due = caseDeadlines(clock, '1970-01-01', 'zh-CN', 0)
    .filter((d) => d.metOn === null && d.dueDate !== null)
    .map((d) => d.dueDate!)
    .sort();
  return due[0] ?? null;
}
