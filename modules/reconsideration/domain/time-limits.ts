// Time to apply (行政复议法 Art. 20–21): 60 日 from knowing of the act, or from learning of the
// right to apply when the organ did not tell it, capped at 1 year from knowing of the act; and
// never later than 5 years (20 for real property) after the act. A late application is flagged
// with its computation for the clerk; it is not refused automatically (good cause may apply).
import type { WorkingCalendar } from '../../../platform/workflow/calendar.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';
import { computeDeadline } from '../../../platform/workflow/deadline.js';

export interface ApplicationDates {
  /** When the act was made (作出日期), if known. */
  actDate: LegalDate | null;
  /** When the applicant knew, or should have known, of the act. */
  knewDate: LegalDate;
  /** Whether the organ told the applicant of the right to apply and the period. */
  informedOfRight: boolean;
  /** When the applicant learned of the right to apply (only when not informed). */
  learnedOfRightDate: LegalDate | null;
  /** The day the application counts as made: receipt, or the postmark of a mailed one. */
  filedDate: LegalDate;
  realProperty: boolean;
  /** A longer period set by another law (Art. 20: longer statutory periods prevail). */
  statutoryPeriodDays?: number | null;
}

export interface TimeLimitCheck {
  late: boolean;
  lastDay: LegalDate;
  computation: string[];
}

/**
 * The last day of a period of years: the same date in the last year, or the month's last day
 * when that date does not exist (民法典 Art. 203: 到期月的对应日; 没有对应日的，月末日).
 */
export function addYears(date: LegalDate, years: number): LegalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export function checkApplicationTime(
  dates: ApplicationDates,
  calendar: WorkingCalendar,
): TimeLimitCheck {
  const computation: string[] = [];
  const periodDays = Math.max(60, dates.statutoryPeriodDays ?? 60);
  const from =
    !dates.informedOfRight && dates.learnedOfRightDate ? dates.learnedOfRightDate : dates.knewDate;
  const normal = computeDeadline(
    { start: from, period: { amount: periodDays, unit: 'day' } },
    calendar,
  ).dueDate!;
  let lastDay = normal;
  computation.push(
    from === dates.knewDate
      ? `自知道行政行为之日（${dates.knewDate}）起${periodDays}日，至 ${normal}（行政复议法第二十条第一款）`
      : `行政机关未告知申请权利和期限，自知道申请权利之日（${from}）起${periodDays}日，至 ${normal}（第二十条第二款）`,
  );
  if (!dates.informedOfRight) {
    const cap = addYears(dates.knewDate, 1);
    if (cap < lastDay) {
      lastDay = cap;
      computation.push(`但自知道行政行为之日起最长不超过一年，至 ${cap}（第二十条第二款）`);
    }
  }
  if (dates.actDate) {
    const years = dates.realProperty ? 20 : 5;
    const bar = addYears(dates.actDate, years);
    if (bar < lastDay) {
      lastDay = bar;
      computation.push(
        `自行政行为作出之日（${dates.actDate}）起${dates.realProperty ? '涉及不动产的' : ''}最长${years}年，至 ${bar}（第二十一条）`,
      );
    }
  }
  const late = dates.filedDate > lastDay;
  computation.push(
    late ? `申请日 ${dates.filedDate} 已超过申请期限` : `申请日 ${dates.filedDate} 在申请期限内`,
  );
  return { late, lastDay, computation };
}
