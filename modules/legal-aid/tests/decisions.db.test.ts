// The steps beside the main flow over the API: an ineligible application refused with the
// objection right, the bureau maintaining or correcting (Art. 49); the override with a written
// reason; provision before the decision (Art. 44); the application deemed withdrawn; termination
// (Art. 48) and its objection; intake from detention (24 hours) and from a notice (Art. 36);
// where to apply (Art. 38).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import { createTestApp, type Session, type TestApp } from '../../../platform/testing/app.js';
import {
  application,
  file,
  lawyer,
  logInAll,
  OTHER_ID,
  seedAccounts,
  type Who,
} from './fixtures.js';

let t: TestApp;
let as: Record<Who, Session>;

async function on(date: string) {
  vi.setSystemTime(new Date(`${date}T02:00:00Z`));
  as = await logInAll(t.app);
}

beforeAll(async () => {
  t = await createTestApp();
  await seedAccounts(t);
  vi.useFakeTimers({ toFake: ['Date'] });
  await on('2026-03-02');
  for (const body of [
    lawyer({ name: '资深律师', specialties: ['criminal'], practiceSince: '2015-01-01' }),
    lawyer({ name: '新律师', specialties: ['criminal', 'labour'], practiceSince: '2025-01-01' }),
  ]) {
    const created = await as.head.request({
      method: 'POST',
      url: '/api/legal-aid/lawyers',
      payload: body,
    });
    expect(created.statusCode).toBe(201);
  }
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

async function apply(overrides: Parameters<typeof application>[0] = {}) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/public/legal-aid/applications',
    payload: application(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as {
    caseId: string;
    caseNumber: string;
    eligibility: { passed: boolean };
  };
}

/** Runs steps on one case, keeping its version. */
function caseSteps(caseId: string) {
  let version = 1;
  return async (who: Who, path: string, body: Record<string, unknown> = {}) => {
    const response = await as[who].request({
      method: 'POST',
      url: `/api/legal-aid/cases/${caseId}/${path}`,
      payload: { version, ...body },
    });
    if (response.statusCode === 200) version = response.json().version;
    return response;
  };
}

describe('refusal and the objection to it (Art. 43, 49)', () => {
  it('an applicant above the standard is not eligible: granting needs an override first', async () => {
    const { caseId, eligibility } = await apply({
      household: { members: 1, monthlyIncomeYuan: 30000 },
    });
    expect(eligibility.passed).toBe(false);
    const step = caseSteps(caseId);
    const blocked = await step('head', 'grant');
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({ code: 'LEGAL_AID_NOT_ELIGIBLE' });
    expect(blocked.json().error.message).toContain('经济困难');
    const short = await step('officer', 'override-eligibility', {
      passed: true,
      reason: '情况特殊',
    });
    expect(short.json().error.code).toBe('LEGAL_AID_OVERRIDE_REASON_REQUIRED');
    const overridden = await step('officer', 'override-eligibility', {
      passed: true,
      reason: '申请人已于上月失业，收入证明反映的是失业前的工资',
    });
    expect(overridden.statusCode).toBe(200);
    expect(overridden.json()).toMatchObject({
      effectivelyEligible: true,
      override: { passed: true, by: '天河援助员' },
    });
    expect(overridden.json().eligibility.passed).toBe(false);
    expect((await step('head', 'grant')).statusCode).toBe(200);
    const [audit] = await rows<{ details: { reason: string } }>(
      t.database.db,
      sql`select details from audit.events where entity_id = ${caseId} and action = 'legal-aid.override_eligibility'`,
    );
    expect(audit!.details.reason).toContain('失业');
  });

  it('a refusal states the reasons and the objection right; the bureau maintains it within 5 日', async () => {
    const { caseId } = await apply({ civilMatter: 'other' });
    const step = caseSteps(caseId);
    const refused = await step('head', 'refuse', { reasons: '所申请事项不属于法律援助范围' });
    expect(refused.statusCode).toBe(200);
    expect(refused.json().stateLabel).toBe('决定不予法律援助');
    expect(refused.json().documents.map((d: { title: string }) => d.title)).toContain(
      '不予法律援助决定书',
    );
    const objected = await step('officer', 'file-objection', { reasons: '该事项属于劳动报酬争议' });
    expect(
      objected.json().deadlines.find((d: { key: string }) => d.key === 'objection').dueDate,
    ).toBe('2026-03-09');
    const byCentre = await step('head', 'decide-objection', {
      outcome: 'maintain',
      reasons: '维持',
    });
    expect(byCentre.statusCode).toBe(403);
    const otherBureau = await step('haizhu', 'decide-objection', {
      outcome: 'maintain',
      reasons: '维持',
    });
    expect(otherBureau.statusCode).toBe(404);
    const maintained = await step('tianhe', 'decide-objection', {
      outcome: 'maintain',
      reasons: '所申请事项为一般合同纠纷，不属于第三十一条所列事项',
    });
    expect(maintained.statusCode).toBe(200);
    expect(maintained.json().stateLabel).toBe('异议不成立，维持原决定');
    expect(maintained.json().objection).toMatchObject({
      against: 'refusal',
      outcome: 'maintained',
    });
    expect(maintained.json().nextActions).toEqual([]);
  });

  it('a corrected refusal is granted and the 3-day assignment clock starts', async () => {
    const { caseId } = await apply();
    const step = caseSteps(caseId);
    await step('head', 'refuse', { reasons: '材料不足' });
    await step('officer', 'file-objection', { reasons: '材料已齐全' });
    const corrected = await step('tianhe', 'decide-objection', {
      outcome: 'correct',
      reasons: '申请人符合经济困难标准，应当给予法律援助',
    });
    expect(corrected.json().stateLabel).toBe('决定给予法律援助');
    expect(
      corrected.json().deadlines.find((d: { key: string }) => d.key === 'assign').dueDate,
    ).toBe('2026-03-05');
  });
});

describe('provision before the decision, withdrawal and termination', () => {
  it('provides early with an Art. 44 ground even while material is missing', async () => {
    const { caseId } = await apply();
    const step = caseSteps(caseId);
    await step('officer', 'request-material', { items: ['劳动合同'] });
    const early = await step('head', 'provide-provisionally', {
      ground: 'time_limit',
      reasons: '距劳动仲裁时效届满仅剩五日',
    });
    expect(early.statusCode).toBe(200);
    expect(early.json().decision).toMatchObject({ outcome: 'provisional' });
    expect(early.json().documents.map((d: { title: string }) => d.title)).toContain(
      '先行提供法律援助决定书',
    );
  });

  it('an application is deemed withdrawn only after the material period ran out', async () => {
    const { caseId } = await apply();
    const step = caseSteps(caseId);
    await step('officer', 'request-material', { items: ['工资条'] });
    const early = await step('officer', 'deem-withdrawn');
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'LEGAL_AID_SUPPLEMENT_NOT_DUE',
      details: { dueDate: '2026-03-17' },
    });
    await on('2026-03-18');
    const withdrawn = await step('officer', 'deem-withdrawn');
    expect(withdrawn.json().stateLabel).toBe('视为撤回申请');
    await on('2026-03-02');
  });

  it('terminates on an Art. 48 ground; the objection orders it resumed', async () => {
    const { caseId } = await apply();
    const step = caseSteps(caseId);
    await step('head', 'grant');
    await step('officer', 'assign');
    const terminated = await step('head', 'terminate', {
      ground: 'own_lawyer',
      reasons: '受援人已自行委托律师',
    });
    expect(terminated.json().termination).toMatchObject({
      groundText: '受援人自行委托律师或者其他代理人',
    });
    expect(terminated.json().documents.map((d: { title: string }) => d.title)).toContain(
      '终止法律援助决定书',
    );
    await step('officer', 'file-objection', { reasons: '并未委托律师' });
    const resumed = await step('tianhe', 'decide-objection', {
      outcome: 'correct',
      reasons: '经核实受援人未自行委托律师',
    });
    expect(resumed.json().stateLabel).toBe('已指派');
    expect(resumed.json().provider).not.toBeNull();
  });
});

