// The periods of a mediation (domain rules §0, §3). Those the statute fixes are [V]; the
// others are configuration ([S] from a secondary source, [U] unverified) and a district may
// change them here: the case type's defaults are replaced by MEDIATION_PERIODS.
import type { WorkingCalendar } from '../../../platform/workflow/calendar.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';
import { computeDeadline, type Period } from '../../../platform/workflow/deadline.js';

export type PeriodKey =
  'settle' | 'followUp' | 'confirmation' | 'courtAcceptance' | 'courtDecision';

export interface ConfiguredPeriod extends Period {
  /** How sure the rule is: [V] statute checked, [S] secondary source, [U] unverified. */
  evidence: 'V' | 'S' | 'U';
}

export const MEDIATION_PERIODS: Record<PeriodKey, ConfiguredPeriod> = {
  /** 一般在一个月内调结 (司法部令第75号 Art. 33) — a target, not a bar [S]. */
  settle: { amount: 30, unit: 'day', evidence: 'S' },
  /** 回访 after the agreement takes effect: the statute sets no period (Art. 31) [U]. */
  followUp: { amount: 30, unit: 'day', evidence: 'U' },
  /** 司法确认: both parties apply within 30 日 of the agreement taking effect (Art. 33) [V]. */
  confirmation: { amount: 30, unit: 'day', evidence: 'V' },
  /** The court decides on acceptance within 3 日 (司法确认若干规定 2011, Art. 4) [V]. */
  courtAcceptance: { amount: 3, unit: 'day', evidence: 'V' },
  /** …and on confirmation within 15 日 of acceptance, +10 with the president's leave (Art. 5) [V]. */
  courtDecision: { amount: 15, unit: 'day', evidence: 'V' },
};

/** The extension of the court's decision period (司法确认若干规定 Art. 5). */
export const COURT_DECISION_EXTENSION_DAYS = 10;

export const periodsOf = (config = MEDIATION_PERIODS): Record<string, Period> =>
  Object.fromEntries(
    Object.entries(config).map(([k, p]) => [k, { amount: p.amount, unit: p.unit }]),
  );

/** The last day to apply for judicial confirmation of an agreement effective on `effectiveOn`. */
export function confirmationLastDay(
  effectiveOn: LegalDate,
  calendar: WorkingCalendar,
  period: Period = MEDIATION_PERIODS.confirmation,
): LegalDate {
  return computeDeadline({ start: effectiveOn, period }, calendar).dueDate!;
}

/** Whether an application for judicial confirmation made on `appliedOn` is in time (Art. 33). */
export function confirmationInTime(
  effectiveOn: LegalDate,
  appliedOn: LegalDate,
  calendar: WorkingCalendar,
): { inTime: boolean; lastDay: LegalDate } {
  const lastDay = confirmationLastDay(effectiveOn, calendar);
  return { inTime: appliedOn >= effectiveOn && appliedOn <= lastDay, lastDay };
}

/**
 * The last day of a period of years: the same date in the last year, or the month's last day
 * when that date does not exist (民法典 Art. 203). Used for 3-year committee terms.
 */
export function addYears(date: LegalDate, years: number): LegalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
