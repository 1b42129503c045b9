// The whole life of a 学历 certificate over the API: online application, acceptance with the
// told-record, a supplement (the clock stops), issue on the ledger, public verification of the
// number, the file and the offline proof bundle, and re-examination that revokes it.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import { ed25519Verifier, openCheckpoint } from '../../../platform/ledger/checkpoint.js';
import { leafHash, verifyInclusion } from '../../../platform/ledger/merkle.js';
import {
  createTestApp,
  loginAs,
  type Session,
  type TestApp,
} from '../../../platform/testing/app.js';
import { APPLICANT_ID, application, NOTARY_USERS, seedNotaryAccounts } from './fixtures.js';

let t: TestApp;
let ids: Record<string, string>;
const as: Record<string, Session> = {};
let caseId = '';
let version = 1;
let number = '';
let docx: Buffer;

/** Moves the clock to a legal date (Asia/Shanghai 10:00) and logs everyone in again. */
async function on(date: string) {
  vi.setSystemTime(new Date(`${date}T02:00:00Z`));
  for (const name of NOTARY_USERS) as[name] = await loginAs(t.app, name);
}

beforeAll(async () => {
  t = await createTestApp();
  ids = await seedNotaryAccounts(t);
  vi.useFakeTimers({ toFake: ['Date'] });
  await on('2026-03-02');
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

const step = async (who: string, path: string, body: Record<string, unknown> = {}) => {
  const response = await as[who]!.request({
    method: 'POST',
    url: `/api/notarization/cases/${caseId}/${path}`,
    payload: { version, ...body },
  });
  if (response.statusCode === 200) version = response.json().version;
  return response;
};
interface DeadlineJson {
  key: string;
  dueDate: string | null;
  status: string;
  explanation: string;
}
const issueDeadline = (detail: { deadlines: DeadlineJson[] }) =>
  detail.deadlines.find((d) => d.key === 'issue')!;
const verify = async () =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/public/notary/certificates/verify?number=${encodeURIComponent(number)}`,
    })
  ).json();

describe('a 学历 certificate from online application to revocation', () => {
  it('a citizen applies online (Mon 2026-03-02) and is told the fee and missing materials', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/notary/applications',
      payload: application(),
    });
    expect(response.statusCode).toBe(201);
    const receipt = response.json();
    expect(receipt.caseNumber).toBe('(2026)广州公受字第1号');
    expect(receipt.fee.payableYuan).toBe(80);
    expect(receipt.missingMaterials).toEqual([]);
    caseId = receipt.caseId;
    const [party] = await rows<{ id_number_encrypted: string }>(
      t.database.db,
      sql`select id_number_encrypted from notarization.parties`,
    );
    expect(party!.id_number_encrypted).not.toContain(APPLICANT_ID);
  });

  it('the clerk accepts with the record of what the applicant was told (Art. 27)', async () => {
    const response = await step('nclerk', 'accept', {
      toldItems: ['学历公证仅证明毕业证书复印件与原件相符', '提供虚假材料须承担法律责任'],
      applicantAcknowledged: true,
      notaryId: ids.notary1,
    });
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.stateLabel).toBe('已受理');
    expect(detail.toldRecord.items).toHaveLength(2);
    expect(detail.notaryName).toBe('公证员甲');
    expect(issueDeadline(detail).dueDate).toBe('2026-03-23');
    expect(detail.documents.map((d: { title: string }) => d.title)).toContain('公证申请告知笔录');
    expect(JSON.stringify(detail)).not.toContain(APPLICANT_ID);
    expect((await step('notary1', 'start-review')).statusCode).toBe(200);
  });

  it('a supplement stops the clock (Wed 03-04 to Mon 03-09): the due date moves by 3 工作日', async () => {
    await on('2026-03-04');
    const requested = await step('notary1', 'request-supplement', { items: ['学位证书原件'] });
    expect(requested.statusCode).toBe(200);
    expect(issueDeadline(requested.json()).status).toBe('suspended');
    expect(issueDeadline(requested.json()).dueDate).toBeNull();
    await on('2026-03-09');
    const supplied = await step('nclerk', 'supply', {
      materials: [
        {
          title: '学位证书',
          fileName: 'degree.pdf',
          mimeType: 'application/pdf',
          contentBase64: Buffer.from('%PDF degree').toString('base64'),
        },
      ],
    });
    expect(supplied.statusCode).toBe(200);
    const deadline = issueDeadline(supplied.json());
    // 15 工作日 from 03-02 is 03-23; 03-05, 03-06 and 03-09 did not count.
    expect(deadline.dueDate).toBe('2026-03-26');
    expect(deadline.explanation).toContain('3个工作日不计入');
  });

  it('the notary proposes, the head approves: the certificate is numbered and on the ledger', async () => {
    await on('2026-03-10');
    expect(
      (await step('notary1', 'propose-issue', { certifiedFacts: '兹证明张三于2012年毕业。' }))
        .statusCode,
    ).toBe(200);
    const response = await step('nhead', 'approve-issue');
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.stateLabel).toBe('已出证');
    expect(detail.certificate).toMatchObject({
      number: '(2026)粤广州广州证字第1号',
      issueDate: '2026-03-10',
      status: 'valid',
      ledgerIndex: 0,
    });
    expect(issueDeadline(detail).status).toBe('met');
    number = detail.certificate.number;
    expect(detail.certificate.verificationUrl).toBe(
      `/public/notary/verify?number=${encodeURIComponent(number)}`,
    );
    const download = await as.nhead!.request({
      method: 'GET',
      url: `/api/notarization/cases/${caseId}/documents/${detail.certificate.documentId}`,
    });
    docx = download.rawPayload;
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const qr = await as.nhead!.request({
      method: 'GET',
      url: `/api/notarization/cases/${caseId}/documents/${detail.certificate.qrDocumentId}`,
    });
    expect(qr.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });

  it('anyone can check the number without login and sees no personal data', async () => {
    const result = await verify();
    expect(result).toEqual({
      genuine: true,
      number,
      status: 'valid',
      statusLabel: '有效',
      matterType: '学历',
      issueDate: '2026-03-10',
      office: '广州公证处',
      ledgerIndex: 0,
    });
    expect(JSON.stringify(result)).not.toMatch(/张三|4401061990/);
    const forged = await t.app.inject({
      method: 'GET',
      url: `/api/public/notary/certificates/verify?number=${encodeURIComponent('(2026)粤广州广州证字第99号')}`,
    });
    expect(forged.json().genuine).toBe(false);
  });

  it('a file is recognized only when byte-identical to the issued one', async () => {
    const check = async (content: Buffer) =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/public/notary/certificates/verify-file',
          payload: { number, contentBase64: content.toString('base64') },
        })
      ).json();
    expect((await check(docx)).identical).toBe(true);
    const changed = Buffer.from(docx);
    changed[changed.length - 10] = changed[changed.length - 10]! ^ 1;
    expect((await check(changed)).identical).toBe(false);
  });

  it('the offline bundle verifies with the kernel and fails after one changed byte', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/public/notary/certificates/bundle?number=${encodeURIComponent(number)}`,
    });
    expect(response.statusCode).toBe(200);
    const bundle = response.json();
    const verifier = ed25519Verifier(bundle.keyName, Buffer.from(bundle.publicKey, 'base64'));
    const checkpoint = openCheckpoint(bundle.checkpoint, verifier)!;
    expect(checkpoint.size).toBe(bundle.treeSize);
    const proof = (bundle.inclusionProof as string[]).map((p) => Buffer.from(p, 'base64'));
    const entry = Buffer.from(bundle.certificate, 'base64');
    const ok = (bytes: Buffer) =>
      verifyInclusion(bundle.leafIndex, bundle.treeSize, leafHash(bytes), proof, checkpoint.root);
    expect(ok(entry)).toBe(true);
    const parsed = JSON.parse(entry.toString('utf8'));
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
    expect(parsed).toMatchObject({ type: 'certificate', number, matterType: 'education' });
    expect(parsed.documentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entry.toString('utf8')).not.toMatch(/张三|4401061990/);
    const tampered = Buffer.from(entry);
    tampered[5] = tampered[5]! ^ 1;
    expect(ok(tampered)).toBe(false);
    const forgedNote = bundle.checkpoint.replace(
      /\n(\d+)\n/,
      (_: string, n: string) => `\n${Number(n) + 1}\n`,
    );
    expect(openCheckpoint(forgedNote, verifier)).toBeNull();
  });

  it('re-examination by a different notary revokes it; the ledger points to the old entry', async () => {
    const base = {
      requestedBy: '利害关系人李四',
      requesterKind: 'interested_person',
      knownDate: '2026-03-10',
      reasons: '毕业证书系伪造',
    };
    const same = await step('nhead', 'start-re-examination', {
      ...base,
      reExaminerId: ids.notary1,
    });
    expect(same.statusCode).toBe(409);
    expect(same.json().error.code).toBe('NOTARIZATION_RE_EXAMINER_SAME');
    const opened = await step('nhead', 'start-re-examination', {
      ...base,
      reExaminerId: ids.notary2,
    });
    expect(opened.statusCode).toBe(200);
    expect(opened.json().reExaminerName).toBe('公证员乙');
    const byOther = await step('notary1', 'decide-re-examination', {
      outcome: 'revoke',
      revocationGround: 'untrue_or_unlawful',
      reasons: 'x',
    });
    expect(byOther.json().error.code).toBe('NOTARIZATION_NOT_ASSIGNED_NOTARY');
    const revoked = await step('notary2', 'decide-re-examination', {
      outcome: 'revoke',
      revocationGround: 'untrue_or_unlawful',
      reasons: '经复查，毕业证书系伪造，公证书内容不真实（公证法第三十九条）',
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().stateLabel).toBe('已撤销');
    expect(await verify()).toMatchObject({
      genuine: true,
      status: 'revoked',
      statusLabel: '已撤销',
    });
    const amendment = revoked.json().certificate.amendmentIndex as number;
    expect(amendment).toBe(1);
    const [row] = await rows<{ entry: Buffer | Uint8Array }>(
      t.database.db,
      sql`select entry from ledger.entries where log = 'notary' and idx = ${amendment}`,
    );
    const entry = JSON.parse(Buffer.from(row!.entry).toString('utf8'));
    expect(entry).toMatchObject({ type: 'revocation', of: 0, number, outcome: '撤销公证书' });
    const audit = await rows<{ action: string }>(
      t.database.db,
      sql`select action from audit.events where action like 'notarization.%' order by seq`,
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'notarization.apply',
        'notarization.approve_issue',
        'notarization.revoke',
      ]),
    );
  });
});
