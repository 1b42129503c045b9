// The deadlines of a case as the notary sees them: 15 工作日 to issue, 补充/核实 not counted.
import type { Locale } from '../../../platform/i18n/index.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import {
  deadlineViews,
  type ClockState,
  type DeadlineView,
} from '../../../platform/workflow/machine.js';
import { notarizationCase } from '../domain/case-type.js';

export function caseDeadlines(
  clock: ClockState,
  today: string,
  locale: Locale,
  warnDays: number,
): DeadlineView[] {
  return deadlineViews(notarizationCase, clock, {
    calendar: chinaCalendar(),
    today,
    warnDays,
    locale,
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
