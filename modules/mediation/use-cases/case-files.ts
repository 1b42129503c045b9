// Downloading a document of a dispute (the agreement, a notice): staff of the region only.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { records } from '../db/queries.js';
import { visibleCase } from './run-step.js';

export async function downloadDocument(ctx: RequestContext, caseId: string, documentId: string) {
  const c = await visibleCase(ctx, caseId);
  const doc = await records.loadDocument(ctx.db, c.id, documentId);
  if (!doc) throw new AppError('NOT_FOUND');
  return doc;
}
