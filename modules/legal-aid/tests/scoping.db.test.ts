// The region-scoping matrix of the legal-aid routes (each role at each level, inside and outside
// its region) and bad input: every refusal a 4xx with a stable code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../platform/testing/app.js';
import { application, APPLICANT_ID, lawyer, logInAll, seedAccounts, type Who } from './fixtures.js';

let t: TestApp;
let as: Record<Who, Session>;
const cases: Record<'tianhe' | 'haizhu', string> = { tianhe: '', haizhu: '' };

beforeAll(async () => {
  t = await createTestApp();
  await seedAccounts(t);
  as = await logInAll(t.app);
  for (const [key, region] of [
    ['tianhe', '440106001'],
    ['haizhu', '440105001'],
  ] as const) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/legal-aid/applications',
      payload: application({ place: { kind: 'non_litigation', regionCode: region } }),
    });
    cases[key] = response.json().caseId;
  }
  await as.head.request({ method: 'POST', url: '/api/legal-aid/lawyers', payload: lawyer() });
  await as.head.request({
    method: 'POST',
    url: '/api/legal-aid/duty/stations',
    payload: { name: '天河区人民法院值班律师工作站', kind: 'court' },
  });
});
afterAll(() => t.close());

const get = (who: Who, url: string) => as[who].request({ method: 'GET', url });

describe('lists are scoped by the region of the centre', () => {
  it.each([
    ['officer', ['tianhe'], 1, 1],
    ['head', ['tianhe'], 1, 1],
    ['hzofficer', ['haizhu'], 0, 0],
    ['cityhead', ['haizhu', 'tianhe'], 1, 1],
    ['tianhe', ['tianhe'], 1, 1],
    ['haizhu', ['haizhu'], 0, 0],
    ['leader', ['haizhu', 'tianhe'], 1, 1],
    ['admin', ['haizhu', 'tianhe'], 1, 1],
  ] as const)(
    '%s sees cases %j, %i lawyer(s), %i station(s)',
    async (who, expected, nLawyers, nStations) => {
      const list = await get(who, '/api/legal-aid/cases?scope=all');
      expect(list.statusCode).toBe(200);
      const seen = (list.json().items as { id: string }[])
        .map((c) => (c.id === cases.tianhe ? 'tianhe' : 'haizhu'))
        .sort();
      expect(seen).toEqual(expected);
      expect((await get(who, '/api/legal-aid/lawyers')).json().total).toBe(nLawyers);
      expect((await get(who, '/api/legal-aid/duty/stations')).json().items).toHaveLength(nStations);
    },
  );

  it.each([
    '/api/legal-aid/cases',
    '/api/legal-aid/lawyers',
    '/api/legal-aid/duty/stations',
    '/api/legal-aid/statistics?year=2026',
  ])('a 司法所 officer without legal-aid rights gets 403 on %s', async (url) => {
    const response = await get('wushan', url);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('AUTH_FORBIDDEN');
  });
});

describe('single cases: read and act inside the region only', () => {
  // who, read status, act status (an override of the check, which changes no state)
  it.each([
    ['officer', 200, 200],
    ['head', 200, 200],
    ['hzofficer', 404, 404],
    ['hzhead', 404, 404],
    ['cityhead', 200, 200],
    ['tianhe', 200, 403],
    ['haizhu', 404, 404],
    ['leader', 200, 403],
    ['wushan', 403, 403],
    ['admin', 200, 200],
  ] as const)('%s reads the Tianhe case: %i, acts on it: %i', async (who, read, act) => {
    const detail = await get(who, `/api/legal-aid/cases/${cases.tianhe}`);
    expect(detail.statusCode).toBe(read);
    if (read === 404) expect(detail.json().error.code).toBe('LEGAL_AID_CASE_NOT_FOUND');
    const version = (await get('admin', `/api/legal-aid/cases/${cases.tianhe}`)).json().version;
    const response = await as[who].request({
      method: 'POST',
      url: `/api/legal-aid/cases/${cases.tianhe}/override-eligibility`,
      payload: { version, passed: true, reason: '矩阵测试：书面理由十个字以上' },
    });
    expect(response.statusCode).toBe(act);
  });
});

