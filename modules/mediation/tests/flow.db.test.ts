// A neighbours' dispute from a party's online application to judicial confirmation and
// performance: routed to the community committee, a mediator assigned, a session, the written
// agreement with every Art. 29 item, signatures that make it effective, the application to the
// court within 30 日, the court's acceptance and ruling, follow-up, performance. The tracking
// page, the access log, the person file and the SMS outbox along the way.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../../platform/testing/app.js';
import { personMatters } from '../use-cases/person-matters.js';
import { docxText } from './docx-text.js';
import {
  APPLICANT_ID,
  application,
  loginAll,
  RESPONDENT_ID,
  seedMediation,
  type Sessions,
} from './fixtures.js';

let t: TestApp;
let as: Sessions;
let receipt: { caseId: string; caseNumber: string; trackingCode: string; committeeName: string };
let version = 1;
let detail: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Moves the clock to a legal date (Asia/Shanghai 10:00) and logs everyone in again. */
async function on(date: string) {
  vi.setSystemTime(new Date(`${date}T02:00:00Z`));
  as = await loginAll(t);
}

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

const step = async (who: string, path: string, body: Record<string, unknown> = {}) => {
  const response = await as[who]!.request({
    method: 'POST',
    url: `/api/mediation/cases/${receipt.caseId}/${path}`,
    payload: { version, ...body },
  });
  if (response.statusCode === 200) {
    detail = response.json();
    version = detail.version;
  }
  return response;
};
const track = async () =>
  (
    await t.app.inject({
      method: 'POST',
      url: '/api/public/mediation/track',
      payload: { caseNumber: receipt.caseNumber, trackingCode: receipt.trackingCode },
    })
  ).json();
const deadline = (key: string) =>
  (detail.deadlines as { key: string; dueDate: string; status: string }[]).find(
    (d) => d.key === key,
  );
const party = (name: string) =>
  (detail.parties as { id: string; name: string }[]).find((p) => p.name === name)!;

