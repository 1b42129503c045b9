// The pure rules of people's mediation, table by table: the deadline fixtures of domain rules §3
// (with §0's calendar-day rules), the committee rules of Art. 8–9, routing by region, the
// 以案定补 rates, the statistics, and which steps the state machine allows.
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import { availableActions, type ClockState } from '../../../platform/workflow/machine.js';
import { caseDeadlines } from '../use-cases/deadlines.js';
import { mediationCase, STATES, TERMINAL_STATES } from './case-type.js';
import { checkCommittee, complianceOf, levelFitsRegion, type MemberPost } from './committees.js';
import { subsidyFor } from './dispute-types.js';
import { higherCommittee, routeDispute, type RoutableCommittee } from './routing.js';
import { figuresOf, groupFigures, type CountRow } from './statistics.js';
import { addYears, confirmationInTime } from './time-limits.js';

const calendar = chinaCalendar();
const clockWith = (key: string, start: string, extensionDays = 0): ClockState => ({
  deadlines: { [key]: { start, metOn: null, extensionDays } },
  suspensions: [],
});
const dueOf = (key: string, start: string, extensionDays = 0) =>
  caseDeadlines(clockWith(key, start, extensionDays), start, 'zh-CN', 3)[0]!;

describe('deadlines of a mediation (domain rules §3, counted as §0 says)', () => {
  it.each([
    // key, start, due, why
    ['confirmation', '2026-03-02', '2026-04-01', '30 日 of the agreement taking effect (Art. 33)'],
    ['confirmation', '2025-09-01', '2025-10-09', 'day 30 is 国庆 10-01: moves past the holiday'],
    [
      'confirmation',
      '2025-12-02',
      '2026-01-04',
      'day 30 is 元旦; 01-04 is a make-up working Sunday',
    ],
    ['courtAcceptance', '2026-03-06', '2026-03-09', 'the court accepts within 3 日 (规定 Art. 4)'],
    ['courtAcceptance', '2026-09-29', '2026-10-08', 'day 3 is in the 国庆 holidays'],
    ['courtAcceptance', '2026-04-01', '2026-04-07', 'day 3 is 清明 weekend 04-04'],
    ['courtDecision', '2026-03-09', '2026-03-24', 'the court decides within 15 日 (规定 Art. 5)'],
    ['courtDecision', '2026-02-05', '2026-02-24', 'day 15 is in 春节 2026'],
    [
      'settle',
      '2026-01-15',
      '2026-02-14',
      '一般一个月内调结 [S]; 02-14 is a make-up working Saturday',
    ],
    ['followUp', '2026-03-02', '2026-04-01', '回访 within 30 日 of effect [U, configurable]'],
  ])('%s from %s is due %s (%s)', (key, start, due) => {
    const view = dueOf(key, start);
    expect(view.dueDate).toBe(due);
    expect(view.explanation).toContain(start);
  });

  it('the court may extend its decision period once by 10 日 (规定 Art. 5)', () => {
    expect(dueOf('courtDecision', '2026-03-09', 10).dueDate).toBe('2026-04-03');
    expect(dueOf('courtDecision', '2026-02-05', 10).dueDate).toBe('2026-03-02');
  });

  it('explains a moved last day with the law', () => {
    const view = dueOf('confirmation', '2025-09-01');
    expect(view.explanation).toContain('人民调解法第三十三条');
    expect(view.explanation).toContain('顺延至 2025-10-09');
  });

  it.each([
    ['2026-03-02', '2026-03-02', true, 'the day it takes effect'],
    ['2026-03-02', '2026-04-01', true, 'the 30th day'],
    ['2026-03-02', '2026-04-02', false, 'the 31st day'],
    ['2025-09-01', '2025-10-09', true, 'the moved last day'],
    ['2025-09-01', '2025-10-10', false, 'the day after the moved last day'],
    ['2026-03-02', '2026-03-01', false, 'before the agreement took effect'],
  ])(
    'an application for confirmation of an agreement of %s made on %s is in time: %s (%s)',
    (effective, applied, inTime) => {
      expect(confirmationInTime(effective, applied, calendar).inTime).toBe(inTime);
    },
  );
});

const members = (spec: string) =>
  [...spec].map((s, i) => ({
    sex: s === 'F' ? ('female' as const) : ('male' as const),
    post: (i === 0 ? 'chair' : 'member') as MemberPost,
  }));

