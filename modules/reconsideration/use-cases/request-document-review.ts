// 附带审查: the applicant asked, with the application, for review of the normative document the
// contested act relied on (行政复议法 2023 Art. 13). The handler sends the request to the filing
// review of module regulations (which handles it within 30 日, Art. 56) as a review item linked to
// this case, recorded on the case's timeline, in one transaction. Suspending the case meanwhile
// (Art. 39(9)) stays the handler's own step.
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError, defineErrors } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import {
  incidentalReviewsOfCase,
  type IncidentalReviewItem,
  openIncidentalReview,
} from '../../regulations/index.js';
import { lockCase, records } from '../db/queries.js';
import { DOCUMENT_REVIEW_OPEN_STATES } from '../domain/document-review.js';
import { ReconsiderationPermissions } from '../domain/permissions.js';
import { stateLabel } from './get-case.js';
import { visibleCase } from './run-step.js';

defineErrors({
  RECONSIDERATION_DOCUMENT_REVIEW_MISSING: {
    status: 400,
    'zh-CN': '请写明要求附带审查的规范性文件名称及文号',
    en: 'Name the normative document (title and number) to be reviewed',
  },
  RECONSIDERATION_DOCUMENT_REVIEW_CLOSED: {
    status: 409,
    'zh-CN': '案件当前为“{state}”，不能再提请附带审查',
    en: 'The case is "{state}"; no review can be requested now',
  },
});

export async function requestDocumentReview(
  ctx: RequestContext,
  caseId: string,
  input: { document?: string | undefined; reason?: string | undefined },
): Promise<IncidentalReviewItem> {
  const actor = requireActor(ctx);
  authorize(actor, ReconsiderationPermissions.handle);
  const c = await visibleCase(ctx, caseId);
  const document = input.document ?? c.normativeDocumentReview;
  if (!document) throw new AppError('RECONSIDERATION_DOCUMENT_REVIEW_MISSING');
  return withTx(ctx.db, async (tx) => {
    const locked = (await lockCase(tx, caseId))!;
    if (!DOCUMENT_REVIEW_OPEN_STATES.includes(locked.state)) {
      throw new AppError('RECONSIDERATION_DOCUMENT_REVIEW_CLOSED', {
        state: stateLabel(locked.state, ctx.locale),
      });
    }
    const item = await openIncidentalReview(tx, ctx, {
      reconsiderationCaseId: c.id,
      reconsiderationCaseNumber: c.caseNumber,
      regionCode: c.regionCode,
      document,
      reason: input.reason ?? null,
    });
    const details = { reviewItem: item.caseNumber, document };
    await records.addEvent(tx, {
      caseId,
      onDate: shanghaiDate(),
      action: 'request_document_review',
      fromState: locked.state,
      toState: locked.state,
      actorId: actor.userId,
      actorName: actor.displayName,
      note: input.reason ?? null,
      details,
    });
    await record(tx, auditContext(ctx), {
      action: 'reconsideration.request_document_review',
      entityType: 'reconsideration_case',
      entityId: c.id,
      regionCode: c.regionCode,
      details: { caseNumber: c.caseNumber, ...details },
    });
    return item;
  });
}

/** The review items this case asked for, with their state and outcome. */
export async function documentReviewsOfCase(
  ctx: RequestContext,
  caseId: string,
): Promise<IncidentalReviewItem[]> {
  const c = await visibleCase(ctx, caseId);
  return incidentalReviewsOfCase(ctx.db, c.id, ctx.locale);
}
