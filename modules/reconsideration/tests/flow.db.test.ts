// The whole life of a case over the API: online application, 补正 and the applicant's supply,
// acceptance, assignment by rule, the respondent's answer, a hearing, a 撤销 decision approved
// and served, redacted publication, and the tracking page at each stage.
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
  APPLICANT_ID,
  application,
  fifthWorkingDayFromToday,
  seedReconsiderationAccounts,
} from './fixtures.js';

let t: TestApp;
const as: Record<string, Session> = {};
let receipt: { caseId: string; caseNumber: string; trackingCode: string };
let version = 1;

beforeAll(async () => {
  t = await createTestApp();
  await seedReconsiderationAccounts(t);
  for (const name of ['clerk', 'handler1', 'handler2', 'head', 'hzclerk'])
    as[name] = await loginAs(t.app, name);
});
afterAll(() => t.close());

const track = async () =>
  (
    await t.app.inject({
      method: 'POST',
      url: '/api/public/reconsideration/track',
      payload: { caseNumber: receipt.caseNumber, trackingCode: receipt.trackingCode },
    })
  ).json();
const step = async (who: string, path: string, body: Record<string, unknown> = {}) => {
  const response = await as[who]!.request({
    method: 'POST',
    url: `/api/reconsideration/cases/${receipt.caseId}/${path}`,
    payload: { version, ...body },
  });
  if (response.statusCode === 200) version = response.json().version;
  return response;
};