describe('committee rules (人民调解法 Art. 8–9)', () => {
  const term = { termStart: '2024-01-01', termEnd: '2026-12-31' };
  it.each([
    ['3 members with a woman', 'MFM', [], 'ok'],
    ['9 members with a woman', 'MMMMFMMMM', [], 'ok'],
    ['2 members', 'MF', ['too_few_members'], 'violation'],
    ['10 members', 'MMMMMMMMMF', ['too_many_members'], 'violation'],
    ['no woman', 'MMMM', ['no_woman_member'], 'violation'],
    ['no one', '', ['too_few_members', 'no_woman_member', 'no_chair'], 'violation'],
  ])('%s: %j (%s)', (_name, spec, codes, compliance) => {
    const findings = checkCommittee({ members: members(spec), ...term }, '2026-03-02');
    expect(findings.map((f) => f.code)).toEqual(codes);
    expect(complianceOf(findings)).toBe(compliance);
  });

  it.each([
    ['2024-01-01', '2026-12-31', '2026-03-02', []],
    ['2024-01-01', '2027-01-02', '2026-03-02', ['term_too_long']],
    ['2023-01-01', '2025-12-31', '2026-03-02', ['term_expired']],
    ['2024-01-01', '2026-12-31', '2026-10-15', ['term_ends_soon']],
  ])('a term %s to %s on %s: %j', (termStart, termEnd, today, codes) => {
    const findings = checkCommittee({ members: members('MFM'), termStart, termEnd }, today);
    expect(findings.map((f) => f.code)).toEqual(codes);
  });

  it('a chair is only warned about', () => {
    const findings = checkCommittee(
      {
        members: [
          { sex: 'female', post: 'member' },
          ...members('MM').slice(1),
          { sex: 'male', post: 'member' },
        ],
        ...term,
      },
      '2026-03-02',
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['no_chair', 'warning']]);
  });

  it.each([
    ['community', '440106001001', true],
    ['community', '440106001', false],
    ['street', '440106001', true],
    ['street', '440106', false],
    ['district', '440106', true],
    ['industry', '4401', true],
    ['industry', '440106', true],
    ['industry', '440106001001', false],
  ] as const)('a %s committee may sit at %s: %s', (level, code, fits) => {
    expect(levelFitsRegion(level, code)).toBe(fits);
  });

  it('3-year terms end on the same date, or the month end (民法典 Art. 203)', () => {
    expect(addYears('2024-01-01', 3)).toBe('2027-01-01');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
  });
});

const at = (n: number) => new Date(Date.UTC(2024, 0, n));
const committee = (
  id: string,
  level: RoutableCommittee['level'],
  regionCode: string,
  extra: Partial<RoutableCommittee> = {},
): RoutableCommittee => ({
  id,
  level,
  regionCode,
  industryTypes: [],
  active: true,
  createdAt: at(1),
  ...extra,
});

describe('routing a dispute to the committee of the place', () => {
  const all = [
    committee('district', 'district', '440106'),
    committee('wushan', 'street', '440106001'),
    committee('yuezhou', 'community', '440106001001'),
    committee('medical', 'industry', '440106', { industryTypes: ['medical'] }),
    committee('closed', 'community', '440106001002', { active: false }),
    committee('haizhu', 'street', '440105001'),
  ];
  it.each([
    ['a community with its own committee', '440106001001', 'neighbourhood', 'yuezhou'],
    [
      'a community whose committee is inactive: up to the street',
      '440106001002',
      'neighbourhood',
      'wushan',
    ],
    ['a community without one: the street', '440106001003', 'neighbourhood', 'wushan'],
    ['the street itself', '440106001', 'property_management', 'wushan'],
    ['a street without one: the district', '440106002001', 'labour', 'district'],
    [
      'a medical dispute: the medical committee of the district',
      '440106001001',
      'medical',
      'medical',
    ],
    ['another district', '440105001101', 'neighbourhood', 'haizhu'],
    ['a district with none', '440103001101', 'neighbourhood', null],
  ])('%s (%s, %s) -> %s', (_name, place, type, expected) => {
    expect(routeDispute(all, place, type)?.id ?? null).toBe(expected);
  });

  it('two committees of the same place: the older takes it', () => {
    const two = [
      committee('newer', 'street', '440106001', { createdAt: at(5) }),
      committee('older', 'street', '440106001'),
    ];
    expect(routeDispute(two, '440106001001', 'debt')?.id).toBe('older');
  });

  it.each([
    ['yuezhou', '440106001001', 'wushan'],
    ['wushan', '440106001001', 'district'],
    ['district', '440106001001', null],
    ['medical', '440106001001', null],
  ])('the committee above %s for %s is %s', (from, place, expected) => {
    const current = all.find((c) => c.id === from)!;
    expect(higherCommittee(all, current, place)?.id ?? null).toBe(expected);
  });
});

