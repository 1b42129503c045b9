// What the public sees without login: the applicant's progress by tracking code (public steps
// only, never notes or personal data) and the notice of revoked certificates (paginated).
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
import {
  APPLICANT_ID,
  application,
  issuedCase,
  NOTARY_USERS,
  seedNotaryAccounts,
} from './fixtures.js';

let t: TestApp;
let ids: Record<string, string>;
const as: Record<string, Session> = {};
beforeAll(async () => {
  t = await createTestApp();
  ids = await seedNotaryAccounts(t);
  for (const name of NOTARY_USERS) as[name] = await loginAs(t.app, name);
});
afterAll(() => t.close());

const track = (caseNumber: string, trackingCode: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/notary/track',
    payload: { caseNumber, trackingCode },
  });
const act = (who: string, id: string, path: string, payload: Record<string, unknown>) =>
  as[who]!.request({ method: 'POST', url: `/api/notarization/cases/${id}/${path}`, payload });

describe('the tracking code', () => {
  let receipt: { caseId: string; caseNumber: string; trackingCode: string };

  it('is shown once on the receipt; only its keyed hash is stored', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/notary/applications',
      payload: application(),
    });
    receipt = response.json();
    expect(receipt.trackingCode).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    const [row] = await rows<{ tracking_code_index: string }>(
      t.database.db,
      sql`select tracking_code_index from notarization.cases where id = ${receipt.caseId}`,
    );
    expect(row!.tracking_code_index).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.tracking_code_index).not.toContain(receipt.trackingCode);
  });

  it('a wrong code or number says nothing about which was wrong', async () => {
    for (const [number, code] of [
      [receipt.caseNumber, 'WRONGCODE2'],
      ['(2026)广州公受字第999号', receipt.trackingCode],
    ]) {
      const response = await track(number!, code!);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toBe('受理编号或查询码不正确，请核对后重试');
    }
  });

  it('shows the stage, the materials asked for and the public steps, never internal notes', async () => {
    const id = receipt.caseId;
    await act('nclerk', id, 'accept', {
      version: 1,
      toldItems: ['法律意义'],
      applicantAcknowledged: true,
      note: '内部备注：申请人情绪激动',
    });
    await act('nhead', id, 'assign', { version: 2, notaryId: ids.notary1 });
    await act('notary1', id, 'start-review', { version: 3 });
    await act('notary1', id, 'request-supplement', { version: 4, items: ['学位证书原件'] });
    const response = await track(receipt.caseNumber, receipt.trackingCode.toLowerCase());
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({
      caseNumber: receipt.caseNumber,
      matterLabel: '学历',
      stateLabel: '待补充材料',
      supplementItems: ['学位证书原件'],
      fee: { payableYuan: 80, paidYuan: 0, outstandingYuan: 80 },
      certificateNumber: null,
    });
    expect(view.nextDeadline).toMatchObject({ label: '出具公证书', dueDate: null });
    expect(view.steps.map((s: { label: string }) => s.label)).toEqual([
      '网上申请',
      '受理',
      '开始审查',
      '通知补充材料',
    ]);
    const text = JSON.stringify(view);
    for (const secret of ['内部备注', '张三', APPLICANT_ID, '公证员甲'])
      expect(text).not.toContain(secret);
  });
});

describe('the notice of revocations', () => {
  it('lists revoked certificates, newest first, a page at a time, without any party', async () => {
    const numbers: string[] = [];
    for (const ground of ['untrue_or_unlawful', 'procedure']) {
      const c = await issuedCase(t, as, ids);
      numbers.push(c.number);
      let version = c.version;
      const step = async (who: string, path: string, body: Record<string, unknown>) => {
        const response = await act(who, c.caseId, path, { version, ...body });
        expect(response.statusCode, response.body).toBe(200);
        version = response.json().version;
      };
      await step('nhead', 'start-re-examination', {
        reExaminerId: ids.notary2,
        requestedBy: '利害关系人',
        requesterKind: 'interested_person',
        knownDate: shanghaiDate(),
        reasons: '材料虚假',
      });
      const missing = await act('notary2', c.caseId, 'decide-re-examination', {
        version,
        outcome: 'revoke',
        reasons: '经复查属实',
      });
      expect(missing.json().error.code).toBe('NOTARIZATION_REVOCATION_GROUND_REQUIRED');
      await step('notary2', 'decide-re-examination', {
        outcome: 'revoke',
        revocationGround: ground,
        reasons: '经复查，张三提供的毕业证书系伪造',
      });
    }
    const page = async (n: number) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/public/notary/revocations?page=${n}&pageSize=1`,
        })
      ).json();
    const first = await page(1);
    const second = await page(2);
    expect(first.total).toBe(2);
    expect([first.items[0].number, second.items[0].number].sort()).toEqual([...numbers].sort());
    expect(Object.keys(first.items[0]).sort()).toEqual(
      ['groundLabel', 'ground', 'ledgerIndex', 'number', 'office', 'revokedOn'].sort(),
    );
    const labels = [first.items[0].groundLabel, second.items[0].groundLabel].sort();
    expect(labels).toEqual(
      [
        '公证书的基本内容违法或者与事实不符',
        '办理过程中严重违反公证程序，或者缺漏的程序和手续无法补办',
      ].sort(),
    );
    expect(first.items[0]).toMatchObject({ office: '广州公证处', revokedOn: shanghaiDate() });
    expect(JSON.stringify([first, second])).not.toMatch(/张三|伪造|4401061990/);
    const staffView = await as.nhead!.request({
      method: 'GET',
      url: `/api/notarization/cases/${(await issuedCase(t, as, ids)).caseId}`,
    });
    expect(staffView.json().certificate.revocationGround).toBeNull();
  });
});
