// Downloads of a case's files (materials, notices, the certificate and its QR code).
import { record } from '../../../platform/audit/index.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, type RequestContext } from '../../../platform/http/context.js';
import { records } from '../db/queries.js';
import { visibleCase } from './run-step.js';

export async function downloadDocument(ctx: RequestContext, caseId: string, documentId: string) {
  const c = await visibleCase(ctx, caseId);
  const doc = await records.loadDocument(ctx.db, c.id, documentId);
  if (!doc) throw new AppError('NOT_FOUND');
  // Case files hold personal data: every read is in the audit trail.
  await withTx(ctx.db, (tx) =>
    record(tx, auditContext(ctx), {
      action: 'notarization.read_document',
      entityType: 'notarization_case',
      entityId: c.id,
      regionCode: c.regionCode,
      details: { documentId, kind: doc.kind },
    }),
  );
  return doc;
}
