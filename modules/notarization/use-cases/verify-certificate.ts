// Public verification, without login and without personal data: is a number genuine and in
// force, is a file byte for byte the issued certificate, and the offline proof bundle that lets
// anyone check the ledger entry against a signed checkpoint without trusting this server.
import { sha256Hex } from '../../../platform/documents/docx.js';
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { NoteSigner } from '../../../platform/ledger/checkpoint.js';
import { integrate, latestCheckpoint, proveInclusion } from '../../../platform/ledger/log.js';
import type { ProofBundle } from '../contract.js';
import { CERTIFICATE_STATUS_LABELS, LEDGER_LOG } from '../domain/certificate.js';
import { certificateByNumber, certificateBySha } from '../db/queries.js';
import { matterLabel } from './get-case.js';

export async function verifyNumber(ctx: RequestContext, number: string) {
  const c = await certificateByNumber(ctx.db, number.trim());
  if (!c)
    return {
      genuine: false,
      number,
      status: null,
      statusLabel: null,
      matterType: null,
      issueDate: null,
      office: null,
      ledgerIndex: null,
    };
  return {
    genuine: true,
    number: c.number,
    status: c.status,
    statusLabel: CERTIFICATE_STATUS_LABELS[c.status],
    matterType: matterLabel(c.matterType, ctx.locale),
    issueDate: c.issueDate,
    office: c.officeName,
    ledgerIndex: c.ledgerIndex,
  };
}

export async function verifyFile(
  ctx: RequestContext,
  input: { number?: string | undefined; contentBase64: string },
) {
  const sha256 = sha256Hex(Buffer.from(input.contentBase64, 'base64'));
  const c = input.number
    ? await certificateByNumber(ctx.db, input.number.trim())
    : await certificateBySha(ctx.db, sha256);
  const identical = !!c && c.documentSha256 === sha256;
  return {
    identical,
    number: identical ? c.number : null,
    status: identical ? c.status : null,
    sha256,
  };
}

/**
 * The offline proof bundle: the canonical entry, its inclusion proof in the latest signed
 * checkpoint, and the key that signed it. Integrates the log first when the entry is newer
 * than the latest checkpoint.
 */
export async function proofBundle(
  ctx: RequestContext,
  signer: NoteSigner,
  number: string,
): Promise<ProofBundle> {
  const c = await certificateByNumber(ctx.db, number.trim());
  if (!c) throw new AppError('NOTARIZATION_CERTIFICATE_NOT_FOUND', { number });
  let checkpoint = await latestCheckpoint(ctx.db, LEDGER_LOG);
  if (!checkpoint || checkpoint.size <= c.ledgerIndex) {
    await integrate(ctx.db, LEDGER_LOG, signer);
    checkpoint = (await latestCheckpoint(ctx.db, LEDGER_LOG))!;
  }
  const proof = await proveInclusion(ctx.db, LEDGER_LOG, c.ledgerIndex, checkpoint.size);
  return {
    certificate: c.entry.toString('base64'),
    leafIndex: c.ledgerIndex,
    treeSize: checkpoint.size,
    inclusionProof: proof.map((h) => h.toString('base64')),
    checkpoint: checkpoint.note,
    publicKey: signer.publicKey.toString('base64'),
    keyName: signer.name,
  };
}
