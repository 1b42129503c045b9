// The rules around the flow: bad input is refused with a clear Chinese message and writes
// nothing; concurrent updates of one case conflict cleanly; regions and roles hold; the
// statute's silent steps happen when their periods pass.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import {
  createTestApp,
  loginAs,
  type Session,
  type TestApp,
} from '../../../platform/testing/app.js';
import {
  addDaysFromToday,
  application,
  seedReconsiderationAccounts,
  withCheck,
} from './fixtures.js';

let t: TestApp;
const as: Record<string, Session> = {};
beforeAll(async () => {
  t = await createTestApp();
  await seedReconsiderationAccounts(t);
  for (const name of ['clerk', 'handler2', 'head', 'hzclerk'])
    as[name] = await loginAs(t.app, name);
});
afterAll(() => t.close());

const counts = async () =>
  (
    await rows<{ cases: number; parties: number; documents: number; audit: number }>(
      t.database.db,
      sql`select
    (select count(*) from reconsideration.cases)::int as cases, (select count(*) from reconsideration.parties)::int as parties,
    (select count(*) from reconsideration.documents)::int as documents, (select count(*) from audit.events)::int as audit`,
    )
  )[0];
const apply = (body: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/reconsideration/applications',
    payload: body as object,
  });
const register = (who: string, body: unknown) =>
  as[who]!.request({ method: 'POST', url: '/api/reconsideration/cases', payload: body as object });

