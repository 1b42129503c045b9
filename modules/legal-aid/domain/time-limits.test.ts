// Every time limit of domain rules §2 (法律援助法 Art. 36, 39, 43, 49) as fixtures: the default
// calendar-day unit with the rest-day rule, the 工作日 variant of the 2012 rule, and whether
// the 一次性告知补充 period stops the decision clock — both configurable.
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import {
  applyClock,
  type CaseTypeDef,
  checkTransition,
  type ClockState,
  deadlineViews,
  emptyClock,
} from '../../../platform/workflow/machine.js';
import { buildCaseType, type CaseFacts, legalAidCase } from './case-type.js';
import { forwardDelay } from './forwarding.js';
import { DEFAULT_SETTINGS, type LegalAidSettings } from './settings.js';

type Step = [action: string, state: string, date: string];

/** Runs the steps from `initial` through the machine and returns the clock. */
function run(type: CaseTypeDef<CaseFacts>, initial: string, start: string[], steps: Step[]) {
  const first = steps[0]![2];
  let clock: ClockState = applyClock(emptyClock(), { start }, first);
  let state = initial;
  const subject: CaseFacts = {
    eligibility: null,
    eligibilityOverride: { passed: true, reason: 'test', by: 'test', on: first },
    objectionAgainst: 'refusal',
  };
  for (const [action, , date] of steps.slice(1)) {
    const t = checkTransition(type, state, action, null as never, subject);
    clock = applyClock(clock, t.clock, date);
    state = t.to;
  }
  return clock;
}

const due = (type: CaseTypeDef<CaseFacts>, clock: ClockState, key: string) =>
  deadlineViews(type, clock, {
    calendar: chinaCalendar(),
    today: '2026-01-01',
    warnDays: 0,
    locale: 'zh-CN',
  }).find((d) => d.key === key)!;

// The machine's transitions need an actor with the permission; the pure check below uses the
// table directly, so the transitions are looked up by action and state only.
const withSystem = (settings: LegalAidSettings): CaseTypeDef<CaseFacts> => {
  const type = buildCaseType(settings);
  return { ...type, transitions: type.transitions.map((t) => ({ ...t, permission: null })) };
};

describe('the statutory periods, in 日 by default (domain rules §2)', () => {
  const type = withSystem(DEFAULT_SETTINGS);
  it.each([
    // deadline, start, received/decided/noticed/objected on, due, basis
    ['decide', '2026-03-02', '2026-03-09', '第四十三条'], // Mon + 7 日 = Mon
    ['decide', '2025-09-26', '2025-10-09', '第四十三条'], // + 7 日 = 10-03, 国庆 → next working day
    ['assign', '2026-03-05', '2026-03-09', '第四十三条'], // Thu + 3 日 = Sun → Mon
    ['noticeAssign', '2026-03-06', '2026-03-09', '第三十六条'], // Fri + 3 日 = Mon
    ['objection', '2026-03-02', '2026-03-09', '第四十九条'], // Mon + 5 日 = Sat → Mon
    ['objection', '2026-04-28', '2026-05-06', '第四十九条'], // + 5 日 = 05-03, 劳动节 → 05-06
    ['supplement', '2026-03-02', '2026-03-17', '第四十三条第二款（期限为本中心设定[U]）'],
  ])('%s from %s is due on %s', (key, start, expected, article) => {
    const clock = applyClock(emptyClock(), { start: [key] }, start);
    const view = due(type, clock, key);
    expect(view.dueDate).toBe(expected);
    expect(view.basis).toEqual({ law: '法律援助法', article });
  });

  it('the assignment clock starts with the decision to grant and stops with the assignment', () => {
    const clock = run(
      type,
      'APPLIED',
      ['decide'],
      [
        ['apply', 'APPLIED', '2026-03-02'],
        ['grant', 'GRANTED', '2026-03-05'],
        ['assign', 'ASSIGNED', '2026-03-06'],
      ],
    );
    expect(due(type, clock, 'decide').metOn).toBe('2026-03-05');
    expect(due(type, clock, 'assign').dueDate).toBe('2026-03-09');
    expect(due(type, clock, 'assign').metOn).toBe('2026-03-06');
  });

  it('an objection is decided within 5 日 of its receipt', () => {
    const clock = run(
      type,
      'REFUSED',
      [],
      [
        ['refused', 'REFUSED', '2026-03-02'],
        ['file_objection', 'OBJECTION', '2026-03-10'],
      ],
    );
    expect(due(type, clock, 'objection').dueDate).toBe('2026-03-16'); // Tue + 5 = Sun → Mon
  });
});

