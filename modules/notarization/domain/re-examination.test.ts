// The window of a re-examination request (公证程序规则 Art. 61 [S]), with year periods ending on
// the corresponding day and moving past rest days.
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../../platform/workflow/calendar.js';
import { addYears, checkReExaminationWindow, lastDayAfterYears } from './re-examination.js';

// 2027-10-01 to 10-07 off (国庆), as a published table would have it.
const calendar = new WorkingCalendar({
  years: {
    '2027': {
      source: 'test',
      off: ['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'],
      work: [],
    },
  },
});

describe('year periods', () => {
  it.each([
    ['2026-03-10', 1, '2027-03-10'],
    ['2028-02-29', 1, '2029-02-28'],
    ['2028-02-29', 4, '2032-02-29'],
    ['2026-12-31', 20, '2046-12-31'],
  ])('%s + %i year(s) is %s', (start, years, end) => {
    expect(addYears(start, years)).toBe(end);
  });

  it('a last day on a rest day moves to the next working day', () => {
    expect(lastDayAfterYears('2026-10-01', 1, calendar)).toBe('2027-10-08');
    expect(lastDayAfterYears('2026-03-13', 1, calendar)).toBe('2027-03-15'); // a Saturday
  });
});

describe('the window', () => {
  const issueDate = '2026-03-10';
  it.each([
    ['a party on the last day', 'party', '2026-03-12', '2027-03-12', null],
    ['a party a day late', 'party', '2026-03-12', '2027-03-13', 'NOTARIZATION_RE_EXAMINATION_LATE'],
    [
      'an interested person who learnt of it 19 years later',
      'interested_person',
      '2045-05-01',
      '2045-06-01',
      null,
    ],
    [
      'an interested person past 20 years from issue',
      'interested_person',
      '2046-03-01',
      '2046-03-13',
      'NOTARIZATION_RE_EXAMINATION_LATE',
    ],
    [
      'knowing before the issue',
      'party',
      '2026-03-01',
      '2026-04-01',
      'NOTARIZATION_RE_EXAMINATION_DATES',
    ],
    [
      'asking before knowing',
      'party',
      '2026-04-01',
      '2026-03-20',
      'NOTARIZATION_RE_EXAMINATION_DATES',
    ],
  ] as const)('%s', (_name, requester, knownDate, requestDate, code) => {
    const result = checkReExaminationWindow(
      { requester, issueDate, knownDate, requestDate },
      calendar,
    );
    expect(result.ok ? null : result.code).toBe(code);
  });

  it('says which period ran out, and when', () => {
    const late = checkReExaminationWindow(
      { requester: 'party', issueDate, knownDate: '2026-03-12', requestDate: '2027-04-01' },
      calendar,
    );
    expect(!late.ok && late.reason).toBe(
      '当事人应自收到公证书之日（2026-03-12）起1年内提出，期限已于 2027-03-12 届满',
    );
    const capped = checkReExaminationWindow(
      {
        requester: 'interested_person',
        issueDate,
        knownDate: '2046-03-01',
        requestDate: '2046-03-13',
      },
      calendar,
    );
    expect(!capped.ok && capped.reason).toContain('最长不得超过20年，期限已于 2046-03-12 届满');
  });

  it('the periods are configuration', () => {
    const result = checkReExaminationWindow(
      { requester: 'party', issueDate, knownDate: '2026-03-12', requestDate: '2027-04-01' },
      calendar,
      { afterKnowingYears: 2, maxYearsAfterIssue: 20 },
    );
    expect(result).toEqual({ ok: true, lastDay: '2028-03-13' });
  });
});
