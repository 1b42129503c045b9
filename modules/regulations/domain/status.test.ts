import { describe, expect, it } from 'vitest';
import { inForceOn, versionStatus, type VersionDates } from './status.js';

const v = (
  promulgatedOn: string,
  effectiveOn: string | null = null,
  repeal: { repealed?: boolean; repealedOn?: string | null } = {},
): VersionDates & { name: string } => ({
  name: `${promulgatedOn}/${effectiveOn ?? '-'}`,
  promulgatedOn,
  effectiveOn,
  repealed: repeal.repealed ?? false,
  repealedOn: repeal.repealedOn ?? null,
});

// 行政复议法: 2017-09-01 (in force 2018-01-01) and 2023-09-01 (in force 2024-01-01).
const old = v('2017-09-01', '2018-01-01');
const revised = v('2023-09-01', '2024-01-01');
const both = [old, revised];

describe('versionStatus', () => {
  it.each([
    ['before the revision starts', old, '2023-12-31', 'in_force'],
    ['the revision is not yet in force', revised, '2023-12-31', 'not_yet_in_force'],
    ['the day the revision starts', old, '2024-01-01', 'amended'],
    ['the revision itself then', revised, '2024-01-01', 'in_force'],
    ['before its own start', old, '2017-12-31', 'not_yet_in_force'],
  ] as const)('%s', (_, version, today, expected) => {
    expect(versionStatus(version, both, today)).toBe(expected);
  });

  it.each([
    [
      'repealed on a known day, after it',
      v('2005-01-10', null, { repealed: true, repealedOn: '2022-05-01' }),
      '2022-05-01',
      'repealed',
    ],
    [
      'repealed on a known day, before it',
      v('2005-01-10', null, { repealed: true, repealedOn: '2022-05-01' }),
      '2022-04-30',
      'in_force',
    ],
    ['repealed, day unknown', v('2005-01-10', null, { repealed: true }), '2010-01-01', 'repealed'],
    [
      'no entry-into-force date: the promulgation counts',
      v('2020-01-01'),
      '2020-01-01',
      'in_force',
    ],
  ] as const)('%s', (_, version, today, expected) => {
    expect(versionStatus(version, [version], today)).toBe(expected);
  });

  it('a same-day correction supersedes the text it corrects', () => {
    const a = v('2022-04-01', '2022-04-10');
    const b = v('2022-04-02', '2022-04-10');
    expect(versionStatus(a, [a, b], '2022-05-01')).toBe('amended');
    expect(versionStatus(b, [a, b], '2022-05-01')).toBe('in_force');
  });
});

describe('inForceOn', () => {
  it.each([
    ['2017-12-31', null],
    ['2018-01-01', old],
    ['2023-10-01', old],
    ['2023-12-31', old],
    ['2024-01-01', revised],
    ['2030-01-01', revised],
  ] as const)('on %s', (date, expected) => {
    expect(inForceOn(both, date)).toBe(expected);
    expect(inForceOn([revised, old], date)).toBe(expected);
  });

  it('a repeal with a known day ends the text that day', () => {
    const r = v('2005-01-10', '2005-05-01', { repealed: true, repealedOn: '2022-05-01' });
    expect(inForceOn([r], '2022-04-30', '2025-01-01')).toBe(r);
    expect(inForceOn([r], '2022-05-01', '2025-01-01')).toBeNull();
  });

  it('a repeal with an unknown day: not in force today, still the text of earlier days', () => {
    const r = v('2005-01-10', '2005-05-01', { repealed: true });
    expect(inForceOn([r], '2025-01-01', '2025-01-01')).toBeNull();
    expect(inForceOn([r], '2010-06-01', '2025-01-01')).toBe(r);
  });
});
