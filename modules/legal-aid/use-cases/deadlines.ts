// The deadlines of a case: 7 日 to decide, 3 日 to assign (after the decision or a 公检法 notice),
// 5 日 for an objection, the applicant's period to supply material; units from the settings.
import type { Locale } from '../../../platform/i18n/index.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import {
  type ClockState,
  deadlineViews,
  type DeadlineView,
} from '../../../platform/workflow/machine.js';
import { legalAidCase } from '../domain/case-type.js';

export function caseDeadlines(
  clock: ClockState,
  today: string,
  locale: Locale,
  warnDays: number,
): DeadlineView[] {
  return deadlineViews(legalAidCase, clock, { calendar: chinaCalendar(), today, warnDays, locale });
}

/** The earliest last day among running deadlines: what the workbench sorts by. */
export function nextDueDate(clock: ClockState): string | null {
  const due = caseDeadlines(clock, '1970-01-01', 'zh-CN', 0)
    .filter((d) => d.metOn === null && d.dueDate !== null)
    .map((d) => d.dueDate!)
    .sort();
  return due[0] ?? null;
}

/** The running deadline that falls first, for lists and the tracking page. */
export function firstOpenDeadline(views: DeadlineView[]): DeadlineView | undefined {
  return views
    .filter((d) => d.metOn === null)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))[0];
}
