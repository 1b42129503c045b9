// What the ledger holds for a certificate: canonical JSON (sorted keys) with the number, matter
// type, issue date, office, a keyed digest of the personal data and the SHA-256 of the .docx —
// never the personal data. Revocations and corrections are new entries pointing to the old one.
import { canonicalJson } from '../../../platform/audit/index.js';

export const LEDGER_LOG = 'notary';

export interface IssueEntry {
  type: 'certificate';
  number: string;
  matterType: string;
  issueDate: string;
  office: string;
  personalDataDigest: string;
  documentSha256: string;
}

export interface AmendmentEntry {
  type: 'revocation' | 'correction';
  /** The ledger index of the certificate's own entry. */
  of: number;
  number: string;
  date: string;
  office: string;
  /** 撤销, 更正 or 补正 (复查 outcome, 公证程序规则 Art. 63 [S]). */
  outcome: string;
  /** SHA-256 of the re-examination decision text: the reasons stay in the case file. */
  decisionSha256: string;
}

export type LedgerEntry = IssueEntry | AmendmentEntry;

export function entryBytes(entry: LedgerEntry): Buffer {
  return Buffer.from(canonicalJson(entry), 'utf8');
}

/** The personal data a digest covers, in one canonical text (hashed with a secret key). */
export function personalDataText(
  parties: { name: string; idNumber: string | null }[],
  certifiedFacts: string,
): string {
  return canonicalJson({ parties: parties.map((p) => [p.name, p.idNumber]), certifiedFacts });
}

export type CertificateStatus = 'valid' | 'revoked' | 'corrected';

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  valid: '有效',
  revoked: '已撤销',
  corrected: '已更正',
};

/** The public page a QR code on the certificate opens. */
export function verificationPath(number: string): string {
  return `/public/notary/verify?number=${encodeURIComponent(number)}`;
}
