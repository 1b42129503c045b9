// The whole life of a wage claim over the API: a resident's self-check (nothing stored), the
// online application with its tracking code, the one-time notice of missing material, the
// decision, assignment by rotation, service, closing with materials, the quality review, the
// recipient's survey, the subsidy; the person file's matter and the access log of each read.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import { createTestApp, type Session, type TestApp } from '../../../platform/testing/app.js';
import { legalAidModule } from '../index.js';
import {
  APPLICANT_ID,
  application,
  file,
  lawyer,
  logInAll,
  seedAccounts,
  type Who,
} from './fixtures.js';

let t: TestApp;
let as: Record<Who, Session>;
let caseId = '';
let caseNumber = '';
let trackingCode = '';
let version = 1;
const lawyers: Record<string, string> = {};

async function on(date: string) {
  vi.setSystemTime(new Date(`${date}T02:00:00Z`));
  as = await logInAll(t.app);
}

beforeAll(async () => {
  t = await createTestApp();
  await seedAccounts(t);
  vi.useFakeTimers({ toFake: ['Date'] });
  await on('2026-03-02');
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

const step = async (who: Who, path: string, body: Record<string, unknown> = {}) => {
  const response = await as[who].request({
    method: 'POST',
    url: `/api/legal-aid/cases/${caseId}/${path}`,
    payload: { version, ...body },
  });
  if (response.statusCode === 200) version = response.json().version;
  return response;
};
const track = () =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/legal-aid/track',
    payload: { caseNumber, trackingCode },
  });
