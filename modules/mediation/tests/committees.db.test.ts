// Committees, members and mediators: the Art. 8–9 findings shown, placement by level, names,
// versions, the mediator's account, region scoping of who may manage what; the 以案定补 rates
// and the subsidy they fix on a settled dispute; routing on the public page.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/app.js';
import type { CommitteeBody } from '../contract-committees.js';
import { application, seedMediation, type Sessions } from './fixtures.js';

let t: TestApp;
let as: Sessions;

beforeAll(async () => {
  t = await createTestApp();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T02:00:00Z'));
  as = await seedMediation(t);
}, 300_000);
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

const body = (overrides: Partial<CommitteeBody> = {}): CommitteeBody => ({
  name: '五山街道东莞庄社区人民调解委员会',
  shortName: '五山东莞庄',
  level: 'community',
  regionCode: '440106001003',
  industryTypes: [],
  termStart: '2026-01-01',
  termEnd: '2028-12-31',
  active: true,
  members: [
    { name: '甲', sex: 'male', post: 'chair' },
    { name: '乙', sex: 'male', post: 'member' },
  ],
  ...overrides,
});
const create = (who: string, b: CommitteeBody) =>
  as[who]!.request({ method: 'POST', url: '/api/mediation/committees', payload: b });
const error = (r: { json(): { error: { code: string } } }) => r.json().error.code;

