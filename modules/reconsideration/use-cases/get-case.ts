// 案件详情: parties (masked), the timeline, documents, deadlines with their explanations, and
// only the next actions this user may take.
import { logCaseRead, type ReadPurpose } from '../../../platform/access-log/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { availableActions } from '../../../platform/workflow/machine.js';
import type { CaseDetail, CaseSummary } from '../contract.js';
import { reconsiderationCase, STATES } from '../domain/case-type.js';
import { OUTCOMES, type OutcomeType } from '../domain/outcomes.js';
import { isSimplifiedEligible, type SimplifiedFacts } from '../domain/procedure.js';
import {
  caseHearings,
  caseParties,
  casePublication,
  type CaseSummaryRow,
  records,
  userName,
} from '../db/queries.js';
import { caseDeadlines } from './deadlines.js';
import { earliestHearingDate } from './schedule-hearing.js';
import { visibleCase } from './run-step.js';

export const stateLabel = (state: string, locale: RequestContext['locale']) =>
  STATES[state as keyof typeof STATES]?.label[locale] ?? state;

export const actionLabel = (action: string, locale: RequestContext['locale']) =>
  reconsiderationCase.transitions.find((t) => t.action === action)?.label[locale] ??
  {
    apply_online: { 'zh-CN': '网上申请', en: 'Applied online' },
    register: { 'zh-CN': '登记申请', en: 'Registered' },
    request_document_review: {
      'zh-CN': '提请规范性文件附带审查',
      en: 'Sent the normative document for review',
    },
  }[action]?.[locale] ??
  action;

export function summarize(
  c: CaseSummaryRow,
  applicantNames: string,
  handlerName: string | null,
  ctx: RequestContext,
): CaseSummary {
  const deadlines = caseDeadlines(
    c,
    shanghaiDate(),
    ctx.locale,
    ctx.config.SIFA_DEADLINE_WARN_DAYS,
  );
  const next = deadlines
    .filter((d) => d.metOn === null)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))[0];
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    state: c.state,
    stateLabel: stateLabel(c.state, ctx.locale),
    procedure: c.procedure,
    applicantNames,
    respondentName: c.respondentName,
    receivedDate: c.receivedDate,
    nextDueDate: c.nextDueDate,
    nextDeadlineStatus: next?.status ?? null,
    handlerName,
    regionCode: c.regionCode,
    late: c.late,
  };
}

/** The case as staff see it; the read is logged for every person named (the purpose given). */
export async function getCase(
  ctx: RequestContext,
  caseId: string,
  purpose: ReadPurpose = 'handling',
): Promise<CaseDetail> {
  const c = await visibleCase(ctx, caseId);
  const [parties, timeline, documents, hearings, publication, handlerName] = await Promise.all([
    caseParties(ctx.db, c.id),
    records.events(ctx.db, c.id),
    records.documents(ctx.db, c.id),
    caseHearings(ctx.db, c.id),
    casePublication(ctx.db, c.id),
    userName(ctx.db, c.handlerId),
  ]);
  await logCaseRead(ctx, {
    module: 'reconsideration',
    caseId: c.id,
    regionCode: c.regionCode,
    idNumberIndexes: parties.map((p) => p.idNumberIndex),
    purpose,
  });
  const applicantNames = parties
    .filter((p) => p.role === 'applicant')
    .map((p) => p.name)
    .join('、');
  const decision = c.decision;
  return {
    ...summarize(c, applicantNames, handlerName, ctx),
    version: c.version,
    channel: c.channel,
    postmarkDate: c.postmarkDate,
    contestedAct: c.contestedAct,
    actDate: c.actDate,
    knewDate: c.knewDate,
    requests: c.requests,
    factsAndReasons: c.factsAndReasons,
    normativeDocumentReview: c.normativeDocumentReview,
    compensationClaim: c.compensationClaim,
    timeLimit: c.timeLimit,
    simplifiedEligible: isSimplifiedEligible(c.simplifiedFacts as unknown as SimplifiedFacts),
    parties: parties.map((p) => ({
      id: p.id,
      role: p.role,
      kind: p.kind,
      name: p.name,
      idNumberMasked: p.idNumberMasked,
      creditCode: p.creditCode,
      phoneMasked: p.phoneMasked,
      hasMandate: p.mandateDocumentId !== null,
    })),
    deadlines: caseDeadlines(c, shanghaiDate(), ctx.locale, ctx.config.SIFA_DEADLINE_WARN_DAYS),
    timeline: timeline.map((e) => ({
      at: e.at.toISOString(),
      onDate: e.onDate,
      action: e.action,
      actionLabel: actionLabel(e.action, ctx.locale),
      fromState: e.fromState,
      toState: e.toState,
      actorName: e.actorName,
      note: e.note,
      details: e.details,
    })),
    documents: documents.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    hearings: hearings.map((h) => ({
      id: h.id,
      hearingDate: h.hearingDate,
      location: h.location,
      presiding: h.presiding,
      officers: h.officers,
      clerk: h.clerk,
      record: h.record,
    })),
    decision: decision
      ? {
          type: decision.type,
          typeLabel: OUTCOMES[decision.type as OutcomeType]?.label[ctx.locale] ?? decision.type,
          summary: decision.summary,
          reasons: decision.reasons,
          legalBasis: decision.legalBasis,
          approvedBy: decision.approvedBy,
          decisionDate: decision.decisionDate,
          returnNote: decision.returnNote,
        }
      : null,
    publication: publication
      ? {
          status: publication.status,
          redactedText: publication.redactedText,
          publishedAt: publication.publishedAt?.toISOString() ?? null,
        }
      : null,
    earliestHearingDate: earliestHearingDate(shanghaiDate()),
    nextActions: [
      ...new Map(
        availableActions(reconsiderationCase, c.state, ctx.actor, c).map((t) => [
          t.action,
          { action: t.action, label: t.label[ctx.locale] },
        ]),
      ).values(),
    ],
  };
}