describe('以案定补: the subsidy of a settled dispute', () => {
  const rates = [
    { regionCode: '4401', disputeType: 'neighbourhood', amountYuan: 180, validFrom: '2025-01-01' },
    {
      regionCode: '440106',
      disputeType: 'neighbourhood',
      amountYuan: 200,
      validFrom: '2025-01-01',
    },
    {
      regionCode: '440106',
      disputeType: 'neighbourhood',
      amountYuan: 260,
      validFrom: '2026-03-01',
    },
    { regionCode: '440106001', disputeType: 'labour', amountYuan: 400, validFrom: '2026-01-01' },
  ];
  it.each([
    ['the district rate', 'neighbourhood', '440106002', '2026-01-10', 200],
    ['the district rate from its new date', 'neighbourhood', '440106002', '2026-03-01', 260],
    ['the city rate elsewhere', 'neighbourhood', '440105001', '2026-03-01', 180],
    ['a street rate before the district default', 'labour', '440106001001', '2026-02-01', 400],
    ['the type default without a rate', 'labour', '440105001', '2026-02-01', 300],
    ['the type default before any rate applies', 'labour', '440106001', '2025-12-31', 300],
  ] as const)('%s: %s at %s on %s = %i yuan', (_name, type, region, date, amount) => {
    expect(subsidyFor(rates, type, region, date)).toBe(amount);
  });
});

describe('statistics', () => {
  const row = (key: string, disputeType: string, n: Partial<CountRow>): CountRow => ({
    key,
    disputeType,
    total: 0,
    settled: 0,
    written: 0,
    oral: 0,
    terminated: 0,
    refused: 0,
    settledLocally: 0,
    daysToSettle: 0,
    ...n,
  });
  const rows = [
    row('a', 'neighbourhood', {
      total: 4,
      settled: 3,
      written: 2,
      oral: 1,
      terminated: 1,
      settledLocally: 2,
      daysToSettle: 30,
    }),
    row('a', 'labour', { total: 2, refused: 1 }),
    row('b', 'labour', { total: 1, settled: 1, written: 1, settledLocally: 1, daysToSettle: 5 }),
  ];
  it('success rate over ended mediations, days to settle, 就地化解, types', () => {
    expect(figuresOf(rows)).toEqual({
      total: 7,
      settled: 4,
      written: 3,
      oral: 1,
      terminated: 1,
      refused: 1,
      pending: 1,
      successRate: 80,
      avgDaysToSettle: 8.8,
      settledLocally: 3,
      byType: { neighbourhood: 4, labour: 3 },
    });
    const byGroup = groupFigures(rows);
    expect(byGroup.get('a')!.successRate).toBe(75);
    expect(byGroup.get('b')!.avgDaysToSettle).toBe(5);
  });
  it('no ended mediation: no rate rather than 0 %', () => {
    expect(figuresOf([row('a', 'debt', { total: 2 })])).toMatchObject({
      successRate: null,
      avgDaysToSettle: null,
      pending: 2,
    });
  });
});

describe('the state machine', () => {
  const admin = {
    userId: 'u',
    username: 'a',
    displayName: 'A',
    role: 'admin',
    organizationId: 'o',
    regionCode: '4401',
  };
  const actions = (state: string) =>
    [...new Set(availableActions(mediationCase, state, admin).map((t) => t.action))].sort();
  it.each([
    ['APPLIED', ['assign', 'clear_risk', 'flag_risk', 'refuse', 'transfer']],
    [
      'IN_MEDIATION',
      [
        'agree_oral',
        'assign',
        'clear_risk',
        'draft_agreement',
        'flag_risk',
        'record_session',
        'terminate',
        'transfer',
      ],
    ],
    [
      'AGREEMENT_DRAFTED',
      ['clear_risk', 'flag_risk', 'revise_agreement', 'sign_agreement', 'terminate'],
    ],
    [
      'AGREEMENT_ORAL',
      ['clear_risk', 'flag_risk', 'follow_up', 'record_litigation', 'record_performed'],
    ],
    [
      'AGREEMENT_WRITTEN',
      [
        'apply_confirmation',
        'clear_risk',
        'flag_risk',
        'follow_up',
        'record_litigation',
        'record_performed',
      ],
    ],
    [
      'CONFIRMATION_ACCEPTED',
      ['clear_risk', 'court_confirm', 'court_extend', 'court_reject', 'flag_risk', 'follow_up'],
    ],
    ['NOT_CONFIRMED', ['clear_risk', 'flag_risk', 'record_litigation', 'resume_mediation']],
  ])('%s allows %j', (state, expected) => {
    expect(actions(state)).toEqual(expected);
  });
  it('the closed states allow nothing', () => {
    expect(TERMINAL_STATES.sort()).toEqual([
      'ENFORCEMENT',
      'LITIGATED',
      'PERFORMED',
      'REFUSED_BY_PARTY',
      'TERMINATED',
    ]);
    for (const state of TERMINAL_STATES) expect(actions(state), state).toEqual([]);
    expect(Object.keys(STATES)).toHaveLength(19);
  });
});
