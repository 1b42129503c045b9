// The rules around the flow: in-person matters, jurisdiction, the notary's relatives, refusal
// grounds, illegal steps, concurrent updates, the legal-aid fee and region scoping. A refused
// request writes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import {
  createTestApp,
  loginAs,
  type Session,
  type TestApp,
} from '../../../platform/testing/app.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { ApplicationBody } from '../contract.js';
import { application, NOTARY_USERS, RELATIVE_ID, seedNotaryAccounts } from './fixtures.js';

let t: TestApp;
let ids: Record<string, string>;
const as: Record<string, Session> = {};
beforeAll(async () => {
  t = await createTestApp();
  ids = await seedNotaryAccounts(t);
  for (const name of NOTARY_USERS) as[name] = await loginAs(t.app, name);
});
afterAll(() => t.close());

const count = async () =>
  (
    await rows<{ n: number }>(
      t.database.db,
      sql`select (select count(*) from notarization.cases)::int + (select count(*) from notarization.documents)::int as n`,
    )
  )[0]!.n;
const apply = (body: Partial<ApplicationBody>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/notary/applications',
    payload: application(body),
  });
const register = (body: Partial<ApplicationBody> & { appearedInPerson: boolean }) =>
  as.nclerk!.request({
    method: 'POST',
    url: '/api/notarization/cases',
    payload: { ...application(body), receivedDate: '2026-11-02', ...body },
  });
const act = (who: string, id: string, path: string, body: Record<string, unknown>) =>
  as[who]!.request({
    method: 'POST',
    url: `/api/notarization/cases/${id}/${path}`,
    payload: body,
  });
const told = { toldItems: ['法律意义和后果'], applicantAcknowledged: true };
async function newCase(body: Partial<ApplicationBody> = {}): Promise<string> {
  const response = await apply(body);
  expect(response.statusCode).toBe(201);
  return response.json().caseId;
}

describe('refused applications write nothing', () => {
  const will = { matterType: 'will' as const };
  it.each([
    ['遗嘱 online without coming in person', () => apply(will), 'NOTARIZATION_IN_PERSON_REQUIRED'],
    [
      '遗嘱 through an agent',
      () =>
        apply({
          ...will,
          willAppearInPerson: true,
          agent: { name: '赵六', idNumber: RELATIVE_ID },
        }),
      'NOTARIZATION_IN_PERSON_REQUIRED',
    ],
    [
      '生存 at the counter without appearing',
      () => register({ matterType: 'living', appearedInPerson: false }),
      'NOTARIZATION_IN_PERSON_REQUIRED',
    ],
    [
      'no ground of jurisdiction in Guangzhou',
      () => apply({ jurisdiction: { domicile: '440300', actPlace: '440304' } }),
      'NOTARIZATION_NO_JURISDICTION',
    ],
    [
      'an inheritance of a flat in Shenzhen, though the heir lives in Guangzhou',
      () =>
        apply({
          matterType: 'inheritance',
          jurisdiction: { domicile: '440106', propertyLocation: '440304' },
        }),
      'NOTARIZATION_NO_JURISDICTION',
    ],
  ])('%s', async (_name, request, code) => {
    const before = await count();
    const response = await request();
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(code);
    expect(response.json().error.message).toMatch(/公证法第二十[五六]条/);
    expect(await count()).toBe(before);
  });

  it('a 遗嘱 applied for online is accepted only once the applicant appeared', async () => {
    const id = await newCase({ matterType: 'will', willAppearInPerson: true });
    const absent = await act('nclerk', id, 'accept', { version: 1, ...told });
    expect(absent.json().error.code).toBe('NOTARIZATION_IN_PERSON_REQUIRED');
    const present = await act('nclerk', id, 'accept', {
      version: 1,
      ...told,
      appearedInPerson: true,
    });
    expect(present.statusCode).toBe(200);
    expect(present.json().appearedInPerson).toBe(true);
  });

  it('acceptance needs the applicant to confirm what they were told', async () => {
    const id = await newCase();
    const response = await act('nclerk', id, 'accept', {
      ...told,
      version: 1,
      applicantAcknowledged: false,
    });
    expect(response.json().error.code).toBe('NOTARIZATION_TOLD_RECORD_REQUIRED');
  });
});

describe('counter intake', () => {
  it('a clerk registers an application received at the counter, with the appearance', async () => {
    const response = await register({ matterType: 'living', appearedInPerson: true });
    expect(response.statusCode).toBe(201);
    const detail = (
      await as.nclerk!.request({
        method: 'GET',
        url: `/api/notarization/cases/${response.json().caseId}`,
      })
    ).json();
    expect(detail).toMatchObject({
      channel: 'counter',
      appliedDate: '2026-11-02',
      matterLabel: '生存',
      inPerson: true,
      appearedInPerson: true,
      jurisdictionGround: '住所地',
    });
    expect(detail.nextActions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['accept', 'not_accept']),
    );
    const byNotary = await as.notary1!.request({
      method: 'POST',
      url: '/api/notarization/cases',
      payload: { ...application(), receivedDate: '2026-11-02', appearedInPerson: true },
    });
    expect(byNotary.statusCode).toBe(201);
    const byLeader = await as.leader!.request({
      method: 'POST',
      url: '/api/notarization/cases',
      payload: { ...application(), receivedDate: '2026-11-02', appearedInPerson: true },
    });
    expect(byLeader.statusCode).toBe(403);
  });

  it('a file never issued is not recognized', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/notary/certificates/verify-file',
      payload: { contentBase64: Buffer.from('not a certificate').toString('base64') },
    });
    expect(response.json()).toMatchObject({ identical: false, number: null });
  });
});