const count = async (table: string) =>
  (await rows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!
    .n;

describe('a wage claim from the self-check to the subsidy', () => {
  it('the self-check answers with a reason per criterion and where to apply, storing nothing', async () => {
    const before = [await count('legal_aid.cases'), await count('audit.events')];
    const { applicant: _a, matterSummary: _m, materials: _f, ...facts } = application();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/legal-aid/self-check',
      payload: facts,
    });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.passed).toBe(true);
    expect(result.stored).toBe(false);
    expect(result.centre).toMatchObject({
      code: 'district-legal-aid-440106',
      name: '广州市天河区法律援助中心',
    });
    expect(result.criteria.map((c: { code: string }) => c.code)).toEqual([
      'scope',
      'own_lawyer',
      'mandatory',
      'no_means_test',
      'exempt_group',
      'economic_hardship',
    ]);
    const hardship = result.criteria.find((c: { code: string }) => c.code === 'economic_hardship');
    expect(hardship).toMatchObject({ status: 'pass' });
    expect(hardship.reason).toContain('1200.00');
    expect([await count('legal_aid.cases'), await count('audit.events')]).toEqual(before);
  });

  it('the resident applies online and gets a case number and a tracking code', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/legal-aid/applications',
      payload: application(),
    });
    expect(response.statusCode).toBe(201);
    const receipt = response.json();
    expect(receipt.caseNumber).toBe('(2026)穗天河法援字第1号');
    expect(receipt.trackingCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(receipt.centreName).toBe('广州市天河区法律援助中心');
    expect(receipt.eligibility.passed).toBe(true);
    expect(receipt.decideBy).toBe('2026-03-09');
    ({ caseId, caseNumber, trackingCode } = receipt);
    const [stored] = await rows<{ tracking_code_hash: string; id_number_encrypted: string }>(
      t.database.db,
      sql`select c.tracking_code_hash, p.id_number_encrypted from legal_aid.cases c join legal_aid.parties p on p.case_id = c.id`,
    );
    expect(stored!.tracking_code_hash).not.toContain(trackingCode);
    expect(stored!.id_number_encrypted).not.toContain(APPLICANT_ID);
    const tracked = await track();
    expect(tracked.json()).toMatchObject({
      stateLabel: '待审查',
      centreName: '广州市天河区法律援助中心',
    });
    expect(tracked.json().nextStatutoryDate.dueDate).toBe('2026-03-09');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/public/legal-aid/track',
      payload: { caseNumber, trackingCode: 'AAAAAAAA' },
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.code).toBe('LEGAL_AID_TRACKING_FAILED');
  });

  it('the officer sees it on the workbench and opens it: the read is logged with its purpose', async () => {
    const list = await as.officer.request({ method: 'GET', url: '/api/legal-aid/cases' });
    expect(list.json().items.map((c: { caseNumber: string }) => c.caseNumber)).toEqual([
      caseNumber,
    ]);
    expect(list.json().items[0]).toMatchObject({
      nextDueDate: '2026-03-09',
      nextDeadlineStatus: 'normal',
    });
    const detail = await as.officer.request({
      method: 'GET',
      url: `/api/legal-aid/cases/${caseId}?purpose=review`,
    });
    expect(detail.statusCode).toBe(200);
    expect(JSON.stringify(detail.json())).not.toContain(APPLICANT_ID);
    expect(detail.json().parties[0].idNumberMasked).toMatch(/^4401\*+\d{3}[\dX]$/);
    const [log] = await rows<{ actor_name: string; purpose: string; module: string }>(
      t.database.db,
      sql`select actor_name, purpose, module from access.access_log where entity_id = ${caseId}`,
    );
    expect(log).toEqual({ actor_name: '天河援助员', purpose: 'review', module: 'legal-aid' });
  });

  it('a one-time notice lists every missing material; the decision clock runs on (default)', async () => {
    const response = await step('officer', 'request-material', {
      items: ['劳动合同或工资条', '欠薪的证明'],
    });
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.stateLabel).toBe('待补充材料');
    expect(detail.documents.map((d: { title: string }) => d.title)).toContain(
      '补充材料一次性告知书',
    );
    const decide = detail.deadlines.find((d: { key: string }) => d.key === 'decide');
    expect(decide).toMatchObject({ dueDate: '2026-03-09', status: 'normal' });
    expect((await track()).json().missingItems).toEqual(['劳动合同或工资条', '欠薪的证明']);
    const [sms] = await rows<{ subject: string }>(
      t.database.db,
      sql`select subject from notify.outbox where entity_id = ${caseId}`,
    );
    expect(sms!.subject).toBe('法律援助申请需补充材料');
  });

  it('the material is recorded on 03-04 and the head grants on 03-05', async () => {
    await on('2026-03-04');
    const supplied = await step('officer', 'supply-material', {
      materials: [file('劳动合同'), file('欠薪证明')],
    });
    expect(supplied.json().stateLabel).toBe('待审查');
    const officerGrant = await step('officer', 'grant');
    expect(officerGrant.statusCode).toBe(403);
    await on('2026-03-05');
    const granted = await step('head', 'grant');
    expect(granted.statusCode).toBe(200);
    const detail = granted.json();
    expect(detail.stateLabel).toBe('决定给予法律援助');
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'decide').metOn).toBe(
      '2026-03-05',
    );
    // Thu + 3 日 = Sun 03-08, a rest day: the assignment is due on Mon 03-09.
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'assign').dueDate).toBe(
      '2026-03-09',
    );
    expect(detail.documents.map((d: { title: string }) => d.title)).toContain('给予法律援助决定书');
  });

  it('the officer assigns by rotation: the lawyer with fewer open cases', async () => {
    for (const [key, body] of [
      ['busy', lawyer({ name: '甲律师', firm: '甲律师事务所' })],
      ['free', lawyer({ name: '乙律师', firm: '乙律师事务所', specialties: ['labour', 'civil'] })],
    ] as const) {
      const created = await as.head.request({
        method: 'POST',
        url: '/api/legal-aid/lawyers',
        payload: body,
      });
      expect(created.statusCode).toBe(201);
      lawyers[key] = created.json().id;
    }
    // 甲 already carries one open case (a notice assigned to them).
    const notice = await as.officer.request({
      method: 'POST',
      url: '/api/legal-aid/notices',
      payload: {
        authorityKind: 'court',
        authorityName: '天河区人民法院',
        authorityRegionCode: '440106',
        noticeNumber: '(2026)粤0106刑初1号',
        receivedDate: '2026-03-05',
        person: { name: '赵某' },
        mandatoryGround: 'minor',
        matterSummary: '未成年人涉嫌盗窃',
      },
    });
    expect(notice.statusCode).toBe(201);
    const noticeCase = notice.json();
    const named = await as.officer.request({
      method: 'POST',
      url: `/api/legal-aid/cases/${noticeCase.caseId}/assign`,
      payload: { version: 1, lawyerId: lawyers.busy },
    });
    expect(named.statusCode).toBe(200);

    const response = await step('officer', 'assign');
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.provider).toMatchObject({ name: '乙律师', firm: '乙律师事务所' });
    const event = detail.timeline.find((e: { action: string }) => e.action === 'assign');
    expect(event.details).toMatchObject({ by: 'rotation', openCasesBefore: 0 });
    expect(detail.documents.map((d: { title: string }) => d.title)).toContain('指派通知书');
    expect((await track()).json().provider).toEqual({
      name: '乙律师',
      firm: '乙律师事务所',
      phone: '020-38001234',
    });
  });

  it('service is recorded and the case closes with its materials; a survey link is made', async () => {
    expect((await step('officer', 'start-service')).statusCode).toBe(200);
    const recorded = await step('officer', 'record-service', {
      onDate: '2026-03-05',
      kind: 'mediation',
      description: '与用人单位协商，达成分期支付协议',
    });
    expect(recorded.json().serviceRecords).toHaveLength(1);
    const noMaterials = await step('officer', 'close', {
      outcome: '调解结案',
      report: '已追回工资',
    });
    expect(noMaterials.statusCode).toBe(400);
    expect(noMaterials.json().error.code).toBe('LEGAL_AID_CLOSING_MATERIALS_REQUIRED');
    const closed = await step('officer', 'close', {
      outcome: '调解结案',
      report: '经协商用人单位同意分两期支付全部欠薪。',
      materials: [file('调解协议'), file('办理情况报告')],
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().stateLabel).toBe('已结案');
    expect(closed.json().survey).toMatchObject({ answered: false });
    expect((await track()).json().surveyToken).toBe(closed.json().survey.token);
  });

  it('the head reviews quality on the score sheet; the recipient answers the survey once', async () => {
    const scores = {
      timeliness: 18,
      diligence: 22,
      documents: 18,
      advocacy: 12,
      closing: 9,
      communication: 9,
    };
    const officer = await as.officer.request({
      method: 'POST',
      url: `/api/legal-aid/cases/${caseId}/quality-review`,
      payload: { scores },
    });
    expect(officer.statusCode).toBe(403);
    const reviewed = await as.head.request({
      method: 'POST',
      url: `/api/legal-aid/cases/${caseId}/quality-review`,
      payload: { scores, comment: '办理及时，材料齐全' },
    });
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json().qualityReview).toMatchObject({
      total: 88,
      grade: 'good',
      gradeLabel: '良好',
    });
    const again = await as.head.request({
      method: 'POST',
      url: `/api/legal-aid/cases/${caseId}/quality-review`,
      payload: { scores },
    });
    expect(again.json().error.code).toBe('LEGAL_AID_REVIEW_EXISTS');

    const token = reviewed.json().survey.token;
    const page = await t.app.inject({
      method: 'GET',
      url: `/api/public/legal-aid/surveys/${token}`,
    });
    expect(page.json()).toMatchObject({ providerName: '乙律师', answered: false });
    expect(JSON.stringify(page.json())).not.toContain('张援');
    const answer = { ratings: { attitude: 5, communication: 4, professionalism: 5, overall: 5 } };
    const answered = await t.app.inject({
      method: 'POST',
      url: `/api/public/legal-aid/surveys/${token}`,
      payload: answer,
    });
    expect(answered.json().answered).toBe(true);
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/public/legal-aid/surveys/${token}`,
      payload: answer,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('LEGAL_AID_SURVEY_ANSWERED');
  });

  it('the head pays the subsidy from the standard; the lawyer’s figures show the case', async () => {
    const paid = await step('head', 'pay-subsidy', { extraYuan: 100, extraReason: '外地调查差旅' });
    expect(paid.statusCode).toBe(200);
    expect(paid.json().subsidy).toMatchObject({
      standardYuan: 2500,
      amountYuan: 2600,
      paidOn: '2026-03-05',
    });
    expect(paid.json().stateLabel).toBe('已发放补贴');
    const list = await as.head.request({ method: 'GET', url: '/api/legal-aid/lawyers' });
    const free = list.json().items.find((l: { id: string }) => l.id === lawyers.free);
    expect(free).toMatchObject({
      assigned: 1,
      open: 0,
      closed: 1,
      reviewed: 1,
      averageScore: 88,
      surveys: 1,
      averageSatisfaction: 4.75,
    });
    const firms = await as.head.request({ method: 'GET', url: '/api/legal-aid/firms' });
    expect(
      firms.json().items.find((f: { firm: string }) => f.firm === '乙律师事务所'),
    ).toMatchObject({
      lawyers: 1,
      closed: 1,
      averageScore: 88,
    });
  });

  it('the person file lists the matter; every step was audited', async () => {
    const matters = await legalAidModule.personMatters!(
      t.database.db,
      t.app.sifa.cipher.blindIndex(APPLICANT_ID),
    );
    expect(matters).toEqual([
      expect.objectContaining({
        module: 'legal-aid',
        caseNumber,
        title: '法律援助：民事、行政事项代理：请求确认劳动关系或者支付劳动报酬',
        state: 'SUBSIDY_PAID',
        closed: true,
        startedOn: '2026-03-02',
      }),
    ]);
    const actions = await rows<{ action: string }>(
      t.database.db,
      sql`select action from audit.events where entity_id = ${caseId} order by seq`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'legal-aid.apply_online',
      'legal-aid.request_material',
      'legal-aid.supply_material',
      'legal-aid.grant',
      'legal-aid.assign',
      'legal-aid.start_service',
      'legal-aid.record_service',
      'legal-aid.close',
      'legal-aid.quality_review',
      'legal-aid.survey_answered',
      'legal-aid.pay_subsidy',
    ]);
  });
});
