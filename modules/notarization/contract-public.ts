// Schemas of the public notarization API (no login, never personal data): certificate
// verification and the offline bundle, the notice of revocations, and the applicant's tracking.
import { z } from 'zod';
import { pageQuery } from '../../platform/http/pagination.js';
import { text } from './contract-fields.js';

export const numberQuery = z.strictObject({ number: text(80, '请填写公证书编号') });
export const publicVerification = z.object({
  genuine: z.boolean(),
  number: z.string(),
  status: z.enum(['valid', 'revoked', 'corrected']).nullable(),
  statusLabel: z.string().nullable(),
  matterType: z.string().nullable(),
  issueDate: z.string().nullable(),
  office: z.string().nullable(),
  ledgerIndex: z.number().nullable(),
});
export const verifyFileBody = z.strictObject({
  number: z.string().trim().max(80).optional(),
  contentBase64: z.string().min(1).max(14_000_000),
});
export const verifyFileResult = z.object({
  identical: z.boolean(),
  number: z.string().nullable(),
  status: z.enum(['valid', 'revoked', 'corrected']).nullable(),
  sha256: z.string(),
});
export const proofBundle = z.object({
  certificate: z.string(),
  leafIndex: z.number(),
  treeSize: z.number(),
  inclusionProof: z.array(z.string()),
  checkpoint: z.string(),
  publicKey: z.string(),
  keyName: z.string(),
});
export type ProofBundle = z.infer<typeof proofBundle>;

export const revocationsQuery = z.strictObject({
  ...pageQuery.shape,
  officeCode: z.string().max(60).optional(),
});
export const revocationItem = z.object({
  number: z.string(),
  office: z.string(),
  revokedOn: z.string(),
  ground: z.string().nullable(),
  groundLabel: z.string(),
  /** The revocation's entry in the public ledger. */
  ledgerIndex: z.number().nullable(),
});
export type RevocationItem = z.infer<typeof revocationItem>;

export const trackBody = z.strictObject({
  caseNumber: text(60, '请填写受理编号'),
  trackingCode: text(40, '请填写查询码'),
});
export const trackView = z.object({
  caseNumber: z.string(),
  matterLabel: z.string(),
  stateLabel: z.string(),
  appliedDate: z.string(),
  nextDeadline: z
    .object({ label: z.string(), dueDate: z.string().nullable(), explanation: z.string() })
    .nullable(),
  supplementItems: z.array(z.string()),
  fee: z.object({ payableYuan: z.number(), paidYuan: z.number(), outstandingYuan: z.number() }),
  certificateNumber: z.string().nullable(),
  steps: z.array(z.object({ onDate: z.string(), label: z.string() })),
});
export type TrackView = z.infer<typeof trackView>;
