import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';
import { chinaCalendar, type HolidayTable, WorkingCalendar } from './calendar.js';
import { addDays, dayOfWeek, isLegalDate, shanghaiDate } from './dates.js';
import {
  computeDeadline,
  type DeadlineInput,
  deadlineStatus,
  explainDeadline,
} from './deadline.js';

const calendar = chinaCalendar();
const due = (input: DeadlineInput) => computeDeadline(input, calendar).dueDate;

describe('the working-day calendar (domain rules §0)', () => {
  it.each([
    ['2025-01-01', false, '元旦'],
    ['2025-01-26', true, 'Sunday made a working day (春节调休)'],
    ['2025-01-28', false, '除夕 (new 2025 rules)'],
    ['2025-02-08', true, 'Saturday made a working day'],
    ['2025-10-08', false, '国庆/中秋 block'],
    ['2025-10-11', true, 'Saturday made a working day'],
    ['2025-10-12', false, 'ordinary Sunday'],
    ['2026-01-04', true, 'Sunday made a working day'],
    ['2026-02-23', false, '春节 2026'],
    ['2026-02-28', true, 'Saturday made a working day'],
    ['2026-09-20', true, 'Sunday made a working day'],
    ['2026-11-27', true, 'ordinary Friday'],
    ['2027-03-06', false, 'Saturday of an unpublished year'],
    ['2027-03-08', true, 'Monday of an unpublished year'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it('has 2024 to 2026 published, each list sorted, disjoint, make-up days on weekends', () => {
    for (const year of [2024, 2025, 2026]) expect(calendar.isPublished(year)).toBe(true);
    expect(calendar.isPublished(2027)).toBe(false);
    const table = JSON.parse(
      readFileSync(fromRoot('data/calendar/cn-holidays.json'), 'utf8'),
    ) as HolidayTable;
    for (const [year, { off, work }] of Object.entries(table.years)) {
      expect([...off].sort(), year).toEqual(off);
      expect([...work].sort(), year).toEqual(work);
      expect(
        off.filter((d) => work.includes(d)),
        year,
      ).toEqual([]);
      for (const d of [...off, ...work]) expect(isLegalDate(d) && d.startsWith(year), d).toBe(true);
      for (const d of work) expect([0, 6], d).toContain(dayOfWeek(d));
    }
  });

  it('2025 has 18 weekday rest days and 5 weekend working days, as its notice says', () => {
    // 元旦 1 + 春节 6 (01-28..02-04 less a weekend) + 清明 1 + 劳动节 3 + 端午 1 + 国庆/中秋 6.
    let weekdaysOff = 0;
    let weekendsWorked = 0;
    for (let d = '2025-01-01'; d <= '2025-12-31'; d = addDays(d, 1)) {
      const weekend = dayOfWeek(d) === 0 || dayOfWeek(d) === 6;
      if (!weekend && !calendar.isWorkingDay(d)) weekdaysOff++;
      if (weekend && calendar.isWorkingDay(d)) weekendsWorked++;
    }
    expect([weekdaysOff, weekendsWorked]).toEqual([18, 5]);
  });
});

describe('computeDeadline: fixtures of domain rules §0', () => {
  it.each([
    [
      'Fri 2025-01-24 + 5 工作日 = 2025-02-07',
      { start: '2025-01-24', period: { amount: 5, unit: 'workday' } },
      '2025-02-07',
    ],
    [
      '2025-09-26 + 7 工作日 = 2025-10-13',
      { start: '2025-09-26', period: { amount: 7, unit: 'workday' } },
      '2025-10-13',
    ],
    [
      '2025-08-02 + 60 日 = 10-01 (a holiday) -> 2025-10-09',
      { start: '2025-08-02', period: { amount: 60, unit: 'day' } },
      '2025-10-09',
    ],
  ] as const)('%s', (_name, input, expected) => {
    expect(due(input)).toBe(expected);
  });
});

describe('computeDeadline', () => {
  it.each([
    [
      'the start day is not counted',
      { start: '2026-03-02', period: { amount: 1, unit: 'day' } },
      '2026-03-03',
    ],
    [
      'a calendar-day period ending on a Saturday moves to Monday',
      { start: '2026-03-02', period: { amount: 5, unit: 'day' } },
      '2026-03-09',
    ],
    [
      'a calendar-day period ending on a make-up working Saturday stays',
      { start: '2026-02-18', period: { amount: 10, unit: 'day' } },
      '2026-02-28',
    ],
    [
      '5 工作日 from a Thursday skip the weekend',
      { start: '2026-03-05', period: { amount: 5, unit: 'workday' } },
      '2026-03-12',
    ],
    [
      '60 日 of reconsideration from acceptance',
      { start: '2026-01-05', period: { amount: 60, unit: 'day' } },
      '2026-03-06',
    ],
    [
      '15 工作日 of notarization over 春节 2026',
      { start: '2026-02-10', period: { amount: 15, unit: 'workday' } },
      '2026-03-09',
    ],
    [
      'a 30-day extension adds to the period',
      { start: '2026-01-05', period: { amount: 60, unit: 'day' }, extensionDays: 30 },
      '2026-04-07',
    ],
    [
      '12 days of suspension are added back',
      {
        start: '2026-01-05',
        period: { amount: 60, unit: 'day' },
        suspensions: [{ from: '2026-01-10', to: '2026-01-22', reason: '中止' }],
      },
      '2026-03-18',
    ],
    [
      'suspended working days do not count in a 工作日 period',
      {
        start: '2026-03-02',
        period: { amount: 5, unit: 'workday' },
        suspensions: [{ from: '2026-03-03', to: '2026-03-06', reason: '补正' }],
      },
      '2026-03-12',
    ],
    [
      'two suspensions both count',
      {
        start: '2026-03-02',
        period: { amount: 10, unit: 'day' },
        suspensions: [
          { from: '2026-03-03', to: '2026-03-05', reason: 'a' },
          { from: '2026-03-07', to: '2026-03-08', reason: 'b' },
        ],
      },
      '2026-03-16',
    ],
    [
      'zero days is the start day itself',
      { start: '2026-03-02', period: { amount: 0, unit: 'day' } },
      '2026-03-02',
    ],
  ] as const)('%s', (_name, input, expected) => {
    expect(due(input as DeadlineInput)).toBe(expected);
  });

  it('a stopped clock has no last day, only the days left', () => {
    const d = computeDeadline(
      {
        start: '2026-03-02',
        period: { amount: 10, unit: 'day' },
        suspensions: [{ from: '2026-03-05', to: null, reason: '中止' }],
      },
      calendar,
    );
    expect(d).toMatchObject({ dueDate: null, remaining: 7 });
  });

  it('flags a deadline in a year without a published holiday table', () => {
    const d = computeDeadline(
      { start: '2026-12-01', period: { amount: 60, unit: 'day' } },
      calendar,
    );
    expect(d.dueDate).toBe('2027-02-01'); // 2027-01-30 is a Saturday: weekends only
    expect(d.unpublishedYears).toEqual([2027]);
  });

  it('works with any table, e.g. one that adds a year', () => {
    const custom = new WorkingCalendar({
      years: { '2027': { source: 'test', off: ['2027-02-01'], work: [] } },
    });
    expect(
      computeDeadline({ start: '2026-12-01', period: { amount: 60, unit: 'day' } }, custom).dueDate,
    ).toBe('2027-02-02');
  });
});

describe('explainDeadline', () => {
  it('names the start, the period, the law and what was not counted', () => {
    const input: DeadlineInput = {
      start: '2025-08-02',
      period: { amount: 60, unit: 'day' },
      suspensions: [{ from: '2025-08-10', to: '2025-08-22', reason: '中止' }],
    };
    const deadline = computeDeadline(input, calendar);
    const text = explainDeadline(
      input,
      deadline,
      { law: '行政复议法', article: '第六十二条' },
      { 'zh-CN': '受理之日', en: 'acceptance' },
      'zh-CN',
    );
    expect(text).toBe(
      '自受理之日（2025-08-02）起60日，行政复议法第六十二条；中止/补正等 12 日不计入',
    );
    expect(deadline.dueDate).toBe('2025-10-13');
  });

  it('says when the last day moved off a rest day, and in English too', () => {
    const input: DeadlineInput = { start: '2025-08-02', period: { amount: 60, unit: 'day' } };
    const deadline = computeDeadline(input, calendar);
    const basis = { law: '行政复议法', article: '第六十二条' };
    const label = { 'zh-CN': '受理之日', en: 'acceptance' };
    expect(explainDeadline(input, deadline, basis, label, 'zh-CN')).toContain(
      '期满日 2025-10-01 为法定休假日，顺延至 2025-10-09',
    );
    expect(explainDeadline(input, deadline, basis, label, 'en')).toContain('moved to 2025-10-09');
  });
});

describe('deadlineStatus', () => {
  const deadline = computeDeadline(
    { start: '2026-03-02', period: { amount: 10, unit: 'day' } },
    calendar,
  ); // 2026-03-12
  it.each([
    ['2026-03-05', 3, 'normal'],
    ['2026-03-09', 3, 'due_soon'],
    ['2026-03-12', 3, 'due_soon'],
    ['2026-03-13', 3, 'overdue'],
  ] as const)('on %s with %i warning days: %s', (today, warn, status) => {
    expect(deadlineStatus(deadline, today, warn)).toBe(status);
  });

  it('is met once done and stopped while suspended', () => {
    expect(deadlineStatus(deadline, '2026-04-01', 3, '2026-03-20')).toBe('met');
    expect(deadlineStatus({ ...deadline, dueDate: null }, '2026-04-01', 3)).toBe('suspended');
  });
});

describe('shanghaiDate', () => {
  it('is the next day in Shanghai after 16:00 UTC', () => {
    expect(shanghaiDate(new Date('2026-11-27T15:59:00Z'))).toBe('2026-11-27');
    expect(shanghaiDate(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
  });
});
