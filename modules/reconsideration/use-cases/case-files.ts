// A case's files and people: downloading a document (logged: it holds personal data) and the
// handlers a case may be given, with their load and any conflict of interest.
import { record } from '../../../platform/audit/index.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, type RequestContext } from '../../../platform/http/context.js';
import { handlerCandidates, records } from '../db/queries.js';
import { conflicted } from './assign-handler.js';
import { visibleCase } from './run-step.js';

export async function downloadDocument(ctx: RequestContext, caseId: string, documentId: string) {
  const c = await visibleCase(ctx, caseId);
  const doc = await records.loadDocument(ctx.db, c.id, documentId);
  if (!doc) throw new AppError('NOT_FOUND');
  await withTx(ctx.db, (tx) =>
    record(tx, auditContext(ctx), {
      action: 'reconsideration.read_document',
      entityType: 'reconsideration_case',
      entityId: c.id,
      regionCode: c.regionCode,
      details: { documentId: doc.id, kind: doc.kind },
    }),
  );
  return doc;
}

export async function listHandlers(ctx: RequestContext, caseId: string) {
  const c = await visibleCase(ctx, caseId);
  return (await handlerCandidates(ctx.db, c.organizationId)).map((h) => ({
    id: h.id,
    name: h.name,
    openCases: h.openCases,
    conflicted: conflicted(h, c.respondentName),
  }));
}
