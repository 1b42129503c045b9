// Region scoping of the mediation routes (who sees and acts on which dispute, at each level) and
// bad input, each refused with a 4xx and a stable code. The disputes: tests/scope-cases.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { mediationApi, World } from './api.js';
import { application } from './fixtures.js';
import { scopeWorld } from './scope-cases.js';

let world: World;
let api: ReturnType<typeof mediationApi>;
let ids: Record<string, string>;

beforeAll(async () => {
  ({ world, api, ids } = await scopeWorld());
}, 300_000);
afterAll(async () => {
  vi.useRealTimers();
  await world.t.close();
});

const VISIBLE: [string, string[]][] = [
  ['admin', ['A', 'B', 'C', 'D', 'E']],
  ['leader', ['A', 'B', 'C', 'D', 'E']],
  ['tianhe', ['A', 'B', 'C', 'E']],
  ['thtj', ['A', 'B', 'C', 'E']],
  ['tjadmin', ['A', 'E']],
  ['tiaojie', ['A', 'E']],
  ['yctj', ['B']],
  ['hztj', ['D']],
];

describe('who sees which dispute', () => {
  it.each(VISIBLE)('%s lists %j and opens only those', async (who, expected) => {
    const list = await world.as[who]!.request({
      method: 'GET',
      url: '/api/mediation/cases?pageSize=50',
    });
    expect(list.statusCode).toBe(200);
    const names = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
    expect((list.json().items as { id: string }[]).map((c) => names[c.id]).sort()).toEqual(
      expected,
    );
    for (const key of Object.keys(ids)) {
      const response = await api.get(who, ids[key]!);
      expect(response.statusCode, `${who} ${key}`).toBe(expected.includes(key) ? 200 : 404);
      if (!expected.includes(key))
        expect(response.json().error.code).toBe('MEDIATION_CASE_NOT_FOUND');
    }
  });

  it('the mediator’s workbench lists their own open disputes', async () => {
    const mine = await world.as.tiaojie!.request({
      method: 'GET',
      url: '/api/mediation/cases?scope=mine',
    });
    expect(mine.json().items.map((c: { id: string }) => c.id)).toEqual([ids.E]);
  });

  it('a 司法所 officer of other business may not read disputes at all', async () => {
    expect(
      (await world.as.wushan!.request({ method: 'GET', url: '/api/mediation/cases' })).statusCode,
    ).toBe(403);
    expect((await api.get('wushan', ids.A!)).statusCode).toBe(403);
  });

  it.each([
    ['leader', 'D', 403, 'AUTH_FORBIDDEN', 'reads but does not act'],
    ['tjadmin', 'D', 404, 'MEDIATION_CASE_NOT_FOUND', 'outside the region looks absent'],
    ['yctj', 'A', 404, 'MEDIATION_CASE_NOT_FOUND', 'another street'],
    ['tianhe', 'A', 403, 'AUTH_FORBIDDEN', 'district staff read only'],
  ])('%s flagging %s: %i %s (%s)', async (who, key, status, code) => {
    const id = ids[key]!;
    const version = (await api.get('admin', id)).json().version;
    const response = await world.as[who]!.request({
      method: 'POST',
      url: `/api/mediation/cases/${id}/flag-risk`,
      payload: { version, level: 'general', note: '风险' },
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
  });

  it.each([
    ['tiaojie', '440106001001', 201, null],
    ['tjadmin', '440106002008', 403, 'AUTH_OUT_OF_REGION'],
    ['wushan', '440106001001', 403, 'AUTH_FORBIDDEN'],
    ['leader', '440106001001', 403, 'AUTH_FORBIDDEN'],
  ])('%s registering a dispute at %s: %i', async (who, placeCode, status, code) => {
    const response = await world.as[who]!.request({
      method: 'POST',
      url: '/api/mediation/cases',
      // Received last year: the statistics below count 2026 only.
      payload: { ...application({ placeCode }), channel: 'initiated', receivedDate: '2025-12-30' },
    });
    expect(response.statusCode, response.body).toBe(status);
    if (code) expect(response.json().error.code).toBe(code);
  });
});

describe('bad input gets a 4xx with a stable code', () => {
  const partyless = application();
  it.each([
    [
      'one party only',
      () => api.apply({ parties: partyless.parties.slice(0, 1) }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an applicant without a phone',
      () =>
        api.apply({
          parties: [{ ...partyless.parties[0]!, phone: undefined }, partyless.parties[1]!],
        }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a wrong ID number',
      () =>
        api.apply({
          parties: [
            { ...partyless.parties[0]!, idNumber: '440106198003072420' },
            partyless.parties[1]!,
          ],
        }),
      400,
      'ID_NUMBER_INVALID',
    ],
    [
      'a wrong credit code',
      () =>
        api.apply({
          parties: [
            partyless.parties[0]!,
            {
              role: 'respondent',
              kind: 'organization',
              name: '某物业公司',
              creditCode: '91440101MA59XXXX0X',
            },
          ],
        }),
      400,
      'CREDIT_CODE_INVALID',
    ],
    [
      'a place outside Guangzhou',
      () => api.apply({ placeCode: '440304001001' }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a place that does not exist',
      () => api.apply({ placeCode: '440106001999' }),
      400,
      'MEDIATION_REGION_UNKNOWN',
    ],
    [
      'an unknown committee',
      () => api.apply({ committeeId: '00000000-0000-4000-8000-000000000000' }),
      404,
      'MEDIATION_COMMITTEE_NOT_FOUND',
    ],
    [
      'an unknown type',
      () => api.apply({ disputeType: 'dragons' as never }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a wrong tracking code',
      () =>
        world.t.app.inject({
          method: 'POST',
          url: '/api/public/mediation/track',
          payload: { caseNumber: '(2026)五山岳洲调字第1号', trackingCode: 'WRONG234' },
        }),
      404,
      'MEDIATION_TRACKING_FAILED',
    ],
    [
      'a court referral without the court',
      () =>
        world.as.tjadmin!.request({
          method: 'POST',
          url: '/api/mediation/cases',
          payload: { ...application(), channel: 'court', receivedDate: '2026-03-12' },
        }),
      400,
      'MEDIATION_REFERRAL_REQUIRED',
    ],
    [
      'a dispute received tomorrow',
      () =>
        world.as.tjadmin!.request({
          method: 'POST',
          url: '/api/mediation/cases',
          payload: { ...application(), channel: 'initiated', receivedDate: '2026-03-13' },
        }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a case id that is no uuid',
      () => world.as.tjadmin!.request({ method: 'GET', url: '/api/mediation/cases/42' }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an unknown read purpose',
      () =>
        world.as.tjadmin!.request({
          method: 'GET',
          url: `/api/mediation/cases/${ids.A}?purpose=curiosity`,
        }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a stale version',
      () =>
        world.as.tjadmin!.request({
          method: 'POST',
          url: `/api/mediation/cases/${ids.A}/follow-up`,
          payload: { version: 1, visitedOn: '2026-03-12', method: 'phone', performance: 'full' },
        }),
      409,
      'CONFLICT',
    ],
    [
      'a step the state does not allow',
      () =>
        world.as.hztj!.request({
          method: 'POST',
          url: `/api/mediation/cases/${ids.D}/sign-agreement`,
          payload: { version: 1, signatures: [] },
        }),
      409,
      'WORKFLOW_TRANSITION_NOT_ALLOWED',
    ],
    [
      'an unknown field',
      () =>
        world.as.hztj!.request({
          method: 'POST',
          url: `/api/mediation/cases/${ids.D}/clear-risk`,
          payload: { version: 1, colour: 'red' },
        }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'statistics without a year',
      () => world.as.leader!.request({ method: 'GET', url: '/api/mediation/statistics' }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'no login',
      () => world.t.app.inject({ method: 'GET', url: '/api/mediation/cases' }),
      401,
      'AUTH_REQUIRED',
    ],
  ])('%s', async (_name, request, status, code) => {
    const response = await request();
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error.code).toBe(code);
  });

  it('a session dated in the future is refused', async () => {
    const c = (await api.get('tjadmin', ids.E!)).json();
    expect(c.state).toBe('AGREEMENT_WRITTEN');
    const d = (await api.get('hztj', ids.D!)).json();
    const mediatorId = await api.mediatorId(d.committeeId, undefined, 'hztj');
    const assigned = await world.as.hztj!.request({
      method: 'POST',
      url: `/api/mediation/cases/${ids.D}/assign`,
      payload: { version: d.version, mediatorId },
    });
    const response = await world.as.hztj!.request({
      method: 'POST',
      url: `/api/mediation/cases/${ids.D}/record-session`,
      payload: {
        version: assigned.json().version,
        heldOn: '2026-03-13',
        place: '赤岗',
        participants: ['张丽'],
        notes: 'x',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('MEDIATION_DATE_INVALID');
  });
});
