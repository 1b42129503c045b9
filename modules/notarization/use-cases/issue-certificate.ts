// 出具公证书 (Art. 32, effective on issue), in the approval's transaction: number the certificate
// per office and year, render the .docx (with the verification address) and its QR code, and
// append the canonical entry — digests only, never personal data — to the `notary` ledger.
import QRCode from 'qrcode';
import type { Tx } from '../../../platform/db/index.js';
import type { OfficialDocument } from '../../../platform/documents/docx.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { appendEntry } from '../../../platform/ledger/log.js';
import type { ActionBody } from '../contract.js';
import {
  entryBytes,
  type IssueEntry,
  LEDGER_LOG,
  personalDataText,
  verificationPath,
} from '../domain/certificate.js';
import { certificateNumber } from '../domain/offices.js';
import { certificateDocument } from '../domain/templates.js';
import { caseParties, type CaseRow, records, userName } from '../db/queries.js';
import { certificates } from '../db/schema.js';
import { nextNumber } from '../db/queries.js';
import { officeOf } from './office.js';
import { docFacts, runStep } from './run-step.js';

/** The QR code printed on the certificate, under its text. */
function withQrCode(doc: OfficialDocument, png: Buffer): OfficialDocument {
  return {
    ...doc,
    paragraphs: [
      ...doc.paragraphs,
      { text: '扫码核验：', image: { png, width: 110, height: 110 } },
    ],
  };
}

async function issue(ctx: RequestContext, tx: Tx, c: CaseRow, onDate: string) {
  const office = await officeOf(tx, c.officeCode);
  const year = Number(onDate.slice(0, 4));
  const n = await nextNumber(tx, `certificate-${office.organizationCode}-${year}`);
  const number = certificateNumber(office, year, n);
  // An absolute address: the QR code is scanned by a phone, far from this server's pages.
  const url = new URL(verificationPath(number), ctx.config.SIFA_PUBLIC_URL).toString();
  const qrPng = await QRCode.toBuffer(url, { type: 'png', margin: 1, width: 256 });
  const facts = await docFacts(tx, c, onDate);
  const notary = (await userName(tx, c.notaryId)) ?? '';
  const by = ctx.actor!.displayName;
  const doc = await records.storeGenerated(
    tx,
    c.id,
    'certificate',
    withQrCode(
      certificateDocument({ ...facts, number, notary }, c.certifiedFacts ?? '', url),
      qrPng,
    ),
    by,
  );
  const qr = await records.storeBytes(
    tx,
    c.id,
    {
      kind: 'certificate_qr',
      title: '公证书查验二维码',
      fileName: `${number}-qr.png`,
      mimeType: 'image/png',
      content: qrPng,
      generated: true,
    },
    by,
  );
  const people = (await caseParties(tx, c.id)).map((p) => ({
    name: p.name,
    idNumber: p.idNumberEncrypted ? ctx.cipher.decrypt(p.idNumberEncrypted) : null,
  }));
  const entry: IssueEntry = {
    type: 'certificate',
    number,
    matterType: c.matterType,
    issueDate: onDate,
    office: office.name,
    // Keyed (HMAC) so that nobody can test guessed names or ID numbers against the ledger.
    personalDataDigest: ctx.cipher.blindIndex(personalDataText(people, c.certifiedFacts ?? '')),
    documentSha256: doc.sha256,
  };
  const bytes = entryBytes(entry);
  const ledgerIndex = await appendEntry(tx, LEDGER_LOG, bytes);
  await tx.insert(certificates).values({
    caseId: c.id,
    number,
    officeCode: office.organizationCode,
    officeName: office.name,
    regionCode: c.regionCode,
    matterType: c.matterType,
    issueDate: onDate,
    status: 'valid',
    entry: bytes,
    ledgerIndex,
    documentId: doc.id,
    documentSha256: doc.sha256,
    qrDocumentId: qr.id,
  });
  return { number, ledgerIndex, documentId: doc.id, documentSha256: doc.sha256 };
}

export function approveIssue(ctx: RequestContext, id: string, body: ActionBody<'approveIssue'>) {
  let issued = '';
  return runStep(ctx, id, {
    action: 'approve_issue',
    public: true,
    version: body.version,
    note: body.note,
    patch: () => ({ approverId: ctx.actor!.userId }),
    write: async (tx, c, onDate) => {
      const result = await issue(ctx, tx, c, onDate);
      issued = result.number;
      return result;
    },
    notify: {
      subject: '公证书已出具',
      body: () => `您申请的公证书已出具，编号 ${issued}，可凭编号在线查验真伪。`,
    },
  });
}
