// The region-scoping matrix over the real HTTP API: each role at each level, each action,
// on records inside and outside its region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  loginAs,
  seedTestAccounts,
  type Session,
  type TestApp,
} from '../testing/app.js';

let t: TestApp;
const sessions: Record<string, Session> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  await seedTestAccounts(t);
  for (const name of ['admin', 'leader', 'tianhe', 'haizhu', 'wushan', 'yuancun', 'thadmin']) {
    sessions[name] = await loginAs(t.app, name);
  }
  const all = await sessions.admin!.request({ method: 'GET', url: '/api/users?pageSize=100' });
  for (const u of all.json().items as { id: string; username: string }[]) ids[u.username] = u.id;
});
afterAll(() => t.close());

const visibleUsers = async (who: string) => {
  const response = await sessions[who]!.request({ method: 'GET', url: '/api/users?pageSize=100' });
  return {
    status: response.statusCode,
    names: ((response.json().items ?? []) as { username: string }[]).map((u) => u.username).sort(),
  };
};

describe('listing users is scoped by region', () => {
  it.each([
    ['admin', ['admin', 'haizhu', 'leader', 'thadmin', 'tianhe', 'wushan', 'yuancun']],
    ['leader', ['admin', 'haizhu', 'leader', 'thadmin', 'tianhe', 'wushan', 'yuancun']],
    ['tianhe', ['thadmin', 'tianhe', 'wushan', 'yuancun']],
    ['haizhu', ['haizhu']],
    ['thadmin', ['thadmin', 'tianhe', 'wushan', 'yuancun']],
  ])('%s sees %j', async (who, expected) => {
    expect(await visibleUsers(who)).toEqual({ status: 200, names: expected });
  });

  it('a 司法所 officer may not list users at all', async () => {
    const response = await sessions.wushan!.request({ method: 'GET', url: '/api/users' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('AUTH_FORBIDDEN');
  });
});

describe('changing users is scoped by role and region', () => {
  // who, target, allowed status
  const cases: [string, string, number][] = [
    ['admin', 'haizhu', 200],
    ['thadmin', 'wushan', 200],
    ['thadmin', 'haizhu', 404],
    ['thadmin', 'leader', 404],
    ['tianhe', 'wushan', 403],
    ['leader', 'wushan', 403],
    ['wushan', 'yuancun', 403],
  ];
  it.each(cases)('%s disabling %s gets %i', async (who, target, status) => {
    const response = await sessions[who]!.request({
      method: 'POST',
      url: `/api/users/${ids[target]}/disable`,
      payload: {},
    });
    expect(response.statusCode).toBe(status);
    // Put things back: a disabled account would end its own sessions used by later tests.
    if (status === 200) {
      await sessions.admin!.request({
        method: 'POST',
        url: `/api/users/${ids[target]}/enable`,
        payload: {},
      });
      sessions[target] = await loginAs(t.app, target);
    }
  });

  it('a district administrator cannot create an account in another district', async () => {
    const tree = await sessions.admin!.request({ method: 'GET', url: '/api/organizations/tree' });
    const haizhuBureau = (
      tree.json().items[0].children as { id: string; regionCode: string; kind: string }[]
    ).find((o) => o.regionCode === '440105' && o.kind === 'district_bureau')!;
    const response = await sessions.thadmin!.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'intruder',
        displayName: '越权',
        role: 'district_staff',
        organizationId: haizhuBureau.id,
        password: 'Password-12345',
      },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('AUTH_OUT_OF_REGION');
  });
});

describe('the organization tree is scoped by region', () => {
  const rootsOf = async (who: string) => {
    const response = await sessions[who]!.request({
      method: 'GET',
      url: '/api/organizations/tree',
    });
    expect(response.statusCode).toBe(200);
    return response.json().items as {
      name: string;
      regionCode: string;
      children: { regionCode: string }[];
    }[];
  };
  const allRegions = (nodes: { regionCode: string; children: unknown[] }[]): string[] =>
    nodes.flatMap((n) => [n.regionCode, ...allRegions(n.children as never)]);

  it('the city sees one root, the city bureau, with 11 district bureaus under it', async () => {
    const roots = await rootsOf('leader');
    expect(roots.map((r) => r.name)).toEqual(['广州市司法局']);
    expect(
      roots[0]!.children.filter((c) => c.regionCode.length === 6).length,
    ).toBeGreaterThanOrEqual(11);
  });

  it('a district officer sees only their district bureau and what is under it', async () => {
    const roots = await rootsOf('tianhe');
    expect(roots.map((r) => r.name)).toEqual(['广州市天河区司法局']);
    expect(allRegions(roots).every((code) => code.startsWith('440106'))).toBe(true);
  });

  it('a 司法所 officer sees only their own 司法所', async () => {
    const roots = await rootsOf('wushan');
    expect(roots.map((r) => r.name)).toEqual(['五山司法所']);
    expect(allRegions(roots)).toEqual(['440106001']);
  });
});

describe('the audit log is scoped by region', () => {
  const regionsSeen = async (who: string) => {
    const response = await sessions[who]!.request({
      method: 'GET',
      url: '/api/audit/events?pageSize=200',
    });
    return {
      status: response.statusCode,
      regions: new Set(
        ((response.json().items ?? []) as { regionCode: string | null }[]).map((e) => e.regionCode),
      ),
    };
  };

  it('the city sees events of every region', async () => {
    const { regions } = await regionsSeen('leader');
    expect(regions.has('440105')).toBe(true);
    expect(regions.has('440106001')).toBe(true);
  });

  it('a district officer sees only events of their district and its streets', async () => {
    const { status, regions } = await regionsSeen('tianhe');
    expect(status).toBe(200);
    expect(regions.size).toBeGreaterThan(0);
    for (const region of regions) expect(region?.startsWith('440106')).toBe(true);
  });

  it('a 司法所 officer may not read the audit log', async () => {
    expect((await regionsSeen('wushan')).status).toBe(403);
  });

  it('only the city administrator may verify the chain', async () => {
    expect(
      (await sessions.admin!.request({ method: 'POST', url: '/api/audit/verify', payload: {} }))
        .statusCode,
    ).toBe(200);
    expect(
      (await sessions.leader!.request({ method: 'POST', url: '/api/audit/verify', payload: {} }))
        .statusCode,
    ).toBe(403);
  });
});