describe('bad applications are refused and write nothing', () => {
  const person = (idNumber: string) => [{ kind: 'person' as const, name: '李四', idNumber }];
  it.each([
    [
      'an ID number with a wrong check digit',
      application({
        applicants: person(
          '440106199003071230'.slice(0, 17) +
            (withCheck('44010619900307123').endsWith('0') ? '1' : '0'),
        ),
      }),
      400,
      'ID_NUMBER_INVALID',
      '身份证号码有误：申请人“李四”：校验位不符，请逐位核对号码',
    ],
    [
      'an impossible birth date',
      application({ applicants: person(withCheck('44010619900230123')) }),
      400,
      'ID_NUMBER_INVALID',
      '出生日期“19900230”不存在',
    ],
    [
      'an organization with a bad credit code',
      application({
        applicants: [{ kind: 'organization', name: '某公司', creditCode: '91350100M000100Y44' }],
      }),
      400,
      'CREDIT_CODE_INVALID',
      '校验位不符',
    ],
    [
      'knowing of the act before it was made',
      application({ actDate: addDaysFromToday(-5), knewDate: addDaysFromToday(-9) }),
      400,
      'RECONSIDERATION_DATE_BEFORE_ACT',
      '不能早于行政行为作出的日期',
    ],
    [
      'a date in the future',
      application({ knewDate: addDaysFromToday(3), actDate: undefined }),
      400,
      'RECONSIDERATION_DATE_IN_FUTURE',
      '知道行政行为的日期不能晚于今天',
    ],
    [
      'an agent without a written mandate',
      application({ agents: [{ name: '王律师', forApplicant: 0 }] }),
      400,
      'RECONSIDERATION_MANDATE_MISSING',
      '代理人“王律师”须提交授权委托书（行政复议法第十七条）',
    ],
    ['no applicant', application({ applicants: [] }), 400, 'VALIDATION_FAILED', '提交的内容有误'],
    [
      'an unknown field',
      { ...application(), secret: 1 },
      400,
      'VALIDATION_FAILED',
      '提交的内容有误',
    ],
  ] as const)('%s', async (_name, body, status, code, message) => {
    const before = await counts();
    const response = await apply(body);
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(response.json().error.message).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it('a mailed application needs its postmark date, and counts from it', async () => {
    const missing = await register('clerk', {
      ...application(),
      channel: 'mail',
      receivedDate: addDaysFromToday(-1),
    });
    expect(missing.json().error.code).toBe('RECONSIDERATION_POSTMARK_REQUIRED');
    const ok = await register('clerk', {
      ...application({ knewDate: addDaysFromToday(-70), actDate: addDaysFromToday(-70) }),
      channel: 'mail',
      receivedDate: addDaysFromToday(-1),
      postmarkDate: addDaysFromToday(-8),
    });
    expect(ok.statusCode).toBe(201);
    const detail = (
      await as.clerk!.request({
        method: 'GET',
        url: `/api/reconsideration/cases/${ok.json().caseId}`,
      })
    ).json();
    expect(detail.postmarkDate).toBe(addDaysFromToday(-8));
    expect(detail.timeLimit.computation.at(-1)).toMatch(
      /^申请日 .* (已超过申请期限|在申请期限内)$/,
    );
  });
});

describe('steps out of order or out of place', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await apply(application())).json().caseId;
  });

  it('an illegal transition names the state and what is allowed', async () => {
    const response = await as.head!.request({
      method: 'POST',
      url: `/api/reconsideration/cases/${caseId}/approve-decision`,
      payload: { version: 1 },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(
      '当前状态为“待审查”，不能执行“批准决定”；当前可执行：受理、不予受理、通知补正、分配承办人',
    );
  });

  it('a decision type not allowed in the current state is refused', async () => {
    let v = (
      await as.clerk!.request({
        method: 'POST',
        url: `/api/reconsideration/cases/${caseId}/accept`,
        payload: { version: 1, procedure: 'ordinary' },
      })
    ).json().version;
    v = (
      await as.handler2!.request({
        method: 'POST',
        url: `/api/reconsideration/cases/${caseId}/suspend`,
        payload: { version: v, ground: '8' },
      })
    ).json().version;
    const response = await as.handler2!.request({
      method: 'POST',
      url: `/api/reconsideration/cases/${caseId}/draft-decision`,
      payload: { version: v, type: 'revoke', summary: 's', reasons: 'r', legalBasis: 'b' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(
      '案件当前状态为“中止”，不能作出“撤销”；可作出：终止',
    );
  });

  it('two people changing the same case at once: one wins, the other gets a conflict, nothing is lost', async () => {
    const detail = (
      await as.head!.request({ method: 'GET', url: `/api/reconsideration/cases/${caseId}` })
    ).json();
    const [a, b] = await Promise.all([
      as.handler2!.request({
        method: 'POST',
        url: `/api/reconsideration/cases/${caseId}/resume`,
        payload: { version: detail.version },
      }),
      as.head!.request({
        method: 'POST',
        url: `/api/reconsideration/cases/${caseId}/resume`,
        payload: { version: detail.version },
      }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.message).toBe('该记录已被他人修改，请刷新后重试');
    const after = (
      await as.head!.request({ method: 'GET', url: `/api/reconsideration/cases/${caseId}` })
    ).json();
    expect(after.version).toBe(detail.version + 1);
    expect(after.timeline.filter((e: { action: string }) => e.action === 'resume')).toHaveLength(1);
  });

  it('an extension is once only, at most 30 days, never in the simplified procedure', async () => {
    let v = (
      await as.head!.request({ method: 'GET', url: `/api/reconsideration/cases/${caseId}` })
    ).json().version;
    const tooLong = await as.head!.request({
      method: 'POST',
      url: `/api/reconsideration/cases/${caseId}/extend`,
      payload: { version: v, days: 31, reason: '案情复杂' },
    });
    expect(tooLong.json().error.details[0].message).toBe('延长期限最多 30 日');
    const ok = await as.head!.request({
      method: 'POST',
      url: `/api/reconsideration/cases/${caseId}/extend`,
      payload: { version: v, days: 30, reason: '案情复杂' },
    });
    expect(ok.statusCode).toBe(200);
    expect(
      ok.json().deadlines.find((d: { key: string }) => d.key === 'decision').explanation,
    ).toContain('延长 30 日');
    v = ok.json().version;
    const again = await as.head!.request({
      method: 'POST',
      url: `/api/reconsideration/cases/${caseId}/extend`,
      payload: { version: v, days: 5, reason: '再延' },
    });
    expect(again.json().error.message).toBe('本案已延长过审理期限，延长以一次为限');
  });
});

describe('region scoping', () => {
  it('a district clerk neither sees nor changes a city case, and registers only in their district', async () => {
    const { caseId } = (await apply(application())).json();
    const read = await as.hzclerk!.request({
      method: 'GET',
      url: `/api/reconsideration/cases/${caseId}`,
    });
    expect(read.statusCode).toBe(404);
    const list = (
      await as.hzclerk!.request({ method: 'GET', url: '/api/reconsideration/cases' })
    ).json();
    expect(list.items.every((c: { regionCode: string }) => c.regionCode.startsWith('440105'))).toBe(
      true,
    );
    const elsewhere = await register('hzclerk', {
      ...application(),
      channel: 'in_person',
      receivedDate: addDaysFromToday(0),
    });
    expect(elsewhere.json().error.code).toBe('AUTH_OUT_OF_REGION');
    const own = await register('hzclerk', {
      ...application({ authorityRegionCode: '440105' }),
      channel: 'in_person',
      receivedDate: addDaysFromToday(0),
    });
    expect(own.json().caseNumber).toMatch(/^穗海府行复〔\d{4}〕1号$/);
  });
});

describe('silent steps when periods pass', () => {
  it('an application left 5 working days is deemed accepted; an uncorrected one is deemed abandoned', async () => {
    const old = (
      await register('clerk', {
        ...application({ knewDate: addDaysFromToday(-60), actDate: addDaysFromToday(-60) }),
        channel: 'in_person',
        receivedDate: addDaysFromToday(-30),
      })
    ).json();
    const corrected = (
      await register('clerk', {
        ...application({ knewDate: addDaysFromToday(-60), actDate: addDaysFromToday(-60) }),
        channel: 'in_person',
        receivedDate: addDaysFromToday(-40),
      })
    ).json();
    // The correction notice was sent on receipt, 40 days ago: its 10 working days are long gone.
    await t.database.db.execute(sql`update reconsideration.cases set state = 'AWAITING_CORRECTION',
      clock = jsonb_build_object('deadlines', jsonb_build_object(
        'acceptance', jsonb_build_object('start', ${addDaysFromToday(-40)}::text, 'metOn', null, 'extensionDays', 0),
        'correctionReply', jsonb_build_object('start', ${addDaysFromToday(-40)}::text, 'metOn', null, 'extensionDays', 0)),
        'suspensions', jsonb_build_array(jsonb_build_object('from', ${addDaysFromToday(-40)}::text, 'to', null, 'reason', '补正', 'affects', jsonb_build_array('acceptance')))),
      next_due_date = ${addDaysFromToday(-25)} where id = ${corrected.caseId}`);
    const result = await as.head!.request({
      method: 'POST',
      url: '/api/reconsideration/timers/run',
      payload: {},
    });
    expect(result.json()).toMatchObject({ deemedAccepted: expect.any(Number), deemedAbandoned: 1 });
    const a = (
      await as.head!.request({ method: 'GET', url: `/api/reconsideration/cases/${old.caseId}` })
    ).json();
    expect(a.stateLabel).toBe('审理中');
    expect(a.timeline.at(-1).actionLabel).toBe('视为受理');
    const b = (
      await as.head!.request({
        method: 'GET',
        url: `/api/reconsideration/cases/${corrected.caseId}`,
      })
    ).json();
    expect(b.stateLabel).toBe('视为放弃');
    expect(
      (
        await as.clerk!.request({
          method: 'POST',
          url: '/api/reconsideration/timers/run',
          payload: {},
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('statistics and litigation', () => {
  it('counts cases by stage and exports correction rates to Excel', async () => {
    const stats = (
      await as.head!.request({ method: 'GET', url: '/api/reconsideration/statistics' })
    ).json();
    expect(stats.byState.find((s: { state: string }) => s.state === 'RECEIVED').label).toBe(
      '待审查',
    );
    expect(typeof stats.overdue).toBe('number');
    const xlsx = await as.head!.request({
      method: 'GET',
      url: '/api/reconsideration/statistics/export.xlsx',
    });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('records lawsuits and the rate at which the organ head appeared in court', async () => {
    const created = await as.handler2!.request({
      method: 'POST',
      url: '/api/reconsideration/lawsuits',
      payload: {
        regionCode: '4401',
        organName: '广州市市场监督管理局',
        court: '广州铁路运输中级法院',
        courtCaseNumber: '(2026)粤71行初1号',
        filedDate: addDaysFromToday(-3),
        hearingDates: [
          { date: addDaysFromToday(-1), headAppeared: true, appearedName: '某副局长' },
          { date: addDaysFromToday(0), headAppeared: false },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const list = (
      await as.head!.request({ method: 'GET', url: '/api/reconsideration/lawsuits' })
    ).json();
    expect(list.appearanceRates).toEqual([
      { organName: '广州市市场监督管理局', hearings: 2, appeared: 1, rate: 50 },
    ]);
  });
});
