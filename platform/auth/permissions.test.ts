import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors/index.js';
import { type Actor, authorize, can } from './permissions.js';
import './roles.js';

const actor = (role: string, regionCode: string): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  role,
  organizationId: 'o',
  regionCode,
});

const CITY = '4401';
const TIANHE = '440106';
const WUSHAN = '440106001';
const YUANCUN = '440106002';
const HAIZHU = '440105';

// role x actor region x action x record region -> allowed?
const matrix: [string, string, string, string | null, boolean][] = [
  ['admin', CITY, 'user:manage', HAIZHU, true],
  ['admin', CITY, 'user:manage', null, true],
  ['admin', TIANHE, 'user:manage', WUSHAN, true],
  ['admin', TIANHE, 'user:manage', HAIZHU, false],
  ['admin', TIANHE, 'user:manage', CITY, false],
  ['city_leader', CITY, 'user:read', WUSHAN, true],
  ['city_leader', CITY, 'user:manage', WUSHAN, false],
  ['city_leader', CITY, 'audit:verify', null, false],
  ['district_staff', TIANHE, 'user:read', TIANHE, true],
  ['district_staff', TIANHE, 'user:read', WUSHAN, true],
  ['district_staff', TIANHE, 'user:read', `${WUSHAN}001`, true],
  ['district_staff', TIANHE, 'user:read', HAIZHU, false],
  ['district_staff', TIANHE, 'user:read', CITY, false],
  ['district_staff', TIANHE, 'user:read', null, false],
  ['district_staff', TIANHE, 'audit:read', YUANCUN, true],
  ['district_staff', TIANHE, 'user:manage', TIANHE, false],
  ['office_staff', WUSHAN, 'organization:read', WUSHAN, true],
  ['office_staff', WUSHAN, 'organization:read', YUANCUN, false],
  ['office_staff', WUSHAN, 'organization:read', TIANHE, false],
  ['office_staff', WUSHAN, 'audit:read', WUSHAN, false],
  ['office_staff', WUSHAN, 'user:read', WUSHAN, false],
  ['unknown_role', CITY, 'user:read', CITY, false],
];

describe('can(actor, action, resource)', () => {
  it.each(matrix)(
    '%s of %s doing %s on a record of %s -> %s',
    (role, region, action, recordRegion, allowed) => {
      expect(can(actor(role, region), action, { regionCode: recordRegion })).toBe(allowed);
    },
  );

  it('without a resource checks the permission only', () => {
    expect(can(actor('office_staff', WUSHAN), 'organization:read')).toBe(true);
    expect(can(actor('office_staff', WUSHAN), 'user:read')).toBe(false);
  });
});

describe('authorize', () => {
  it('throws AUTH_FORBIDDEN without the permission and AUTH_OUT_OF_REGION outside the region', () => {
    const codeOf = (fn: () => void) => {
      try {
        fn();
        return null;
      } catch (error) {
        return (error as AppError).code;
      }
    };
    expect(codeOf(() => authorize(actor('office_staff', WUSHAN), 'user:read'))).toBe(
      'AUTH_FORBIDDEN',
    );
    expect(
      codeOf(() => authorize(actor('district_staff', TIANHE), 'user:read', { regionCode: HAIZHU })),
    ).toBe('AUTH_OUT_OF_REGION');
    expect(
      codeOf(() => authorize(actor('district_staff', TIANHE), 'user:read', { regionCode: WUSHAN })),
    ).toBeNull();
  });
});