describe('a committee and its members', () => {
  let id = '';
  let version = 0;

  it('is created with what breaks Art. 8 shown, not refused', async () => {
    const response = await create('tjadmin', body());
    expect(response.statusCode, response.body).toBe(201);
    const c = response.json();
    id = c.id;
    version = c.version;
    expect(c.regionName).toBe('东莞庄社区居委会');
    expect(c.compliance).toBe('violation');
    expect(c.findings.map((f: { code: string }) => f.code)).toEqual([
      'too_few_members',
      'no_woman_member',
    ]);
    expect(c.findings[1].message).toContain('人民调解委员会应当有妇女成员');
  });

  it('adding a woman member makes it comply; a stale version is refused', async () => {
    const members = [
      ...body().members,
      { name: '丙', sex: 'female' as const, post: 'member' as const },
    ];
    const url = `/api/mediation/committees/${id}`;
    const updated = await as.tjadmin!.request({
      method: 'PUT',
      url,
      payload: { ...body({ members }), version },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ compliance: 'ok', findings: [], version: version + 1 });
    const stale = await as.tjadmin!.request({
      method: 'PUT',
      url,
      payload: { ...body({ members }), version },
    });
    expect(stale.statusCode).toBe(409);
    expect(error(stale)).toBe('CONFLICT');
  });

  it.each([
    [
      'a community committee at a street',
      body({ name: 'x1', regionCode: '440106001' }),
      400,
      'MEDIATION_LEVEL_REGION_MISMATCH',
    ],
    [
      'a code that is no division',
      body({ name: 'x2', regionCode: '440106001999' }),
      400,
      'MEDIATION_REGION_UNKNOWN',
    ],
    ['a name already used', body(), 409, 'MEDIATION_COMMITTEE_NAME_TAKEN'],
    [
      'a term that ends before it starts',
      body({ name: 'x3', termEnd: '2025-12-31' }),
      400,
      'VALIDATION_FAILED',
    ],
  ])('refuses %s', async (_name, b, status, code) => {
    const response = await create('tjadmin', b);
    expect(response.statusCode).toBe(status);
    expect(error(response)).toBe(code);
  });

  it.each([
    ['a mediator', 'tiaojie', 403, 'AUTH_FORBIDDEN'],
    ['the 员村 administrator, outside their street', 'yctj', 403, 'AUTH_OUT_OF_REGION'],
    ['the 海珠 administrator', 'hztj', 403, 'AUTH_OUT_OF_REGION'],
    ['the district administrator', 'thtj', 201, null],
  ])('creating one at 五山 as %s (%s): %i', async (_name, who, status, code) => {
    const response = await create(
      who,
      body({ name: `五山测试调委会-${who}`, regionCode: '440106001004' }),
    );
    expect(response.statusCode).toBe(status);
    if (code) expect(error(response)).toBe(code);
  });

  it('lists only the committees of the actor’s region', async () => {
    const names = async (who: string) =>
      (
        (await as[who]!.request({ method: 'GET', url: '/api/mediation/committees' })).json()
          .items as { regionCode: string }[]
      ).map((c) => c.regionCode);
    expect((await names('tjadmin')).every((code) => code.startsWith('440106001'))).toBe(true);
    expect(await names('hztj')).toEqual(['440105001']);
    expect((await names('leader')).length).toBeGreaterThan(7);
    const outside = await as.hztj!.request({
      method: 'GET',
      url: `/api/mediation/committees/${id}`,
    });
    expect(outside.statusCode).toBe(404);
    expect(error(outside)).toBe('MEDIATION_COMMITTEE_NOT_FOUND');
  });

  it('an industry committee keeps the types it takes; the public route sends them to it', async () => {
    const response = await create(
      'thtj',
      body({
        name: '天河区物业纠纷人民调解委员会',
        shortName: '天河物调',
        level: 'industry',
        regionCode: '440106',
        industryTypes: ['property_management'],
        members: [
          { name: '甲', sex: 'female', post: 'chair' },
          { name: '乙', sex: 'male', post: 'member' },
          { name: '丙', sex: 'male', post: 'member' },
        ],
      }),
    );
    expect(response.json()).toMatchObject({
      levelLabel: '行业性、专业性人民调解委员会',
      industryTypes: ['property_management'],
    });
    const route = (type: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/public/mediation/route?placeCode=440106001001&disputeType=${type}`,
      });
    expect((await route('property_management')).json().committee.name).toBe(
      '天河区物业纠纷人民调解委员会',
    );
    expect((await route('neighbourhood')).json().committee.name).toBe(
      '五山街道岳洲社区人民调解委员会',
    );
    const nowhere = await t.app.inject({
      method: 'GET',
      url: '/api/public/mediation/route?placeCode=440103001101&disputeType=other',
    });
    expect(nowhere.json()).toEqual({ committee: null });
    const applied = await t.app.inject({
      method: 'POST',
      url: '/api/public/mediation/applications',
      payload: application({ placeCode: '440103001101' }),
    });
    expect(applied.statusCode).toBe(409);
    expect(error(applied)).toBe('MEDIATION_NO_COMMITTEE');
  });
});

describe('mediators', () => {
  let committeeId = '';
  const users = async () =>
    Object.fromEntries(
      (
        (await as.admin!.request({ method: 'GET', url: '/api/users?pageSize=100' })).json()
          .items as { id: string; username: string }[]
      ).map((u) => [u.username, u.id]),
    );

  it('are appointed with specialties, a masked phone and their account', async () => {
    const list = (
      await as.tjadmin!.request({ method: 'GET', url: '/api/mediation/committees' })
    ).json().items;
    committeeId = list.find((c: { name: string }) => c.name === '天河区五山街道人民调解委员会').id;
    const ids = await users();
    const response = await as.tjadmin!.request({
      method: 'POST',
      url: `/api/mediation/committees/${committeeId}/mediators`,
      payload: {
        name: '周明',
        sex: 'male',
        kind: 'part_time',
        specialties: ['labour'],
        phone: '13711112222',
        userId: ids.tiaojie2,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const m = response
      .json()
      .mediators.find((x: { userId: string | null }) => x.userId === ids.tiaojie2);
    expect(m).toMatchObject({
      kindLabel: '兼职',
      specialtyLabels: ['劳动争议纠纷'],
      phoneMasked: '137****2222',
    });
    expect(response.body).not.toContain('13711112222');
    // The demo mediator 林调解 is already linked to tiaojie.
    const taken = await as.tjadmin!.request({
      method: 'POST',
      url: `/api/mediation/committees/${committeeId}/mediators`,
      payload: { name: '林某', sex: 'female', kind: 'full_time', userId: ids.tiaojie },
    });
    expect(taken.statusCode).toBe(409);
    expect(error(taken)).toBe('MEDIATION_MEDIATOR_USER_TAKEN');
    const elsewhere = await as.tjadmin!.request({
      method: 'POST',
      url: `/api/mediation/committees/${committeeId}/mediators`,
      payload: { name: '海珠某', sex: 'female', kind: 'full_time', userId: ids.hztj },
    });
    expect(elsewhere.statusCode).toBe(400);
  });

  it('a mediator stopped from work is kept but cannot be assigned', async () => {
    const c = (
      await as.tjadmin!.request({ method: 'GET', url: `/api/mediation/committees/${committeeId}` })
    ).json();
    const zhou = c.mediators.find(
      (m: { name: string; phoneMasked: string | null }) => m.name === '周明' && m.phoneMasked,
    );
    const updated = await as.tjadmin!.request({
      method: 'PUT',
      url: `/api/mediation/mediators/${zhou.id}`,
      payload: {
        name: '周明',
        sex: 'male',
        kind: 'part_time',
        specialties: ['labour'],
        active: false,
      },
    });
    expect(updated.statusCode).toBe(200);
    const after = updated.json().mediators.find((m: { id: string }) => m.id === zhou.id);
    expect(after).toMatchObject({ active: false, phoneMasked: '137****2222', userId: null });
    const applied = await t.app.inject({
      method: 'POST',
      url: '/api/public/mediation/applications',
      payload: application({ placeCode: '440106001003' }),
    });
    const assign = await as.tjadmin!.request({
      method: 'POST',
      url: `/api/mediation/cases/${applied.json().caseId}/assign`,
      payload: { version: 1, mediatorId: zhou.id },
    });
    expect(assign.statusCode).toBe(400);
    expect(error(assign)).toBe('MEDIATION_MEDIATOR_NOT_OF_COMMITTEE');
  });
});

describe('以案定补', () => {
  it('a district rate replaces the default and is fixed on the dispute when it is settled', async () => {
    const set = await as.thtj!.request({
      method: 'PUT',
      url: '/api/mediation/subsidy-rates',
      payload: {
        regionCode: '440106',
        disputeType: 'neighbourhood',
        amountYuan: 240,
        validFrom: '2026-01-01',
      },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().rates).toEqual([
      expect.objectContaining({
        regionCode: '440106',
        amountYuan: 240,
        createdBy: '天河区调委会管理员',
      }),
    ]);
    expect(set.json().defaults.neighbourhood).toBe(150);
    const outside = await as.tjadmin!.request({
      method: 'PUT',
      url: '/api/mediation/subsidy-rates',
      payload: {
        regionCode: '440106',
        disputeType: 'neighbourhood',
        amountYuan: 999,
        validFrom: '2026-01-01',
      },
    });
    expect(error(outside)).toBe('AUTH_OUT_OF_REGION');

    const applied = await t.app.inject({
      method: 'POST',
      url: '/api/public/mediation/applications',
      payload: application(),
    });
    const id = applied.json().caseId;
    const c = (
      await as.tjadmin!.request({ method: 'GET', url: `/api/mediation/cases/${id}` })
    ).json();
    const liu = (
      await as.tjadmin!.request({
        method: 'GET',
        url: `/api/mediation/committees/${c.committeeId}`,
      })
    ).json().mediators[0];
    let v = 1;
    for (const [path, payload] of [
      ['assign', { mediatorId: liu.id }],
      [
        'record-session',
        { heldOn: '2026-03-02', place: '调解室', participants: ['张丽'], notes: '调解' },
      ],
      ['agree-oral', { content: '赔偿300元', performanceManner: '现金' }],
    ] as const) {
      const r = await as.tjadmin!.request({
        method: 'POST',
        url: `/api/mediation/cases/${id}/${path}`,
        payload: { version: v, ...payload },
      });
      expect(r.statusCode, r.body).toBe(200);
      v = r.json().version;
    }
    const settled = (
      await as.tjadmin!.request({ method: 'GET', url: `/api/mediation/cases/${id}` })
    ).json();
    expect(settled.subsidyYuan).toBe(240);
    const report = (
      await as.tjadmin!.request({
        method: 'GET',
        url: '/api/mediation/subsidies?year=2026&month=3',
      })
    ).json();
    expect(report.rows).toEqual([
      expect.objectContaining({
        mediatorName: '刘芳',
        committeeName: '五山街道岳洲社区人民调解委员会',
        cases: 1,
        amountYuan: 240,
        byType: { neighbourhood: 1 },
      }),
    ]);
    expect(
      (
        await as.tjadmin!.request({
          method: 'GET',
          url: '/api/mediation/subsidies?year=2026&month=4',
        })
      ).json().rows,
    ).toEqual([]);
  });
});
