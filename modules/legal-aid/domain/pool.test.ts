// Pure rules of assignment, quality and place, table-driven: the rotation balances open cases
// and respects Art. 26; the score sheet, grades and subsidy; where to apply (Art. 38).
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors/index.js';
import { centreAbbreviation, centreFor } from './centres.js';
import { computeSubsidy, gradeOf, SCORE_ITEMS, scoreSheet } from './quality.js';
import {
  type Candidate,
  checkChosen,
  pickByRotation,
  practiceYears,
  type Requirement,
} from './rotation.js';
import { DEFAULT_SETTINGS } from './settings.js';

const ON = '2026-03-02';
const lawyer = (id: string, over: Partial<Candidate> = {}): Candidate => ({
  id,
  name: id,
  firm: '甲律师事务所',
  kind: 'lawyer',
  practiceSince: '2015-01-01',
  specialties: ['civil'],
  active: true,
  load: 0,
  lastAssignedAt: null,
  ...over,
});
const civil: Requirement = { lawyerOnly: false, minYears: null, specialty: 'labour', on: ON };
const gravest: Requirement = { lawyerOnly: true, minYears: 3, specialty: 'criminal', on: ON };

function errorOf(fn: () => unknown): AppError | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('practice years', () => {
  it.each([
    ['2023-03-02', '2026-03-02', 3],
    ['2023-03-03', '2026-03-02', 2],
    ['2026-01-01', '2026-03-02', 0],
  ])('from %s to %s: %i', (since, on, years) => expect(practiceYears(since, on)).toBe(years));
});

describe('rotation balances the open cases', () => {
  it.each([
    ['the fewest open cases', [lawyer('a', { load: 2 }), lawyer('b', { load: 1 })], 'b'],
    [
      'on a tie, the one whose specialty fits',
      [lawyer('a'), lawyer('b', { specialties: ['labour'] })],
      'b',
    ],
    [
      'then whoever waited longest',
      [
        lawyer('a', { lastAssignedAt: new Date('2026-03-01T00:00:00Z') }),
        lawyer('b', { lastAssignedAt: new Date('2026-02-01T00:00:00Z') }),
      ],
      'b',
    ],
    [
      'never assigned before comes first',
      [lawyer('a', { lastAssignedAt: new Date() }), lawyer('b')],
      'b',
    ],
    ['an inactive one is skipped', [lawyer('a', { active: false }), lawyer('b', { load: 5 })], 'b'],
  ])('%s', (_name, pool, expected) => {
    expect(pickByRotation(pool, civil).id).toBe(expected);
  });

  it('picks in turn when each assignment adds a case', () => {
    const pool = [lawyer('a'), lawyer('b'), lawyer('c')];
    const picked: string[] = [];
    for (let i = 0; i < 6; i++) {
      const next = pickByRotation(pool, civil);
      picked.push(next.id);
      next.load += 1;
      next.lastAssignedAt = new Date(Date.UTC(2026, 0, 1, 0, i));
    }
    expect(picked).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });

  it('keeps to one institution when asked', () => {
    const pool = [lawyer('a'), lawyer('b', { firm: '乙律师事务所', load: 3 })];
    expect(pickByRotation(pool, { ...civil, firm: '乙律师事务所' }).id).toBe('b');
  });
});