describe('the 工作日 variant (the 2012 rule) is a setting', () => {
  const workdays: LegalAidSettings = {
    ...DEFAULT_SETTINGS,
    periods: { ...DEFAULT_SETTINGS.periods, decide: { amount: 7, unit: 'workday' } },
  };
  it('2025-09-26 + 7 工作日 = 2025-10-13 (the 09-28 make-up day counts, 国庆 does not)', () => {
    const type = withSystem(workdays);
    const clock = applyClock(emptyClock(), { start: ['decide'] }, '2025-09-26');
    expect(due(type, clock, 'decide').dueDate).toBe('2025-10-13');
  });
});

describe('补充 stops the decision clock only when configured (default: it does not)', () => {
  const steps: Step[] = [
    ['apply', 'APPLIED', '2026-03-02'],
    ['request_material', 'INCOMPLETE', '2026-03-03'],
    ['supply_material', 'APPLIED', '2026-03-06'],
  ];
  it('by default the decision is due 7 日 after receipt whatever the supplement took', () => {
    const type = withSystem(DEFAULT_SETTINGS);
    expect(due(type, run(type, 'APPLIED', ['decide'], steps), 'decide').dueDate).toBe('2026-03-09');
  });

  it('with the pause, the 3 days from the notice to the supply do not count', () => {
    const type = withSystem({ ...DEFAULT_SETTINGS, pauseOnIncomplete: true });
    const waiting = run(type, 'APPLIED', ['decide'], steps.slice(0, 2));
    expect(due(type, waiting, 'decide').status).toBe('suspended');
    expect(due(type, waiting, 'supplement').dueDate).toBe('2026-03-18');
    const clock = run(type, 'APPLIED', ['decide'], steps);
    expect(due(type, clock, 'decide').dueDate).toBe('2026-03-12');
    expect(due(type, clock, 'decide').explanation).toContain('不计入');
  });

  it('a refusal while material is missing lets the stopped clock run again', () => {
    const type = withSystem({ ...DEFAULT_SETTINGS, pauseOnIncomplete: true });
    const clock = run(
      type,
      'APPLIED',
      ['decide'],
      [...steps.slice(0, 2), ['refuse', 'REFUSED', '2026-03-05']],
    );
    expect(clock.suspensions.every((s) => s.to !== null)).toBe(true);
    expect(due(type, clock, 'decide').metOn).toBe('2026-03-05');
  });

  it('the installed case type uses the default settings', () => {
    expect(legalAidCase.deadlines.decide!.period).toEqual({ amount: 7, unit: 'day' });
    expect(
      legalAidCase.transitions.find((t) => t.action === 'request_material')!.clock!.suspend,
    ).toBe(undefined);
  });
});

describe('applications from detention are forwarded within 24 hours (Art. 39)', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    ['2026-03-02T08:00:00+08:00', '2026-03-03T07:30:00+08:00', 23.5, false],
    ['2026-03-02T08:00:00+08:00', '2026-03-03T08:00:00+08:00', 24, false],
    ['2026-03-02T08:00:00+08:00', '2026-03-03T08:06:00+08:00', 24.1, true],
    ['2026-03-02T22:00:00+08:00', '2026-03-05T10:00:00+08:00', 60, true],
  ])('requested %s, forwarded %s: %f hours, late %s', (requested, forwarded, hours, late) => {
    expect(forwardDelay(at(requested), at(forwarded), DEFAULT_SETTINGS.forwardHours)).toEqual({
      hours,
      late,
    });
  });
});
