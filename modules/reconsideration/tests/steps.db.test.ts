// The steps the main flow does not take: rejection, an oral application, the simplified
// procedure switched to ordinary with approval, a returned draft, documents, and withdrawing
// a publication.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  loginAs,
  type Session,
  type TestApp,
} from '../../../platform/testing/app.js';
import { addDaysFromToday, application, seedReconsiderationAccounts } from './fixtures.js';

let t: TestApp;
const as: Record<string, Session> = {};
beforeAll(async () => {
  t = await createTestApp();
  await seedReconsiderationAccounts(t);
  for (const name of ['clerk', 'handler2', 'head']) as[name] = await loginAs(t.app, name);
});
afterAll(() => t.close());

async function newCase(overrides = {}) {
  const response = await as.clerk!.request({
    method: 'POST',
    url: '/api/reconsideration/cases',
    payload: { ...application(overrides), channel: 'oral', receivedDate: addDaysFromToday(0) },
  });
  expect(response.statusCode).toBe(201);
  return response.json().caseId as string;
}

function stepper(caseId: string) {
  let version = 1;
  return async (who: string, path: string, body: Record<string, unknown> = {}) => {
    const response = await as[who]!.request({
      method: 'POST',
      url: `/api/reconsideration/cases/${caseId}/${path}`,
      payload: { version, ...body },
    });
    if (response.statusCode === 200) version = response.json().version;
    return response;
  };
}

describe('steps beside the main flow', () => {
  it('rejects an application with reasons and the competent body, in a generated decision', async () => {
    const caseId = await newCase();
    const step = stepper(caseId);
    const missing = await step('clerk', 'reject', { reasons: '' });
    expect(missing.statusCode).toBe(400);
    const response = await step('clerk', 'reject', {
      reasons: '不属于本机关管辖',
      competentBody: '广州市海珠区人民政府',
    });
    expect(response.json().stateLabel).toBe('不予受理');
    const document = response
      .json()
      .documents.find((d: { title: string }) => d.title === '不予受理行政复议申请决定书');
    const file = await as.clerk!.request({
      method: 'GET',
      url: `/api/reconsideration/cases/${caseId}/documents/${document.id}`,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['x-content-sha256']).toBe(document.sha256);
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('records an oral application like any other, with its channel', async () => {
    const caseId = await newCase();
    const detail = (
      await as.clerk!.request({ method: 'GET', url: `/api/reconsideration/cases/${caseId}` })
    ).json();
    expect(detail.channel).toBe('oral');
    expect(detail.timeline[0].actionLabel).toBe('登记申请');
  });

  it('a simplified case runs on 30 days, switches to ordinary with the head approving, and gets 60', async () => {
    const caseId = await newCase({
      simplifiedFacts: {
        onTheSpot: false,
        warningOrCriticism: true,
        fineAmount: null,
        informationDisclosure: false,
        allPartiesAgree: false,
      },
    });
    const step = stepper(caseId);
    const accepted = await step('clerk', 'accept', { procedure: 'simplified' });
    const decision = () =>
      accepted.json().deadlines.find((d: { key: string }) => d.key === 'decision');
    expect(decision().explanation).toContain('起30日');
    const byHandler = await step('handler2', 'switch-to-ordinary', { reason: '案情复杂' });
    expect(byHandler.statusCode).toBe(403);
    const switched = await step('head', 'switch-to-ordinary', { reason: '案情复杂' });
    expect(switched.json().procedure).toBe('ordinary');
    expect(
      switched.json().deadlines.find((d: { key: string }) => d.key === 'decision').explanation,
    ).toContain('起60日');
    const extendSimplified = await step('head', 'extend', { days: 10, reason: '复杂' });
    expect(extendSimplified.statusCode).toBe(200); // ordinary now: extension allowed
  });

  it('a returned draft goes back to review with the head note, and can be drafted again', async () => {
    const caseId = await newCase();
    const step = stepper(caseId);
    await step('clerk', 'accept', { procedure: 'ordinary' });
    await step('handler2', 'draft-decision', {
      type: 'uphold',
      summary: '事实清楚',
      reasons: '适用依据正确',
      legalBasis: '《中华人民共和国行政复议法》第六十八条',
    });
    const returned = await step('head', 'return-draft', { note: '请补充被申请人的答复要点' });
    expect(returned.json()).toMatchObject({
      stateLabel: '审理中',
      decision: { returnNote: '请补充被申请人的答复要点' },
    });
    const again = await step('handler2', 'draft-decision', {
      type: 'dismiss_request',
      summary: 's',
      reasons: 'r',
      legalBasis: 'b',
    });
    expect(again.json().decision).toMatchObject({ typeLabel: '驳回复议请求', returnNote: null });
  });

  it('a published decision can be withdrawn from the public page', async () => {
    const caseId = await newCase();
    const step = stepper(caseId);
    await step('clerk', 'accept', { procedure: 'ordinary' });
    await step('handler2', 'draft-decision', {
      type: 'confirm_illegal',
      summary: '程序违法',
      reasons: '未告知陈述申辩权利',
      legalBasis: '《中华人民共和国行政复议法》第六十五条',
    });
    await step('head', 'approve-decision');
    const early = await as.clerk!.request({
      method: 'POST',
      url: `/api/reconsideration/cases/${caseId}/publication`,
      payload: { redactedText: '文本' },
    });
    expect(early.json().error.code).toBe('RECONSIDERATION_NOT_PUBLISHABLE');
    await step('handler2', 'serve', { method: 'mail', servedDate: addDaysFromToday(0) });
    const draft = (
      await as.clerk!.request({
        method: 'GET',
        url: `/api/reconsideration/cases/${caseId}/publication/draft`,
      })
    ).json();
    await as.clerk!.request({
      method: 'POST',
      url: `/api/reconsideration/cases/${caseId}/publication`,
      payload: { redactedText: draft.redactedText },
    });
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/public/reconsideration/decisions/${caseId}`,
        })
      ).statusCode,
    ).toBe(200);
    const withdrawn = await as.clerk!.request({
      method: 'POST',
      url: `/api/reconsideration/cases/${caseId}/publication/withdraw`,
      payload: {},
    });
    expect(withdrawn.json().publication.status).toBe('withdrawn');
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/public/reconsideration/decisions/${caseId}`,
        })
      ).statusCode,
    ).toBe(404);
  });
});
