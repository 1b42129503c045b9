// 进度查询: the applicant follows the case with its number and tracking code — the stage, the
// next statutory date, the material still missing, the provider assigned, the public steps and,
// once closed, the link to the satisfaction survey. Never internal notes.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import {
  caseSurvey,
  loadCaseByNumber,
  loadLawyer,
  organizationById,
  records,
} from '../db/queries.js';
import { caseDeadlines, firstOpenDeadline } from './deadlines.js';
import { actionLabel } from './get-case.js';
import { stateLabel } from './present.js';
import { trackingCodeMatches } from '../../../platform/workflow/tracking-code.js';

/** Finds a case by number and tracking code; a wrong pair says nothing about which was wrong. */
export async function caseByTracking(
  ctx: RequestContext,
  caseNumber: string,
  trackingCode: string,
) {
  const c = await loadCaseByNumber(ctx.db, caseNumber.trim());
  if (!c || !trackingCodeMatches(ctx.cipher, 'legal-aid', c.trackingCodeHash, trackingCode))
    throw new AppError('LEGAL_AID_TRACKING_FAILED');
  return c;
}

export async function trackCase(ctx: RequestContext, caseNumber: string, trackingCode: string) {
  const c = await caseByTracking(ctx, caseNumber, trackingCode);
  const [events, centre, lawyer, survey] = await Promise.all([
    records.events(ctx.db, c.id),
    organizationById(ctx.db, c.organizationId),
    loadLawyer(ctx.db, c.lawyerId),
    caseSurvey(ctx.db, c.id),
  ]);
  const views = caseDeadlines(
    c.clock,
    shanghaiDate(),
    ctx.locale,
    ctx.config.SIFA_DEADLINE_WARN_DAYS,
  );
  const next = firstOpenDeadline(views);
  return {
    caseNumber: c.caseNumber,
    stateLabel: stateLabel(c.state, ctx.locale),
    centreName: centre?.name ?? '',
    receivedDate: c.receivedDate,
    nextStatutoryDate: next
      ? { label: next.label, dueDate: next.dueDate, explanation: next.explanation }
      : null,
    missingItems: c.state === 'INCOMPLETE' ? c.missingItems : [],
    provider: lawyer ? { name: lawyer.name, firm: lawyer.firm, phone: lawyer.contactPhone } : null,
    steps: events
      .filter((e) => e.public)
      .map((e) => ({ onDate: e.onDate, label: actionLabel(e.action, ctx.locale) })),
    surveyToken: survey && !survey.answeredAt ? ctx.cipher.decrypt(survey.tokenEncrypted) : null,
  };
}
