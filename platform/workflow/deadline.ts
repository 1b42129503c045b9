// Statutory deadlines (domain rules §0): the start day is not counted; periods run in calendar
// days (日) or working days (工作日); only running time counts (补正, 中止, 鉴定 … suspend the
// clock); a calendar-day period ending on a rest day moves to the next working day.
import type { Locale, Localized } from '../i18n/index.js';
import { type WorkingCalendar } from './calendar.js';
import { addDays, daysBetween, type LegalDate } from './dates.js';

export type PeriodUnit = 'day' | 'workday';

export interface Period {
  amount: number;
  unit: PeriodUnit;
}

export interface LegalBasis {
  /** Short name of the law, e.g. 行政复议法. */
  law: string;
  /** Article in the law's own numbering, e.g. 第六十二条. */
  article: string;
}

/**
 * A stretch when the clock did not run: from the day it stopped to the day it resumed
 * (`to` null while it is still stopped). The days after `from` up to and including `to` do not count.
 */
export interface Suspension {
  from: LegalDate;
  to: LegalDate | null;
  reason: string;
  /** The deadlines this stop holds (those running when it began); all when absent. */
  affects?: string[];
}

export interface DeadlineInput {
  /** The day of the event that starts the period (not counted). */
  start: LegalDate;
  period: Period;
  suspensions?: Suspension[];
  /** Calendar days added by an approved extension (延期). */
  extensionDays?: number;
}

export interface Deadline {
  /** The last day, or null while the clock is stopped. */
  dueDate: LegalDate | null;
  /** Days of the period still to run when the clock stopped (only while stopped). */
  remaining: number | null;
  /** Days that fell in suspensions and did not count (calendar days, or working days for 工作日 periods). */
  suspendedDays: number;
  /** The computed last day when it fell on a rest day and moved. */
  movedFrom: LegalDate | null;
  /** Years on the way without a published holiday table: computed with weekends only. */
  unpublishedYears: number[];
}

const inSuspension = (day: LegalDate, s: Suspension) =>
  day > s.from && (s.to === null || day <= s.to);

export function computeDeadline(input: DeadlineInput, calendar: WorkingCalendar): Deadline {
  const { start, period } = input;
  if (!Number.isInteger(period.amount) || period.amount < 0)
    throw new Error('period amount must be a whole number ≥ 0');
  const amount = period.amount + (input.extensionDays ?? 0);
  const suspensions = input.suspensions ?? [];
  let counted = 0;
  let suspendedDays = 0;
  let day = start;
  while (counted < amount) {
    day = addDays(day, 1);
    const working = calendar.isWorkingDay(day);
    const suspension = suspensions.find((s) => inSuspension(day, s));
    if (suspension) {
      if (suspension.to === null) {
        return {
          dueDate: null,
          remaining: amount - counted,
          suspendedDays,
          movedFrom: null,
          unpublishedYears: calendar.unpublishedYears(start, day),
        };
      }
      if (period.unit === 'day' || working) suspendedDays += 1;
      continue;
    }
    if (period.unit === 'workday' && !working) continue;
    counted += 1;
  }
  let dueDate = day;
  let movedFrom: LegalDate | null = null;
  if (period.unit === 'day' && !calendar.isWorkingDay(dueDate)) {
    movedFrom = dueDate;
    dueDate = calendar.onOrAfterWorkingDay(dueDate);
  }
  return {
    dueDate,
    remaining: null,
    suspendedDays,
    movedFrom,
    unpublishedYears: calendar.unpublishedYears(start, dueDate),
  };
}

export type DeadlineStatus = 'normal' | 'due_soon' | 'overdue' | 'suspended' | 'met';

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, Localized> = {
  normal: { 'zh-CN': '正常', en: 'On track' },
  due_soon: { 'zh-CN': '即将到期', en: 'Due soon' },
  overdue: { 'zh-CN': '已超期', en: 'Overdue' },
  suspended: { 'zh-CN': '已暂停', en: 'Clock stopped' },
  met: { 'zh-CN': '已完成', en: 'Met' },
};

/**
 * The status of a deadline on `today`: met once done (even late: lateness shows in `overdue`
 * reports from the done date), stopped while suspended, overdue after the last day, due soon
 * within `warnDays` days of it.
 */
export function deadlineStatus(
  deadline: Deadline,
  today: LegalDate,
  warnDays: number,
  doneOn?: LegalDate | null,
): DeadlineStatus {
  if (doneOn) return 'met';
  if (deadline.dueDate === null) return 'suspended';
  const left = daysBetween(today, deadline.dueDate);
  if (left < 0) return 'overdue';
  return left <= warnDays ? 'due_soon' : 'normal';
}

const UNIT: Record<Locale, Record<PeriodUnit, string>> = {
  'zh-CN': { day: '日', workday: '个工作日' },
  en: { day: ' days', workday: ' working days' },
};

/** How the deadline was computed, in words a clerk can check: 自受理之日起60日，行政复议法第六十二条；… */
export function explainDeadline(
  input: DeadlineInput,
  deadline: Deadline,
  basis: LegalBasis,
  startLabel: Localized,
  locale: Locale,
): string {
  const zh = locale === 'zh-CN';
  const parts: string[] = [];
  const { amount, unit } = input.period;
  parts.push(
    zh
      ? `自${startLabel[locale]}（${input.start}）起${amount}${UNIT[locale][unit]}，${basis.law}${basis.article}`
      : `${amount}${UNIT[locale][unit]} from ${startLabel[locale]} (${input.start}), ${basis.law} ${basis.article}`,
  );
  if (input.extensionDays)
    parts.push(zh ? `延长 ${input.extensionDays} 日` : `extended by ${input.extensionDays} days`);
  if (deadline.suspendedDays > 0) {
    const u = unit === 'workday' ? (zh ? '个工作日' : ' working days') : zh ? ' 日' : ' days';
    parts.push(
      zh
        ? `中止/补正等 ${deadline.suspendedDays}${u}不计入`
        : `${deadline.suspendedDays}${u} of suspension not counted`,
    );
  }
  if (deadline.dueDate === null) {
    parts.push(
      zh
        ? `期限暂停计算，尚余 ${deadline.remaining}${UNIT[locale][unit]}`
        : `clock stopped with ${deadline.remaining}${UNIT[locale][unit]} left`,
    );
  }
  if (deadline.movedFrom) {
    parts.push(
      zh
        ? `期满日 ${deadline.movedFrom} 为法定休假日，顺延至 ${deadline.dueDate}`
        : `the last day ${deadline.movedFrom} is a rest day, moved to ${deadline.dueDate}`,
    );
  }
  if (deadline.unpublishedYears.length > 0) {
    const years = deadline.unpublishedYears.join('、');
    parts.push(
      zh
        ? `${years} 年节假日安排尚未公布，暂按周末计算，请复核`
        : `holiday calendar for ${years} not yet published: weekends only, please re-check`,
    );
  }
  return parts.join(zh ? '；' : '; ');
}
