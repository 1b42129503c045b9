// The region-scoping matrix of the person file (extends platform/auth/region-scope.db.test.ts):
// a staff member sees a person who lives in their region or has a matter there, and of the
// matters only those handled in their region; everyone else gets 404 and no log row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineRole } from '../../../platform/auth/roles.js';
import { createAccounts } from '../../../platform/auth/seed.js';
import {
  createTestApp,
  loginAs,
  TEST_PASSWORD,
  type TestApp,
} from '../../../platform/testing/app.js';
import {
  HAIZHU_ID,
  lastLogId,
  personIdOf,
  RESIDENT_ID,
  seedWorld,
  type StaffName,
  type World,
} from './fixtures.js';

let t: TestApp;
let w: World;
const personIds: Record<'resident' | 'haizhu', string> = { resident: '', haizhu: '' };

beforeAll(async () => {
  t = await createTestApp();
  w = await seedWorld(t);
  personIds.resident = await personIdOf(w.as.dangan, RESIDENT_ID);
  personIds.haizhu = await personIdOf(w.as.dangan, HAIZHU_ID);
});
afterAll(() => t.close());

type CaseKey = keyof World['cases'];
const ALL_RESIDENT: CaseKey[] = ['cityCase', 'tianheCase', 'notaryCase'];

// who, whose file, the matters they see (null: 404, the person does not exist for them)
const matrix: [StaffName, 'resident' | 'haizhu', CaseKey[] | null][] = [
  ['admin', 'resident', ALL_RESIDENT],
  ['admin', 'haizhu', ['haizhuCase']],
  ['leader', 'resident', ALL_RESIDENT],
  ['dangan', 'haizhu', ['haizhuCase']],
  ['rclerk', 'resident', ALL_RESIDENT],
  ['nclerk', 'resident', ALL_RESIDENT],
  ['tianhe', 'resident', ['tianheCase']],
  ['tianhe', 'haizhu', null],
  ['thadmin', 'resident', ['tianheCase']],
  ['thadmin', 'haizhu', null],
  ['haizhu', 'resident', null],
  ['haizhu', 'haizhu', ['haizhuCase']],
  ['wushan', 'resident', []],
  ['wushan', 'haizhu', null],
  ['yuancun', 'resident', null],
  ['yuancun', 'haizhu', null],
];

describe('opening a person file', () => {
  it.each(matrix)('%s opening %s’s file sees %j', async (who, whose, expected) => {
    const before = await lastLogId(t);
    const response = await w.as[who].request({
      method: 'GET',
      url: `/api/persons/${personIds[whose]}?purpose=handling`,
    });
    if (expected === null) {
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('PERSONS_NOT_FOUND');
      expect(await lastLogId(t)).toBe(before);
      return;
    }
    expect(response.statusCode).toBe(200);
    const seen = (response.json().matters as { caseId: string }[]).map((m) => m.caseId).sort();
    expect(seen).toEqual(expected.map((key) => w.cases[key]).sort());
    expect(await lastLogId(t)).toBe(before + 1);
  });
});

describe('looking up by ID number follows the same rule', () => {
  it.each(matrix)('%s looking up %s', async (who, whose, expected) => {
    const response = await w.as[who].request({
      method: 'POST',
      url: '/api/persons/lookup',
      payload: { idNumber: whose === 'resident' ? RESIDENT_ID : HAIZHU_ID, purpose: 'handling' },
    });
    expect(response.statusCode).toBe(expected === null ? 404 : 200);
  });
});

describe('revealing, codes and lists', () => {
  it('a district administrator may reveal in their district only', async () => {
    const own = await w.as.thadmin.request({
      method: 'POST',
      url: `/api/persons/${personIds.resident}/reveal`,
      payload: { purpose: 'handling' },
    });
    expect(own.json()).toEqual({ idNumber: RESIDENT_ID });
    const other = await w.as.thadmin.request({
      method: 'POST',
      url: `/api/persons/${personIds.haizhu}/reveal`,
      payload: { purpose: 'handling' },
    });
    expect(other.statusCode).toBe(404);
  });

  it.each([
    ['admin', ['张三', '李四']],
    ['tianhe', ['张三']],
    ['wushan', ['张三']],
    ['haizhu', ['李四']],
    ['yuancun', []],
  ] as const)('%s lists %j', async (who, names) => {
    const response = await w.as[who].request({
      method: 'GET',
      url: '/api/persons?purpose=handling&pageSize=200',
    });
    expect((response.json().items as { name: string }[]).map((p) => p.name).sort()).toEqual(
      [...names].sort(),
    );
  });

  it('a role without persons:read gets 403', async () => {
    defineRole('persons_test_nobody', { 'zh-CN': '无权限', en: 'Nobody' }, []);
    await createAccounts(
      t.database.db,
      [
        {
          username: 'nobody',
          displayName: '无权限',
          role: 'persons_test_nobody',
          organizationCode: 'city-bureau',
          mustChangePassword: false,
        },
      ],
      TEST_PASSWORD,
    );
    const nobody = await loginAs(t.app, 'nobody');
    const response = await nobody.request({
      method: 'GET',
      url: `/api/persons/${personIds.resident}?purpose=handling`,
    });
    expect(response.statusCode).toBe(403);
  });
});