describe('the notary', () => {
  it('is never given a matter of a close relative (Art. 23)', async () => {
    const id = await newCase({ applicants: [{ name: '王五', idNumber: RELATIVE_ID }] });
    const response = await act('nclerk', id, 'accept', {
      version: 1,
      ...told,
      notaryId: ids.notary2,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('NOTARIZATION_NOTARY_CONFLICT');
    expect(response.json().error.message).toContain('王五');
    const ok = await act('nclerk', id, 'accept', { version: 1, ...told, notaryId: ids.notary1 });
    expect(ok.statusCode).toBe(200);
    const reassign = await act('nhead', id, 'assign', { version: 2, notaryId: ids.notary2 });
    expect(reassign.json().error.code).toBe('NOTARIZATION_NOTARY_CONFLICT');
  });

  it('refuses only on a ground of Art. 31, in a written decision', async () => {
    const id = await newCase();
    await act('nclerk', id, 'accept', { version: 1, ...told, notaryId: ids.notary1 });
    await act('notary1', id, 'start-review', { version: 2 });
    for (const ground of [undefined, '10']) {
      const response = await act('notary1', id, 'refuse', {
        version: 3,
        ground,
        reasons: '材料不足',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('NOTARIZATION_REFUSAL_GROUND_REQUIRED');
    }
    const notMine = await act('notary2', id, 'refuse', {
      version: 3,
      ground: '6',
      reasons: '材料不足',
    });
    expect(notMine.json().error.code).toBe('NOTARIZATION_NOT_ASSIGNED_NOTARY');
    const refused = await act('notary1', id, 'refuse', {
      version: 3,
      ground: '6',
      reasons: '申请人拒绝补充毕业证书原件',
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json().stateLabel).toBe('不予办理');
    expect(refused.json().outcome.groundText).toContain('拒绝补充证明材料');
    expect(refused.json().documents.map((d: { title: string }) => d.title)).toContain(
      '不予办理公证决定书',
    );
  });

  it('cannot take a step the state does not allow; the error names the state', async () => {
    const id = await newCase();
    const response = await act('nhead', id, 'approve-issue', { version: 1 });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('WORKFLOW_TRANSITION_NOT_ALLOWED');
    expect(response.json().error.message).toContain('当前状态为“待受理”');
  });
});

describe('concurrency, fees and regions', () => {
  it('two updates from the same version: one wins, the other conflicts', async () => {
    const id = await newCase();
    const [a, b] = await Promise.all([
      act('nclerk', id, 'accept', { version: 1, ...told }),
      act('nclerk', id, 'not-accept', { version: 1, reasons: '重复申请' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error.code).toBe('CONFLICT');
  });

  it('a legal-aid recipient pays nothing by default (Art. 34)', async () => {
    const response = await apply({ legalAid: true, legalAidReference: '穗法援〔2026〕1号' });
    expect(response.json().fee).toMatchObject({
      standardYuan: 80,
      reductionYuan: 80,
      payableYuan: 0,
    });
    expect(response.json().fee.basis).toContain('公证法第三十四条');
  });

  it('staff see only their region; the city leader reads but cannot act', async () => {
    const id = await newCase();
    const hz = await as.hzclerk!.request({ method: 'GET', url: '/api/notarization/cases' });
    expect(hz.json().total).toBe(0);
    const hidden = await as.hzclerk!.request({
      method: 'GET',
      url: `/api/notarization/cases/${id}`,
    });
    expect(hidden.statusCode).toBe(404);
    const city = await as.leader!.request({ method: 'GET', url: '/api/notarization/cases' });
    expect(city.json().total).toBeGreaterThan(0);
    const leaderAccept = await act('leader', id, 'accept', { version: 1, ...told });
    expect(leaderAccept.statusCode).toBe(403);
    const mine = await as.notary1!.request({
      method: 'GET',
      url: '/api/notarization/cases?scope=mine',
    });
    expect(
      mine.json().items.every((c: { notaryName: string }) => c.notaryName === '公证员甲'),
    ).toBe(true);
  });

  it('statistics by matter type and month, and their Excel export', async () => {
    const year = shanghaiDate().slice(0, 4);
    const stats = await as.leader!.request({
      method: 'GET',
      url: `/api/notarization/statistics?year=${year}`,
    });
    expect(stats.statusCode).toBe(200);
    const education = stats
      .json()
      .rows.filter((r: { matterType: string }) => r.matterType === 'education');
    expect(
      education.reduce((n: number, r: { applied: number }) => n + r.applied, 0),
    ).toBeGreaterThan(3);
    const xlsx = await as.leader!.request({
      method: 'GET',
      url: `/api/notarization/statistics/export.xlsx?year=${year}`,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