describe('a reconsideration case from application to publication', () => {
  it('a citizen applies online and gets a case number and a tracking code', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/reconsideration/applications',
      payload: application(),
    });
    expect(response.statusCode).toBe(201);
    receipt = response.json();
    expect(receipt.caseNumber).toMatch(/^穗府行复〔\d{4}〕1号$/);
    expect(receipt.trackingCode).toMatch(/^[A-Z2-9]{8}$/);
    const tracked = await track();
    expect(tracked.stateLabel).toBe('待审查');
    expect(tracked.nextStatutoryDate.label).toBe('受理审查');
  });

  it('stores the ID number encrypted, searchable by its blind index, and shows it masked', async () => {
    const [party] = await rows<{ id_number_encrypted: string; id_number_masked: string }>(
      t.database.db,
      sql`select id_number_encrypted, id_number_masked from reconsideration.parties where role = 'applicant'`,
    );
    expect(party!.id_number_encrypted).not.toContain(APPLICANT_ID);
    expect(party!.id_number_masked).toBe(`4401**********${APPLICANT_ID.slice(-4)}`);
    const detail = (
      await as.clerk!.request({
        method: 'GET',
        url: `/api/reconsideration/cases/${receipt.caseId}`,
      })
    ).json();
    expect(JSON.stringify(detail)).not.toContain(APPLICANT_ID);
  });

  it('the clerk asks once for every missing item; the clock stops and the applicant is told', async () => {
    const response = await step('clerk', 'request-correction', {
      items: ['身份证复印件', '处罚决定书原件照片'],
    });
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.stateLabel).toBe('待补正');
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'acceptance').status).toBe(
      'suspended',
    );
    expect(detail.documents.some((d: { title: string }) => d.title === '行政复议补正通知书')).toBe(
      true,
    );
    const tracked = await track();
    expect(tracked.correctionItems).toEqual(['身份证复印件', '处罚决定书原件照片']);
    const [sms] = await rows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from notify.outbox where channel = 'sms' and subject like '%请补正%'`,
    );
    expect(sms!.n).toBe(1);
  });

  it('the applicant uploads the materials on the tracking page', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/reconsideration/supply',
      payload: {
        caseNumber: receipt.caseNumber,
        trackingCode: receipt.trackingCode,
        materials: [
          {
            title: '身份证复印件',
            fileName: 'id.jpg',
            mimeType: 'image/jpeg',
            contentBase64: Buffer.from('jpeg').toString('base64'),
          },
        ],
      },
    });
    expect(response.json()).toMatchObject({ stateLabel: '待审查' });
    version += 1;
  });

  it('a wrong tracking code tells nothing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/reconsideration/track',
      payload: { caseNumber: receipt.caseNumber, trackingCode: 'WRONG123' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe('案件编号或查询码不正确');
  });

  it('the clerk accepts in the ordinary procedure; the simplified one is refused for a ¥20,000 fine', async () => {
    const simplified = await step('clerk', 'accept', { procedure: 'simplified' });
    expect(simplified.json().error.code).toBe('RECONSIDERATION_SIMPLIFIED_NOT_ELIGIBLE');
    const response = await step('clerk', 'accept', { procedure: 'ordinary' });
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.stateLabel).toBe('审理中');
    const decision = detail.deadlines.find((d: { key: string }) => d.key === 'decision');
    expect(decision.explanation).toMatch(
      /^自受理之日（\d{4}-\d{2}-\d{2}）起60日，行政复议法第六十二条/,
    );
  });

  it('assignment by rule skips the handler who worked for the respondent', async () => {
    const response = await step('head', 'assign', {});
    expect(response.json().error).toBeUndefined();
    expect(response.json().handlerName).toBe('承办人乙');
    const list = await as.handler1!.request({
      method: 'GET',
      url: `/api/reconsideration/cases/${receipt.caseId}/handlers`,
    });
    expect(list.json().items.find((h: { name: string }) => h.name === '承办人甲').conflicted).toBe(
      true,
    );
  });

  it('the handler sends the copy and records the answer; a hearing needs 5 working days of notice', async () => {
    expect((await step('handler2', 'send-copy', { sentDate: addToday(0) })).statusCode).toBe(200);
    expect(
      (
        await step('handler2', 'record-answer', {
          receivedDate: addToday(0),
          summary: '被申请人认为处罚决定事实清楚',
        })
      ).statusCode,
    ).toBe(200);
    const tooSoon = await step('handler2', 'schedule-hearing', {
      hearingDate: addToday(1),
      location: '市司法局听证室',
      presiding: '王主持',
      officers: ['李听证', '赵听证'],
      clerk: '钱记录',
    });
    expect(tooSoon.statusCode).toBe(400);
    expect(tooSoon.json().error.message).toContain(`最早可定于 ${fifthWorkingDayFromToday()}`);
    const ok = await step('handler2', 'schedule-hearing', {
      hearingDate: fifthWorkingDayFromToday(),
      location: '市司法局听证室',
      presiding: '王主持',
      officers: ['李听证', '赵听证'],
      clerk: '钱记录',
    });
    expect(ok.statusCode).toBe(200);
    expect(
      (await step('handler2', 'record-hearing', { record: '双方陈述意见，质证。' })).statusCode,
    ).toBe(200);
  });

  it('a 撤销 decision is drafted, approved by the head and served', async () => {
    expect(
      (
        await step('handler2', 'draft-decision', {
          type: 'revoke',
          summary: '被申请人未能提供证据证明违法事实',
          reasons: '被申请人认定事实不清，证据不足',
          legalBasis: '《中华人民共和国行政复议法》第六十四条',
        })
      ).statusCode,
    ).toBe(200);
    const byHandler = await step('handler2', 'approve-decision');
    expect(byHandler.statusCode).toBe(403);
    const approved = await step('head', 'approve-decision');
    expect(approved.statusCode).toBe(200);
    expect(approved.json().decision).toMatchObject({ typeLabel: '撤销', approvedBy: '复议科长' });
    expect(
      approved.json().documents.some((d: { title: string }) => d.title === '行政复议决定书'),
    ).toBe(true);
    const served = await step('handler2', 'serve', { method: 'direct', servedDate: addToday(0) });
    expect(served.json().stateLabel).toBe('已送达结案');
  });

  it('the decision is published redacted, and the public page shows no name or ID number', async () => {
    const draft = (
      await as.clerk!.request({
        method: 'GET',
        url: `/api/reconsideration/cases/${receipt.caseId}/publication/draft`,
      })
    ).json();
    expect(draft.redactedText).toContain('张某');
    expect(draft.redactedText).not.toContain('张三');
    expect(draft.redactedText).not.toContain('13812345678');
    const leaking = await as.clerk!.request({
      method: 'POST',
      url: `/api/reconsideration/cases/${receipt.caseId}/publication`,
      payload: { redactedText: `${draft.redactedText}\n张三` },
    });
    expect(leaking.statusCode).toBe(400);
    expect(
      (
        await as.clerk!.request({
          method: 'POST',
          url: `/api/reconsideration/cases/${receipt.caseId}/publication`,
          payload: { redactedText: draft.redactedText },
        })
      ).statusCode,
    ).toBe(200);
    const search = (
      await t.app.inject({
        method: 'GET',
        url: '/api/public/reconsideration/decisions?respondent=市场监督&outcome=revoke',
      })
    ).json();
    expect(search.total).toBe(1);
    const page = await t.app.inject({
      method: 'GET',
      url: `/api/public/reconsideration/decisions/${receipt.caseId}`,
    });
    expect(page.body).not.toContain('张三');
    expect(page.body).not.toContain(APPLICANT_ID);
    expect(page.json().outcomeLabel).toBe('撤销');
  });

  it('the tracking page showed each public step, and every step is in the audit chain', async () => {
    const tracked = await track();
    expect(tracked.steps.map((s: { label: string }) => s.label)).toEqual([
      '网上申请',
      '通知补正',
      '补正材料',
      '受理',
      '登记被申请人答复',
      '安排听证',
      '登记送达',
    ]);
    expect(tracked.stateLabel).toBe('已送达结案');
    const verify = await as.head!.request({
      method: 'POST',
      url: '/api/audit/verify',
      payload: {},
    });
    expect(verify.statusCode).toBe(403); // only the system administrator verifies the chain
    const [events] = await rows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit.events where entity_type = 'reconsideration_case'`,
    );
    expect(events!.n).toBeGreaterThanOrEqual(13);
  });
});

function addToday(days: number) {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