describe('Art. 26: life and death-penalty cases need 3+ years of criminal practice', () => {
  const senior = lawyer('senior', {
    specialties: ['criminal'],
    practiceSince: '2020-01-01',
    load: 4,
  });
  const junior = lawyer('junior', { specialties: ['criminal'], practiceSince: '2024-01-01' });
  const civilOnly = lawyer('civil', { practiceSince: '2000-01-01' });
  const worker = lawyer('worker', { kind: 'grassroots', specialties: ['criminal'] });

  it('rotation passes over the less experienced, even with fewer cases', () => {
    expect(pickByRotation([junior, civilOnly, worker, senior], gravest).id).toBe('senior');
  });

  it('nobody qualified: the error names the rule', () => {
    const error = errorOf(() => pickByRotation([junior, civilOnly], gravest));
    expect(error?.code).toBe('LEGAL_AID_NO_LAWYER_AVAILABLE');
    expect(error?.details).toEqual({
      requirement: '（须为具有3年以上刑事执业经历的律师，法律援助法第二十六条）',
    });
  });

  it.each([
    [junior, '执业2年'],
    [civilOnly, '无刑事执业经历'],
  ])('naming %s is refused with the reason', (chosen, reason) => {
    const error = errorOf(() => checkChosen(chosen, gravest, 3));
    expect(error?.code).toBe('LEGAL_AID_EXPERIENCE_REQUIRED');
    expect(String((error?.details as { actual: string }).actual)).toContain(reason);
  });

  it('criminal defence goes to lawyers only', () => {
    expect(
      errorOf(() => pickByRotation([worker], { ...gravest, minYears: null }))?.details,
    ).toEqual({ requirement: '（刑事辩护须由律师承办）' });
    expect(errorOf(() => checkChosen(senior, gravest, 3))).toBeNull();
  });
});

describe('quality score sheet, grade and subsidy', () => {
  const full = Object.fromEntries(SCORE_ITEMS.map((i) => [i.code, i.max]));
  it('sums to 100 when every item has its maximum', () => {
    expect(scoreSheet(full).total).toBe(100);
  });
  it.each([
    [{ ...full, timeliness: 21 }, '承办及时（会见、阅卷、立案在规定时间内）'],
    [{ ...full, diligence: -1 }, '办案过程（会见、阅卷、调查取证）'],
    [Object.fromEntries(Object.entries(full).filter(([k]) => k !== 'closing')), '结案材料完整规范'],
    [{ ...full, extra: 5 }, 'extra'],
  ])('refuses %j naming the item', (scores, item) => {
    const error = errorOf(() => scoreSheet(scores));
    expect(error?.code).toBe('LEGAL_AID_SCORE_INVALID');
    expect((error?.details as { item: string }).item).toBe(item);
  });
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89, 'good'],
    [75, 'good'],
    [60, 'pass'],
    [59, 'fail'],
  ] as const)('%i points: %s', (total, grade) =>
    expect(gradeOf(total, DEFAULT_SETTINGS)).toBe(grade),
  );
  it.each([
    ['civil', null, 0, 2500],
    ['criminal_defence', 'good', 200, 3200],
    ['criminal_defence', 'fail', 0, 1500],
  ] as const)('%s graded %s plus %i: %i yuan', (category, grade, extra, amount) => {
    const subsidy = computeSubsidy(category, grade, extra);
    expect(subsidy.amountYuan).toBe(amount);
    expect(subsidy.basis).toContain('第五十二条');
  });
});

describe('where to apply (Art. 38)', () => {
  it.each([
    [
      { kind: 'litigation', authorityName: '天河区人民法院', regionCode: '440106' },
      'district-legal-aid-440106',
    ],
    [{ kind: 'non_litigation', regionCode: '440105001' }, 'district-legal-aid-440105'],
    [
      { kind: 'litigation', authorityName: '广州市中级人民法院', regionCode: '4401' },
      'city-legal-aid',
    ],
  ] as const)('%j goes to %s', (place, code) => {
    const choice = centreFor(place);
    expect(choice.ok && choice.organizationCode).toBe(code);
  });
  it('a place outside the city has no centre here', () => {
    expect(centreFor({ kind: 'non_litigation', regionCode: '440304' })).toEqual({
      ok: false,
      outsideCity: true,
    });
  });
  it.each([
    ['广州市天河区法律援助中心', '天河'],
    ['广州市法律援助中心', '广州'],
  ])('%s is abbreviated %s', (name, short) => expect(centreAbbreviation(name)).toBe(short));
});