describe('another provider (Art. 55)', () => {
  it('reassigns with a written reason to someone else by rotation', async () => {
    const { caseId } = await apply();
    const step = caseSteps(caseId);
    await step('head', 'grant');
    const first = (await step('officer', 'assign')).json().provider;
    const noReason = await step('officer', 'reassign', { reason: ' ' });
    expect(noReason.json().error.code).toBe('VALIDATION_FAILED');
    const changed = await step('officer', 'reassign', { reason: '受援人投诉承办律师未及时会见' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().provider.id).not.toBe(first.id);
    const event = changed.json().timeline.find((e: { action: string }) => e.action === 'reassign');
    expect(event.details).toMatchObject({
      previousLawyerId: first.id,
      reason: '受援人投诉承办律师未及时会见',
    });
  });
});

describe('intake from detention and from a notice', () => {
  it('records the hours a detention facility took to forward and flags over 24', async () => {
    const body = {
      ...application({ category: 'criminal_defence', civilMatter: null }),
      facility: '广州市天河区看守所',
      requestedAt: '2026-02-27T09:00:00+08:00',
      forwardedAt: '2026-02-28T15:00:00+08:00',
    };
    const response = await as.officer.request({
      method: 'POST',
      url: '/api/legal-aid/forwarded',
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(201);
    const detail = await as.officer.request({
      method: 'GET',
      url: `/api/legal-aid/cases/${response.json().caseId}`,
    });
    expect(detail.json()).toMatchObject({
      source: 'detention',
      receivedDate: '2026-02-28',
      detention: { hours: 30, late: true, limitHours: 24 },
    });
    const backwards = await as.officer.request({
      method: 'POST',
      url: '/api/legal-aid/forwarded',
      payload: { ...body, forwardedAt: '2026-02-26T09:00:00+08:00' },
    });
    expect(backwards.json().error.code).toBe('LEGAL_AID_FORWARD_TIME_INVALID');
  });

  it('a court notice in a possible death-penalty case: 3 日 to assign a lawyer of 3+ years (Art. 26)', async () => {
    const response = await as.officer.request({
      method: 'POST',
      url: '/api/legal-aid/notices',
      payload: {
        authorityKind: 'procuratorate',
        authorityName: '天河区人民检察院',
        authorityRegionCode: '440106',
        noticeNumber: '穗天检通援〔2026〕3号',
        receivedDate: '2026-03-02',
        person: { name: '钱某', idNumber: OTHER_ID },
        mandatoryGround: 'life_or_death',
        charge: '故意杀人',
        matterSummary: '犯罪嫌疑人可能被判处无期徒刑以上刑罚',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { caseId, eligibility, state } = response.json();
    expect(state).toBe('NOTIFIED');
    expect(eligibility).toMatchObject({ passed: true, route: 'mandatory' });
    const step = caseSteps(caseId);
    const detail = await as.officer.request({
      method: 'GET',
      url: `/api/legal-aid/cases/${caseId}`,
    });
    expect(detail.json().gravest).toBe(true);
    expect(detail.json().deadlines).toEqual([
      expect.objectContaining({ key: 'noticeAssign', dueDate: '2026-03-05' }),
    ]);
    const lawyers = await as.officer.request({ method: 'GET', url: '/api/legal-aid/lawyers' });
    const junior = lawyers.json().items.find((l: { name: string }) => l.name === '新律师');
    const named = await step('officer', 'assign', { lawyerId: junior.id });
    expect(named.statusCode).toBe(409);
    expect(named.json().error.code).toBe('LEGAL_AID_EXPERIENCE_REQUIRED');
    expect(named.json().error.message).toContain('法律援助法第二十六条');
    const rotated = await step('officer', 'assign');
    expect(rotated.json().provider.name).toBe('资深律师');
  });
});

describe('where to apply (Art. 38)', () => {
  it.each([
    [
      { centreCode: 'district-legal-aid-440105' },
      'LEGAL_AID_WRONG_CENTRE',
      '应当向广州市天河区法律援助中心申请法律援助',
    ],
    [
      { place: { kind: 'non_litigation', regionCode: '440304' } },
      'LEGAL_AID_OUTSIDE_CITY',
      '不在本市',
    ],
    [
      { place: { kind: 'non_litigation', regionCode: '440199' } },
      'LEGAL_AID_REGION_UNKNOWN',
      '440199',
    ],
  ] as const)('%j is refused with %s', async (overrides, code, text) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/legal-aid/applications',
      payload: application(overrides as never),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(code);
    expect(response.json().error.message).toContain(text);
  });

  it('a window officer of another district is told the right centre', async () => {
    const response = await as.hzofficer.request({
      method: 'POST',
      url: '/api/legal-aid/cases',
      payload: { ...application({ materials: [file('身份证明')] }), receivedDate: '2026-03-02' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('广州市天河区法律援助中心');
  });

  it('a case before the city’s intermediate court goes to the city centre', async () => {
    const response = await as.cityhead.request({
      method: 'POST',
      url: '/api/legal-aid/cases',
      payload: {
        ...application({
          place: { kind: 'litigation', authorityName: '广州市中级人民法院', regionCode: '4401' },
        }),
        receivedDate: '2026-03-02',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().caseNumber).toBe('(2026)穗广州法援字第1号');
  });
});
