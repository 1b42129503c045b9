import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors/index.js';
import {
  addYears,
  assertMayBeInForce,
  checkValidityPeriod,
  cleanupReasons,
  decisionEffect,
  validityStatus,
  validUntilOf,
  type ValidityFacts,
} from './validity.js';

const facts = (over: Partial<ValidityFacts> = {}): ValidityFacts => ({
  published: true,
  effectiveOn: '2026-03-01',
  validUntil: '2031-02-28',
  repealedOn: null,
  ...over,
});

describe('the validity period', () => {
  it.each([
    ['2026-03-01', 5, '2031-02-28'],
    ['2026-01-01', 5, '2030-12-31'],
    ['2024-02-29', 5, '2029-02-27'],
    ['2024-02-29', 4, '2028-02-28'],
    ['2026-07-15', 3, '2029-07-14'],
  ])('from %s for %i years ends on %s', (from, years, until) => {
    expect(validUntilOf(from, years)).toBe(until);
  });

  it('keeps 29 February only in a leap year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('validityStatus', () => {
  it.each([
    ['unpublished', facts({ published: false }), '2027-01-01'],
    ['not_yet_in_force', facts(), '2026-02-28'],
    ['in_force', facts(), '2026-03-01'],
    ['in_force', facts(), '2030-08-31'],
    ['expiring', facts(), '2030-09-01'],
    ['expiring', facts(), '2031-02-28'],
    ['expired', facts(), '2031-03-01'],
    ['in_force', facts({ validUntil: null }), '2040-01-01'],
    ['in_force', facts({ repealedOn: '2027-06-01' }), '2027-05-31'],
    ['repealed', facts({ repealedOn: '2027-06-01' }), '2027-06-01'],
    ['unpublished', facts({ published: false, repealedOn: '2027-06-01' }), '2028-01-01'],
  ])('is %s for %j on %s', (status, f, today) => {
    expect(validityStatus(f, today, 180)).toBe(status);
  });
});

describe('only a published document may be in force', () => {
  it('refuses an unpublished one', () => {
    expect(() => assertMayBeInForce({ published: false })).toThrowError(
      expect.objectContaining({ code: 'REGULATIONS_NOT_PUBLISHED' }),
    );
    expect(() => assertMayBeInForce({ published: true })).not.toThrow();
  });

  it('so 继续有效 is refused for an unpublished document, 废止 is not', () => {
    const unpublished = facts({ published: false });
    expect(() => decisionEffect('continue', unpublished, '2031-03-05', 5)).toThrow(AppError);
    expect(decisionEffect('repeal', unpublished, '2031-03-05', 5)).toEqual({
      repealedOn: '2031-03-05',
    });
  });
});

describe('checkValidityPeriod', () => {
  it.each([
    ['2026-03-01', '2031-02-28', '2026-03-01', null],
    ['2026-03-01', null, '2026-02-01', null],
    ['2026-02-01', '2031-01-31', '2026-03-01', '施行日期不能早于公布日期'],
    ['2026-03-01', '2026-02-28', '2026-03-01', '有效期截止日不能早于施行日期'],
    ['2026-03-01', '2031-03-01', '2026-03-01', '有效期不得超过 5 年'],
  ])('effective %s until %s, published %s: %s', (from, until, published, problem) => {
    const run = () => checkValidityPeriod(from, until, published, 5);
    if (problem === null) expect(run).not.toThrow();
    else expect(run).toThrowError(expect.objectContaining({ details: { reason: problem } }));
  });
});

describe('cleanupReasons', () => {
  it.each([
    ['a document in force with unchanged superior laws', facts(), [], '2027-01-01', []],
    ['an expired document', facts(), [], '2031-03-01', ['expired']],
    ['an expiring document', facts(), [], '2031-01-01', ['expiring']],
    ['an unpublished document', facts({ published: false }), [], '2031-03-01', []],
    ['a repealed document', facts({ repealedOn: '2028-01-01' }), [], '2031-03-01', []],
    [
      'a superior law with a newer version',
      facts(),
      [
        {
          workKey: '行政复议法',
          reliedOn: '行政复议法/2017-09-01',
          current: '行政复议法/2023-09-01',
          changedArticles: ['第十三条'],
        },
      ],
      '2027-01-01',
      ['superior_changed'],
    ],
    [
      'a superior law without a text in force',
      facts(),
      [{ workKey: '某条例', reliedOn: '某条例/2010-01-01', current: null, changedArticles: [] }],
      '2027-01-01',
      ['superior_repealed'],
    ],
    [
      'a superior law still the same version',
      facts(),
      [
        {
          workKey: '行政复议法',
          reliedOn: '行政复议法/2023-09-01',
          current: '行政复议法/2023-09-01',
          changedArticles: [],
        },
      ],
      '2027-01-01',
      [],
    ],
  ])('%s', (_name, f, superiors, today, kinds) => {
    const reasons = cleanupReasons(f, [...superiors], today, 180);
    expect(reasons.map((r) => r.kind)).toEqual(kinds);
  });

  it('adds impact alerts of the knowledge graph about other superior laws only', () => {
    const changed = {
      workKey: '行政复议法',
      reliedOn: '行政复议法/2017-09-01',
      current: '行政复议法/2023-09-01',
      changedArticles: [],
    };
    const alert = (workKey: string) => ({
      kind: 'superior_changed' as const,
      workKey,
      detail: `《${workKey}》新版本`,
    });
    const reasons = cleanupReasons(facts(), [changed], '2027-01-01', 180, [
      alert('行政复议法'),
      alert('行政处罚法'),
    ]);
    expect(reasons.map((r) => [r.kind, r.workKey])).toEqual([
      ['superior_changed', '行政复议法'],
      ['superior_changed', '行政处罚法'],
    ]);
    expect(reasons[1]!.detail).toBe('《行政处罚法》新版本');
    expect(
      cleanupReasons(facts({ published: false }), [], '2027-01-01', 180, [alert('x')]),
    ).toEqual([]);
  });

  it('names the changed articles of the superior law', () => {
    const [reason] = cleanupReasons(
      facts(),
      [
        {
          workKey: '行政复议法',
          reliedOn: '行政复议法/2017-09-01',
          current: '行政复议法/2023-09-01',
          changedArticles: ['第七条', '第二十六条'],
        },
      ],
      '2027-01-01',
      180,
    );
    expect(reason!.detail).toBe(
      '《行政复议法》现行文本为 行政复议法/2023-09-01（制定时依据 行政复议法/2017-09-01），所依据的第七条、第二十六条有变化',
    );
  });
});

describe('decisionEffect', () => {
  it.each([
    ['continue', { validUntil: '2036-03-04' }],
    ['amend', {}],
    ['repeal', { repealedOn: '2031-03-05' }],
  ] as const)('%s', (decision, effect) => {
    expect(decisionEffect(decision, facts(), '2031-03-05', 5)).toEqual(effect);
  });
});
