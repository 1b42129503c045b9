// The citizen pages: a clerk gives a resident a one-time code; the resident proves who they are
// with it (wrong, expired and reused codes refused; failures rate-limited), then sees their own
// matters across modules and every staff read of their data with who, when, what and why.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../platform/testing/app.js';
import {
  HAIZHU_ID,
  personIdOf,
  RESIDENT_ID,
  seedWorld,
  withCheck,
  type World,
} from './fixtures.js';

let t: TestApp;
let w: World;
let residentPersonId = '';

beforeAll(async () => {
  t = await createTestApp();
  w = await seedWorld(t);
  residentPersonId = await personIdOf(w.as.dangan, RESIDENT_ID);
});
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

const issueCode = async (who: Session, personId = residentPersonId) => {
  const response = await who.request({
    method: 'POST',
    url: `/api/persons/${personId}/codes`,
    payload: {},
  });
  return response;
};

const verify = (idNumber: string, code: string, remoteAddress = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/persons/verify',
    payload: { idNumber, code },
    remoteAddress,
  });

const cookieOf = (response: Awaited<ReturnType<typeof verify>>) => {
  const cookie = response.cookies.find((c) => c.name === 'sifa_citizen');
  return cookie ? `sifa_citizen=${cookie.value}` : '';
};

const citizenGet = (cookie: string, url: string) =>
  t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

describe('one-time codes', () => {
  it('are given by those with persons:issue_code only', async () => {
    expect((await issueCode(w.as.tianhe)).statusCode).toBe(403);
    const given = await issueCode(w.as.wushan);
    expect(given.statusCode).toBe(200);
    expect(given.json()).toMatchObject({ code: expect.stringMatching(/^\d{6}$/), ttlMinutes: 15 });
  });

  it('a 司法所 cannot give a code to a person outside its street with no matter there', async () => {
    const haizhuPerson = await personIdOf(w.as.dangan, HAIZHU_ID);
    expect((await issueCode(w.as.wushan, haizhuPerson)).json().error.code).toBe(
      'PERSONS_NOT_FOUND',
    );
  });

  it('a wrong code is refused, the right one opens the pages, and it works only once', async () => {
    const { code } = (await issueCode(w.as.dangan)).json();
    const wrong = await verify(RESIDENT_ID, code === '000000' ? '111111' : '000000');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('PERSONS_VERIFICATION_FAILED');
    expect(cookieOf(wrong)).toBe('');
    const other = await verify(HAIZHU_ID, code);
    expect(other.statusCode).toBe(401);

    const right = await verify(RESIDENT_ID, code);
    expect(right.statusCode).toBe(200);
    expect(right.json()).toMatchObject({
      name: '张三',
      idNumberMasked: '4401**********' + RESIDENT_ID.slice(-4),
    });
    const setCookie = right.cookies.find((c) => c.name === 'sifa_citizen')!;
    expect(setCookie).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api/public/persons',
    });
    expect(right.body).not.toContain(RESIDENT_ID);

    expect((await verify(RESIDENT_ID, code)).json().error.code).toBe('PERSONS_VERIFICATION_FAILED');
  });

  it('a code expires after 15 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date());
    const { code } = (await issueCode(w.as.dangan)).json();
    vi.setSystemTime(new Date(Date.now() + 16 * 60_000));
    expect((await verify(RESIDENT_ID, code)).statusCode).toBe(401);
  });

  it('a new code voids the one given before', async () => {
    const first = (await issueCode(w.as.dangan)).json().code;
    const second = (await issueCode(w.as.dangan)).json().code;
    if (first !== second) expect((await verify(RESIDENT_ID, first)).statusCode).toBe(401);
    expect((await verify(RESIDENT_ID, second)).statusCode).toBe(200);
  });

  it('after five failures for a number, even the right code waits', async () => {
    const limitId = withCheck('44010619770707123');
    const registered = await w.as.dangan.request({
      method: 'POST',
      url: '/api/persons',
      payload: { idNumber: limitId, name: '周七', regionCode: '440106' },
    });
    const { code } = (await issueCode(w.as.dangan, registered.json().id)).json();
    const wrongCode = code === '999999' ? '999998' : '999999';
    for (let i = 0; i < 5; i++)
      expect((await verify(limitId, wrongCode, `10.0.1.${i}`)).statusCode).toBe(401);
    const locked = await verify(limitId, code, '10.0.2.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatchObject({
      code: 'PERSONS_VERIFICATION_RATE_LIMITED',
      details: { minutes: 15 },
    });
  });

  it('after twenty failures from one address, that address waits whatever the number', async () => {
    for (let i = 0; i < 20; i++) {
      const idNumber = withCheck(`4401061990010${String(1000 + i).slice(-4)}`);
      expect((await verify(idNumber, '123456', '10.9.9.9')).statusCode).toBe(401);
    }
    expect((await verify(RESIDENT_ID, '123456', '10.9.9.9')).statusCode).toBe(429);
    expect((await verify(RESIDENT_ID, '123456', '10.9.9.10')).statusCode).toBe(401);
  });
});

