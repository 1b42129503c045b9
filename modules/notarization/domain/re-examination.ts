// When a re-examination (复查) may still be asked for (公证程序规则 Art. 61 [S]): a party within
// one year of receiving the certificate; an interested person within one year of knowing (or when
// they should have known) of it; never later than twenty years after issue. The periods are
// configuration. Year periods end on the corresponding day (民法典 Art. 202: the month's last day
// when there is none) and move past a rest day (Art. 203), as every calendar period here does.
import type { WorkingCalendar } from '../../../platform/workflow/calendar.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';

export interface ReExaminationPeriods {
  /** Years from receipt (a party) or from knowing (an interested person). */
  afterKnowingYears: number;
  /** Years from issue, whatever the knowledge. */
  maxYearsAfterIssue: number;
}

export const RE_EXAMINATION_PERIODS: ReExaminationPeriods = {
  afterKnowingYears: 1,
  maxYearsAfterIssue: 20,
};

export const REQUESTER_KINDS = {
  party: { label: '当事人', known: '收到公证书之日' },
  interested_person: { label: '公证事项的利害关系人', known: '知道或者应当知道该项公证之日' },
} as const;
export type RequesterKind = keyof typeof REQUESTER_KINDS;
export const REQUESTER_KIND_CODES = Object.keys(REQUESTER_KINDS) as [
  RequesterKind,
  ...RequesterKind[],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The corresponding day `years` later; 02-29 becomes 02-28 in a common year (民法典 Art. 202). */
export function addYears(date: LegalDate, years: number): LegalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastOfMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${pad(m)}-${pad(Math.min(d, lastOfMonth))}`;
}

/** The last day of a period of `years` from `start`, moved past rest days. */
export function lastDayAfterYears(
  start: LegalDate,
  years: number,
  calendar: WorkingCalendar,
): LegalDate {
  return calendar.onOrAfterWorkingDay(addYears(start, years));
}

export interface ReExaminationRequest {
  requester: RequesterKind;
  issueDate: LegalDate;
  /** Receipt of the certificate (a party) or the day they knew of it (an interested person). */
  knownDate: LegalDate;
  /** The day the written request was received. */
  requestDate: LegalDate;
}

export type WindowResult =
  | { ok: true; lastDay: LegalDate }
  | {
      ok: false;
      code: 'NOTARIZATION_RE_EXAMINATION_DATES' | 'NOTARIZATION_RE_EXAMINATION_LATE';
      reason: string;
    };

export function checkReExaminationWindow(
  request: ReExaminationRequest,
  calendar: WorkingCalendar,
  periods: ReExaminationPeriods = RE_EXAMINATION_PERIODS,
): WindowResult {
  const { requester, issueDate, knownDate, requestDate } = request;
  const known = REQUESTER_KINDS[requester].known;
  if (knownDate < issueDate)
    return {
      ok: false,
      code: 'NOTARIZATION_RE_EXAMINATION_DATES',
      reason: `${known}（${knownDate}）不能早于公证书出具之日（${issueDate}）`,
    };
  if (requestDate < knownDate)
    return {
      ok: false,
      code: 'NOTARIZATION_RE_EXAMINATION_DATES',
      reason: `收到复查申请之日（${requestDate}）不能早于${known}（${knownDate}）`,
    };
  const byKnowing = lastDayAfterYears(knownDate, periods.afterKnowingYears, calendar);
  const byIssue = lastDayAfterYears(issueDate, periods.maxYearsAfterIssue, calendar);
  if (requestDate > byIssue)
    return {
      ok: false,
      code: 'NOTARIZATION_RE_EXAMINATION_LATE',
      reason: `自公证书出具之日（${issueDate}）起最长不得超过${periods.maxYearsAfterIssue}年，期限已于 ${byIssue} 届满`,
    };
  if (requestDate > byKnowing)
    return {
      ok: false,
      code: 'NOTARIZATION_RE_EXAMINATION_LATE',
      reason: `${REQUESTER_KINDS[requester].label}应自${known}（${knownDate}）起${periods.afterKnowingYears}年内提出，期限已于 ${byKnowing} 届满`,
    };
  return { ok: true, lastDay: byKnowing < byIssue ? byKnowing : byIssue };
}
