// The office's own data: its notaries for the pickers, their close relatives (公证法 Art. 23)
// kept by the head with ID numbers encrypted and masked, and fee payments and refunds with
// their rules, on the case page, in the statistics and in the Excel export.
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
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
import {
  application,
  NOTARY_USERS,
  RELATIVE_ID,
  seedNotaryAccounts,
  withCheck,
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

const told = { toldItems: ['法律意义和后果'], applicantAcknowledged: true };
const today = shanghaiDate();
async function newCase(body: Partial<ApplicationBody> = {}) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/public/notary/applications',
    payload: application(body),
  });
  return response.json().caseId as string;
}
const call = (who: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  as[who]!.request({ method, url, ...(payload ? { payload } : {}) });
const relativesUrl = (who: string) => `/api/notarization/notaries/${ids[who]}/relatives`;

describe('the notaries of the office', () => {
  it('are listed for the pickers; with a case, a relative of a party is marked', async () => {
    const id = await newCase({ applicants: [{ name: '王五', idNumber: RELATIVE_ID }] });
    await call('nclerk', 'POST', `/api/notarization/cases/${id}/accept`, {
      version: 1,
      ...told,
      notaryId: ids.notary1,
    });
    const list = await call('nclerk', 'GET', `/api/notarization/notaries?caseId=${id}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().officeName).toBe('广州公证处');
    const byName = Object.fromEntries(list.json().items.map((n: { name: string }) => [n.name, n]));
    expect(Object.keys(byName).sort()).toEqual(['公证处主任', '公证员乙', '公证员甲'].sort());
    expect(byName['公证员乙']).toMatchObject({
      conflict: '与当事人“王五”有近亲属关系，应当回避',
      relativesCount: 1,
    });
    expect(byName['公证员甲']).toMatchObject({ conflict: null, handlesCase: true });
    expect(byName['公证处主任'].roleLabel).toBe('公证处负责人');
    const other = await call('hzclerk', 'GET', '/api/notarization/notaries?officeCode=city-notary');
    expect(other.statusCode).toBe(403);
  });
});

describe("the notaries' close relatives (Art. 23)", () => {
  const spouseId = withCheck('44010419800202567');

  it('the head records a relative: the ID number is stored encrypted and shown masked', async () => {
    const added = await call('nhead', 'POST', relativesUrl('notary1'), {
      name: '刘妻',
      relation: 'spouse',
      idNumber: spouseId,
    });
    expect(added.statusCode).toBe(200);
    expect(added.json().items).toEqual([
      expect.objectContaining({
        name: '刘妻',
        relationLabel: '配偶',
        idNumberMasked: '4401**********' + spouseId.slice(-4),
      }),
    ]);
    const [stored] = await rows<{ relatives: string }>(
      t.database.db,
      sql`select relatives::text from notarization.notary_profiles where user_id = ${ids.notary1}`,
    );
    expect(stored!.relatives).not.toContain(spouseId);
    const audit = await rows<{ details: Record<string, unknown> }>(
      t.database.db,
      sql`select details from audit.events where action = 'notarization.relative_add' order by seq desc limit 1`,
    );
    expect(audit[0]!.details).toMatchObject({ notary: '公证员甲', relative: '刘妻' });
    expect(JSON.stringify(audit[0]!.details)).not.toContain(spouseId);
  });

  it('matches a party by ID number even under another name', async () => {
    const id = await newCase({ applicants: [{ name: '刘某某', idNumber: spouseId }] });
    const response = await call('nclerk', 'POST', `/api/notarization/cases/${id}/accept`, {
      version: 1,
      ...told,
      notaryId: ids.notary1,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toContain('公证员“公证员甲”与当事人“刘某某”有近亲属关系');
  });

  it('refuses a wrong ID number, a clerk, and someone who is not a notary', async () => {
    const wrong = await call('nhead', 'POST', relativesUrl('notary1'), {
      name: '某',
      relation: 'child',
      idNumber: '440104198002025670',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('ID_NUMBER_INVALID');
    const clerk = await call('nclerk', 'POST', relativesUrl('notary1'), {
      name: '某',
      relation: 'child',
    });
    expect(clerk.statusCode).toBe(403);
    const notNotary = await call('nhead', 'GET', relativesUrl('nclerk'));
    expect(notNotary.json().error.code).toBe('NOTARIZATION_NOT_A_NOTARY');
  });

  it('a relative removed no longer bars the notary', async () => {
    const before = (await call('nhead', 'GET', relativesUrl('notary1'))).json();
    const removed = await call(
      'nhead',
      'DELETE',
      `${relativesUrl('notary1')}/${before.items[0].id}`,
    );
    expect(removed.json().items).toEqual([]);
    const again = await call('nhead', 'DELETE', `${relativesUrl('notary1')}/${before.items[0].id}`);
    expect(again.statusCode).toBe(404);
  });
});

describe('fees', () => {
  let id = '';
  let version = 1;
  const pay = (who: string, amountYuan: number, onDate = today) =>
    call(who, 'POST', `/api/notarization/cases/${id}/payments`, {
      amountYuan,
      method: 'wechat',
      receiptNumber: `SF-${amountYuan}`,
      onDate,
    });
  const refund = (who: string, amountYuan: number, fault: string) =>
    call(who, 'POST', `/api/notarization/cases/${id}/refunds`, {
      amountYuan,
      method: 'transfer',
      receiptNumber: 'TF-1',
      onDate: today,
      fault,
      reason: '申请人撤回申请',
    });

  it('records payments up to the fee, never more', async () => {
    id = await newCase();
    const first = await pay('nclerk', 50);
    expect(first.statusCode).toBe(200);
    expect(first.json().fees).toMatchObject({
      payableYuan: 80,
      paidYuan: 50,
      outstandingYuan: 30,
      canPay: true,
      refund: null,
    });
    expect(first.json().fees.records[0]).toMatchObject({
      kind: 'payment',
      amountYuan: 50,
      methodLabel: '微信支付',
      receiptNumber: 'SF-50',
      recordedBy: '受理员',
    });
    expect(first.json().timeline.at(-1).actionLabel).toBe('缴纳公证费');
    const over = await pay('nclerk', 30.01);
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toBe('收费 30.01 元超过尚未缴纳的公证费 30 元');
    expect((await pay('nclerk', 10, '2099-01-01')).json().error.code).toBe(
      'NOTARIZATION_DATE_INVALID',
    );
    expect((await pay('leader', 10)).statusCode).toBe(403);
  });

  it('refunds only once the matter ended, within the range for whose fault it was', async () => {
    expect((await refund('nhead', 10, 'party')).json().error.code).toBe(
      'NOTARIZATION_REFUND_NOT_ALLOWED',
    );
    for (const [who, path, body] of [
      ['nclerk', 'accept', { ...told, notaryId: ids.notary1 }],
      ['notary1', 'start-review', {}],
      ['notary1', 'terminate', { ground: 'withdrawn', reasons: '申请人撤回' }],
    ] as const) {
      const response = await call(who, 'POST', `/api/notarization/cases/${id}/${path}`, {
        version,
        ...body,
      });
      version = response.json().version;
    }
    const detail = (await call('nhead', 'GET', `/api/notarization/cases/${id}`)).json();
    expect(detail.fees.canPay).toBe(false);
    expect(detail.fees.refund).toMatchObject({
      office: { minYuan: 50, maxYuan: 50 },
      party: { minYuan: 0, maxYuan: 50 },
    });
    expect((await pay('nclerk', 10)).json().error.code).toBe('NOTARIZATION_PAYMENT_CLOSED');
    expect((await refund('nclerk', 10, 'party')).statusCode).toBe(403);
    const tooMuch = await refund('nhead', 60, 'party');
    expect(tooMuch.json().error.message).toContain('退费 60 元不在可退范围 0～50 元之内');
    const office = await refund('nhead', 20, 'office');
    expect(office.json().error.message).toContain('50～50');
    const done = await refund('nhead', 20, 'party');
    expect(done.statusCode).toBe(200);
    expect(done.json().fees).toMatchObject({ paidYuan: 50, refundedYuan: 20 });
    expect(done.json().fees.records[1]).toMatchObject({
      kind: 'refund',
      faultLabel: '当事人的原因或过错',
      reason: '申请人撤回申请',
    });
  });

  it('the statistics and their export show fees received and refunded', async () => {
    const year = today.slice(0, 4);
    const stats = (await call('leader', 'GET', `/api/notarization/statistics?year=${year}`)).json();
    const education = stats.rows.filter(
      (r: { matterType: string }) => r.matterType === 'education',
    );
    const sum = (key: string) =>
      education.reduce((n: number, r: Record<string, number>) => n + r[key]!, 0);
    expect(sum('paidYuan')).toBe(50);
    expect(sum('refundedYuan')).toBe(20);
    const xlsx = await call(
      'leader',
      'GET',
      `/api/notarization/statistics/export.xlsx?year=${year}`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).filter(Boolean);
    expect(header).toEqual(expect.arrayContaining(['实收（元）', '退费（元）']));
    const paidColumn = header.indexOf('实收（元）') + 1;
    let paid = 0;
    sheet.eachRow((row, n) => {
      if (n > 1) paid += Number(row.getCell(paidColumn).value ?? 0);
    });
    expect(paid).toBe(50);
  });
});