describe('from a party’s application to judicial confirmation', () => {
  it('the public page names the committee of the place before applying', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/public/mediation/route?placeCode=440106001001&disputeType=neighbourhood',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().committee.name).toBe('五山街道岳洲社区人民调解委员会');
  });

  it('a party applies online (Mon 2026-03-02) and gets a case number and a tracking code', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/mediation/applications',
      payload: application(),
    });
    expect(response.statusCode).toBe(201);
    receipt = response.json();
    expect(receipt.caseNumber).toBe('(2026)五山岳洲调字第1号');
    expect(receipt.trackingCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(receipt.committeeName).toBe('五山街道岳洲社区人民调解委员会');
    const [stored] = await rows<{ id_number_encrypted: string; address_encrypted: string }>(
      t.database.db,
      sql`select id_number_encrypted, address_encrypted from mediation.parties order by position limit 1`,
    );
    expect(stored!.id_number_encrypted).not.toContain(APPLICANT_ID);
    expect(stored!.address_encrypted).not.toContain('五山路');
    const view = await track();
    expect(view.stateLabel).toBe('当事人申请，待指派');
    expect(view.steps).toEqual([{ onDate: '2026-03-02', label: '当事人网上申请调解' }]);
  });

  it('the 五山 administrator sees it with the 调结 target, masked, and the read is logged', async () => {
    const response = await as.tjadmin!.request({
      method: 'GET',
      url: `/api/mediation/cases/${receipt.caseId}?purpose=handling`,
    });
    expect(response.statusCode).toBe(200);
    detail = response.json();
    expect(detail.placeName).toBe('岳洲社区居委会');
    expect(deadline('settle')!.dueDate).toBe('2026-04-01');
    expect(detail.parties[0].idNumberMasked).toBe(`4401**********${APPLICANT_ID.slice(-4)}`);
    expect(JSON.stringify(detail)).not.toContain(APPLICANT_ID);
    expect(JSON.stringify(detail)).not.toContain('13812345678');
    const logged = await rows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from access.access_log where module = 'mediation' and entity_id = ${receipt.caseId} and purpose = 'handling'`,
    );
    expect(logged[0]!.n).toBe(2); // one row per person named
  });

  it('the administrator assigns the community’s mediator; the mediator records a session', async () => {
    const mediators = await as.tjadmin!.request({
      method: 'GET',
      url: `/api/mediation/committees/${detail.committeeId}`,
    });
    const liu = (mediators.json().mediators as { id: string; name: string }[]).find(
      (m) => m.name === '刘芳',
    )!;
    const assigned = await step('tjadmin', 'assign', { mediatorId: liu.id });
    expect(assigned.statusCode).toBe(200);
    expect(detail.stateLabel).toBe('已指派调解员');
    expect(detail.mediatorName).toBe('刘芳');
    await on('2026-03-05');
    const session = await step('tjadmin', 'record-session', {
      heldOn: '2026-03-05',
      place: '岳洲社区调解室',
      participants: ['张丽', '王强', '刘芳'],
      notes: '双方陈述事实，王强承认漏水系其装修所致，同意修复并赔偿。',
    });
    expect(session.statusCode).toBe(200);
    expect(detail.state).toBe('IN_MEDIATION');
    expect(detail.sessions).toHaveLength(1);
  });

  it('a written agreement is drafted with every item of Art. 29', async () => {
    const response = await step('tjadmin', 'draft-agreement', {
      facts: '王强装修时损坏防水层，致张丽家天花板渗水。',
      issues: '漏水责任及赔偿数额。',
      responsibilities: '王强对漏水承担全部责任。',
      content: '一、王强于2026年3月20日前修复防水层。\n二、王强赔偿张丽维修费用2500元。',
      performanceManner: '现金或银行转账一次性支付',
      performanceDeadline: '2026-03-20',
    });
    expect(response.statusCode).toBe(200);
    expect(detail.stateLabel).toBe('协议待签署');
    const draft = (detail.documents as { id: string; kind: string }[]).find(
      (d) => d.kind === 'agreement_draft',
    )!;
    const file = await as.tjadmin!.request({
      method: 'GET',
      url: `/api/mediation/cases/${receipt.caseId}/documents/${draft.id}`,
    });
    expect(file.statusCode).toBe(200);
    const text = docxText(file.rawPayload);
    for (const expected of [
      '人民调解协议书',
      '(2026)五山岳洲调字第1号',
      '申请人：张丽，女，1980年3月7日出生',
      `身份证号码 4401**********${APPLICANT_ID.slice(-4)}`,
      '住所 广州市天河区五山路1号301房',
      '被申请人：王强，男',
      '王强装修时损坏防水层',
      '争议事项：漏水责任及赔偿数额。',
      '王强对漏水承担全部责任。',
      '王强赔偿张丽维修费用2500元。',
      '履行方式：现金或银行转账一次性支付',
      '履行期限：2026-03-20前',
      '人民调解员（签名）：刘芳',
      '五山街道岳洲社区人民调解委员会（印章）',
    ])
      expect(text, expected).toContain(expected);
    expect(text).not.toContain(APPLICANT_ID);
    expect(text).not.toContain(RESPONDENT_ID);
  });

  it('signatures incomplete: refused, naming what is missing (Art. 29)', async () => {
    const response = await step('tjadmin', 'sign-agreement', {
      signatures: [{ partyId: party('张丽').id, manner: 'signature', signedOn: '2026-03-05' }],
      mediatorSignedOn: '2026-03-05',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('MEDIATION_SIGNATURES_INCOMPLETE');
    expect(response.json().error.message).toContain('当事人王强、人民调解委员会印章');
  });

  it('all sign (王强 on 03-06): the agreement takes effect on the last day and starts the 30 日', async () => {
    await on('2026-03-06');
    const response = await step('tjadmin', 'sign-agreement', {
      signatures: [
        { partyId: party('张丽').id, manner: 'signature', signedOn: '2026-03-05' },
        { partyId: party('王强').id, manner: 'fingerprint', signedOn: '2026-03-06' },
      ],
      mediatorSignedOn: '2026-03-05',
      sealedOn: '2026-03-06',
    });
    expect(response.statusCode).toBe(200);
    expect(detail.stateLabel).toBe('书面协议已生效');
    expect(detail.agreement.effectiveOn).toBe('2026-03-06');
    expect(detail.settledDate).toBe('2026-03-06');
    expect(detail.subsidyYuan).toBe(150); // the neighbourhood default
    expect(deadline('settle')!.status).toBe('met');
    expect(deadline('confirmation')!.dueDate).toBe('2026-04-07'); // 04-05 is 清明, 04-06 its Monday
    expect(detail.agreement.confirmationLastDay).toBe('2026-04-07');
    const signed = (detail.documents as { id: string; kind: string }[]).find(
      (d) => d.kind === 'agreement',
    )!;
    const file = await as.tjadmin!.request({
      method: 'GET',
      url: `/api/mediation/cases/${receipt.caseId}/documents/${signed.id}`,
    });
    const text = docxText(file.rawPayload);
    expect(text).toContain('当事人 王强（按指印）  2026-03-06');
    expect(text).toContain('人民调解员 刘芳（签名）  2026-03-05');
    expect(text).toContain('（印章）  2026-03-06');
    expect(text).toContain('本协议自 2026-03-06 起生效。');
    const sms = await rows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from notify.outbox where entity_id = ${receipt.caseId} and subject = '调解协议生效'`,
    );
    expect(sms[0]!.n).toBe(2);
  });

  it('the parties apply to the court; it accepts in 3 日 and confirms within 15 日', async () => {
    await on('2026-03-10');
    expect(
      (
        await step('tjadmin', 'apply-confirmation', {
          court: '广州市天河区人民法院',
          appliedOn: '2026-03-09',
        })
      ).statusCode,
    ).toBe(200);
    expect(detail.stateLabel).toBe('已申请司法确认');
    expect(deadline('confirmation')!.status).toBe('met');
    expect(deadline('courtAcceptance')!.dueDate).toBe('2026-03-12');
    expect((await step('tjadmin', 'court-accept', { acceptedOn: '2026-03-10' })).statusCode).toBe(
      200,
    );
    expect(deadline('courtDecision')!.dueDate).toBe('2026-03-25');
    await on('2026-03-20');
    const ruled = await step('tjadmin', 'court-confirm', {
      ruledOn: '2026-03-20',
      rulingNumber: '(2026)粤0106民特123号',
    });
    expect(ruled.statusCode).toBe(200);
    expect(detail.stateLabel).toBe('司法确认有效');
    expect(detail.confirmation).toMatchObject({
      court: '广州市天河区人民法院',
      ruling: 'valid',
      rulingNumber: '(2026)粤0106民特123号',
    });
    const view = await track();
    expect(view.stateLabel).toBe('司法确认有效');
    expect(view.steps.map((s: { label: string }) => s.label)).toEqual([
      '当事人网上申请调解',
      '指派调解员',
      '登记签名盖章（协议生效）',
      '登记申请司法确认',
      '登记法院受理',
      '登记裁定确认有效',
    ]);
    expect(JSON.stringify(view)).not.toContain('王强承认');
  });

  it('the mediator follows up (Art. 31) and records the performance; the case closes', async () => {
    await on('2026-03-23');
    expect(
      (
        await step('tjadmin', 'follow-up', {
          visitedOn: '2026-03-23',
          method: 'phone',
          performance: 'full',
          note: '已修复并付款',
        })
      ).statusCode,
    ).toBe(200);
    expect(detail.followUps).toHaveLength(1);
    expect(detail.state).toBe('CONFIRMED');
    expect((await step('tjadmin', 'record-performed')).statusCode).toBe(200);
    expect(detail.stateLabel).toBe('已履行');
    expect(detail.nextActions).toEqual([]);
  });

  it('the person file lists the dispute for both parties', async () => {
    const index = (id: string) => t.app.sifa.cipher.blindIndex(id);
    const [matter] = await personMatters(t.database.db, index(APPLICANT_ID));
    expect(matter).toMatchObject({
      module: 'mediation',
      caseNumber: receipt.caseNumber,
      title: '邻里纠纷人民调解',
      state: 'PERFORMED',
      role: { 'zh-CN': '申请人' },
      closed: true,
    });
    expect((await personMatters(t.database.db, index(RESPONDENT_ID)))[0]!.role['zh-CN']).toBe(
      '被申请人',
    );
  });

  it('the audit chain has every step, and no reply or outbox row shows an ID number', async () => {
    const actions = await rows<{ action: string }>(
      t.database.db,
      sql`select action from audit.events where entity_id = ${receipt.caseId} order by seq`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'mediation.register',
      'mediation.assign',
      'mediation.record_session',
      'mediation.draft_agreement',
      'mediation.sign_agreement',
      'mediation.apply_confirmation',
      'mediation.court_accept',
      'mediation.court_confirm',
      'mediation.follow_up',
      'mediation.record_performed',
    ]);
    const outbox = await rows(t.database.db, sql`select * from notify.outbox`);
    expect(JSON.stringify(outbox)).not.toContain(APPLICANT_ID);
  });
});