describe('the citizen pages', () => {
  let cookie = '';
  beforeAll(async () => {
    const { code } = (await issueCode(w.as.dangan)).json();
    const verified = await verify(RESIDENT_ID, code, '10.7.7.7');
    expect(verified.json().error).toBeUndefined();
    cookie = cookieOf(verified);
  });

  it('are closed without a verified session, and a staff session does not open them', async () => {
    const none = await citizenGet('', '/api/public/persons/me/matters');
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('PERSONS_CITIZEN_SESSION_REQUIRED');
    const staff = await citizenGet(w.as.dangan.cookie, '/api/public/persons/me/matters');
    expect(staff.statusCode).toBe(401);
  });

  it('a citizen session opens no staff route', async () => {
    const response = await citizenGet(cookie, `/api/persons/${residentPersonId}?purpose=handling`);
    expect(response.statusCode).toBe(401);
  });

  it('我的法律服务 lists the person’s matters of every module and region', async () => {
    const response = await citizenGet(cookie, '/api/public/persons/me/matters');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as {
      caseId: string;
      moduleLabel: string;
      stateLabel: string;
    }[];
    expect(items.map((m) => m.caseId).sort()).toEqual(
      [w.cases.cityCase, w.cases.tianheCase, w.cases.notaryCase].sort(),
    );
    expect(new Set(items.map((m) => m.moduleLabel))).toEqual(new Set(['行政复议', '公证']));
    expect(items.every((m) => m.stateLabel.length > 0)).toBe(true);
  });

  it('谁查看了我的信息 shows each staff read: who, organization, record and purpose', async () => {
    await w.as.rclerk.request({
      method: 'GET',
      url: `/api/reconsideration/cases/${w.cases.cityCase}?purpose=review`,
    });
    await w.as.tianhe.request({
      method: 'GET',
      url: `/api/persons/${residentPersonId}?purpose=supervision`,
    });
    const response = await citizenGet(cookie, '/api/public/persons/me/access-log?pageSize=5');
    expect(response.statusCode).toBe(200);
    const [fileRead, caseRead] = response.json().items as Record<string, string>[];
    expect(fileRead).toMatchObject({
      kindLabel: '查阅',
      actorName: '天河区局',
      organizationName: '广州市天河区司法局',
      moduleLabel: '个人档案',
      record: '个人档案',
      purposeLabel: '监督检查',
    });
    expect(caseRead).toMatchObject({
      actorName: '复议立案员',
      organizationName: '广州市司法局',
      moduleLabel: '行政复议',
      purposeLabel: '审核审批',
    });
    expect(caseRead!.record).toMatch(/^穗府行复〔\d{4}〕\d+号 不服广州市市场监督管理局的行政行为$/);
    expect(Date.parse(fileRead!.at!)).toBeGreaterThan(Date.now() - 60_000);
    // every read written for this person so far is on the page, lookups and the reveal-free codes
    const all = await citizenGet(cookie, '/api/public/persons/me/access-log?pageSize=200');
    const kinds = new Set((all.json().items as { kind: string }[]).map((e) => e.kind));
    expect(kinds).toEqual(new Set(['lookup', 'read']));
    expect(all.json().total).toBe(all.json().items.length);
    expect(all.body).not.toContain(RESIDENT_ID);
  });

  it('the person’s own reading is not logged as a staff read', async () => {
    const before = (await citizenGet(cookie, '/api/public/persons/me/access-log')).json().total;
    await citizenGet(cookie, '/api/public/persons/me/matters');
    expect((await citizenGet(cookie, '/api/public/persons/me/access-log')).json().total).toBe(
      before,
    );
  });

  it('logging out ends the session', async () => {
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/public/persons/logout',
      headers: { cookie },
      payload: {},
    });
    expect(out.statusCode).toBe(204);
    expect((await citizenGet(cookie, '/api/public/persons/me')).statusCode).toBe(401);
  });

  it('a cross-site logout is refused', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/persons/logout',
      headers: { origin: 'https://evil.example', host: 'localhost:80' },
      payload: {},
    });
    expect(response.json().error.code).toBe('AUTH_CSRF_INVALID');
  });
});