describe('bad input is a 4xx with a stable code', () => {
  const apply = (payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/public/legal-aid/applications',
      payload: payload as object,
    });

  it.each([
    ['no applicant', { ...application(), applicant: undefined }, 400, 'VALIDATION_FAILED'],
    [
      'a wrong ID number',
      application({ applicant: { name: '张援', idNumber: APPLICANT_ID.slice(0, 17) + 'Y' } }),
      400,
      'ID_NUMBER_INVALID',
    ],
    ['an unknown category', { ...application(), category: 'divorce' }, 400, 'VALIDATION_FAILED'],
    [
      'no household member',
      application({ household: { members: 0, monthlyIncomeYuan: 10 } }),
      400,
      'VALIDATION_FAILED',
    ],
    ['an unknown field', { ...application(), secret: 1 }, 400, 'VALIDATION_FAILED'],
  ])('an application with %s', async (_name, payload, status, code) => {
    const response = await apply(payload);
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
  });

  it.each([
    ['a stale version', 'grant', { version: 99 }, 409, 'CONFLICT'],
    ['a step the state does not allow', 'close', { version: 0 }, 400, 'VALIDATION_FAILED'],
    [
      'a step the state does not allow',
      'start-service',
      {},
      409,
      'WORKFLOW_TRANSITION_NOT_ALLOWED',
    ],
    ['a refusal without reasons', 'refuse', { reasons: ' ' }, 400, 'VALIDATION_FAILED'],
  ])('%s (%s)', async (_name, path, body, status, code) => {
    const version = (await get('admin', `/api/legal-aid/cases/${cases.tianhe}`)).json().version;
    const response = await as.head.request({
      method: 'POST',
      url: `/api/legal-aid/cases/${cases.tianhe}/${path}`,
      payload: { version, ...body },
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
  });

  it.each([
    ['GET', '/api/legal-aid/cases/not-a-uuid', undefined, 400, 'VALIDATION_FAILED'],
    [
      'GET',
      '/api/legal-aid/cases/00000000-0000-4000-8000-000000000000',
      undefined,
      404,
      'LEGAL_AID_CASE_NOT_FOUND',
    ],
    ['GET', '/api/legal-aid/statistics?year=2019', undefined, 400, 'VALIDATION_FAILED'],
    [
      'GET',
      '/api/legal-aid/duty/roster?stationId=00000000-0000-4000-8000-000000000000&weekStart=2026-03-02',
      undefined,
      404,
      'LEGAL_AID_STATION_NOT_FOUND',
    ],
    [
      'POST',
      '/api/legal-aid/cases',
      { ...application(), receivedDate: '2099-01-01' },
      400,
      'LEGAL_AID_DATE_IN_FUTURE',
    ],
  ] as const)('%s %s', async (method, url, payload, status, code) => {
    const response = await as.officer.request({ method, url, ...(payload ? { payload } : {}) });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
  });

  it('a quality review of an open case', async () => {
    const response = await as.head.request({
      method: 'POST',
      url: `/api/legal-aid/cases/${cases.tianhe}/quality-review`,
      payload: { scores: {} },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('LEGAL_AID_NOT_CLOSED');
  });

  it('staff routes need a login; a survey token must exist', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/legal-aid/cases' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('AUTH_REQUIRED');
    const survey = await t.app.inject({
      method: 'GET',
      url: '/api/public/legal-aid/surveys/abcdefghijkl',
    });
    expect(survey.statusCode).toBe(404);
    expect(survey.json().error.code).toBe('LEGAL_AID_SURVEY_NOT_FOUND');
  });
});

describe('the API description', () => {
  it('lists every legal-aid route with its reply shape (files aside)', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const paths = Object.entries(
      doc.paths as Record<
        string,
        Record<string, { responses: Record<string, { content?: object }> }>
      >,
    ).filter(([path]) => path.includes('/legal-aid'));
    expect(paths.length).toBeGreaterThan(30);
    for (const [path, ops] of paths) {
      for (const [method, op] of Object.entries(ops)) {
        const file = /\.xlsx$|\/documents\//.test(path);
        const described = Object.values(op.responses).some((r) => !!r.content);
        expect(file || described, `${method} ${path}`).toBe(true);
      }
    }
  });
});
