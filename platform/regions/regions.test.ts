import { describe, expect, it } from 'vitest';
import { justiceOfficeName, organizationSeeds } from '../auth/organizations.js';
import { isWithinRegion, readDivisionsFile, regionLevel } from './index.js';

describe('Guangzhou divisions shipped in data/', () => {
  const rows = readDivisionsFile();
  const count = (level: string) => rows.filter((r) => r.level === level).length;

  it('hold 1 city, 11 districts, 178 streets and 2,851 communities', () => {
    expect([count('city'), count('district'), count('street'), count('village')]).toEqual([
      1, 11, 178, 2851,
    ]);
  });

  it('nest every code under its parent code', () => {
    for (const row of rows) {
      if (row.parentCode) expect(row.code.startsWith(row.parentCode)).toBe(true);
      expect(regionLevel(row.code)).toBe(row.level);
    }
  });
});

describe('region helpers', () => {
  it.each([
    ['4401', 'city'],
    ['440106', 'district'],
    ['440106001', 'street'],
    ['440106001001', 'village'],
    ['44010', undefined],
    ['4401x6', undefined],
  ])('regionLevel(%s) = %s', (code, level) => expect(regionLevel(code)).toBe(level));

  it.each([
    ['440106001', '440106', true],
    ['440106', '440106', true],
    ['440105001', '440106', false],
    ['440106', '440106001', false],
  ])('isWithinRegion(%s, %s) = %s', (code, scope, inside) =>
    expect(isWithinRegion(code, scope)).toBe(inside),
  );
});

describe('organization tree seeds', () => {
  const seeds = organizationSeeds();

  it('give one city bureau, 11 district bureaus and one 司法所 per real 镇街', () => {
    const kinds = (kind: string) => seeds.filter((s) => s.kind === kind).length;
    expect(kinds('city_bureau')).toBe(1);
    expect(kinds('district_bureau')).toBe(11);
    // 178 streets less the two statistical units (a reservoir and a forest farm).
    expect(kinds('justice_office')).toBe(176);
  });

  it('put every organization inside its parent region', () => {
    const byCode = new Map(seeds.map((s) => [s.code, s]));
    for (const seed of seeds) {
      if (seed.parentCode)
        expect(seed.regionCode.startsWith(byCode.get(seed.parentCode)!.regionCode)).toBe(true);
    }
  });

  it.each([
    ['五山街道', '五山司法所'],
    ['石楼镇', '石楼司法所'],
  ])('names the 司法所 of %s %s', (street, office) =>
    expect(justiceOfficeName(street)).toBe(office),
  );
});
