// 案件详情: the applicant (masked), the eligibility check with its reasons, deadlines with their
// explanations, the provider, service records, quality review and survey, the timeline,
// documents and only the next actions this user may take. Every read is logged per person named.
import { logCaseRead, type ReadPurpose } from '../../../platform/access-log/index.js';
import type { Locale } from '../../../platform/i18n/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { availableActions } from '../../../platform/workflow/machine.js';
import type { CaseDetail, CaseSummary } from '../contract-views.js';
import { legalAidCase } from '../domain/case-type.js';
import { effectivelyEligible } from '../domain/eligibility.js';
import { CIVIL_MATTERS, MANDATORY_GROUNDS } from '../domain/eligibility-rules.js';
import { AUTHORITY_KINDS, PROVIDER_KINDS, SERVICE_KINDS } from '../domain/grounds.js';
import { GRADES, type Grade } from '../domain/quality.js';
import { practiceYears } from '../domain/rotation.js';
import { LEGAL_AID_SETTINGS } from '../domain/settings.js';
import {
  caseParties,
  caseReview,
  caseServiceRecords,
  caseSurvey,
  type CaseListRow,
  loadLawyer,
  organizationById,
  records,
} from '../db/queries.js';
import { caseDeadlines, firstOpenDeadline } from './deadlines.js';
import { categoryLabel, eligibilityView, label, sourceLabel, stateLabel } from './present.js';
import { visibleCase } from './run-step.js';

const OTHER_ACTIONS: Record<string, { 'zh-CN': string; en: string }> = {
  apply_online: { 'zh-CN': '网上申请', en: 'Applied online' },
  register: { 'zh-CN': '窗口登记申请', en: 'Registered' },
  register_notice: { 'zh-CN': '登记办案机关通知', en: 'Notice registered' },
  quality_review: { 'zh-CN': '质量评查', en: 'Quality review' },
  survey_answered: { 'zh-CN': '受援人提交满意度评价', en: 'Survey answered' },
};
export const actionLabel = (action: string, locale: Locale) =>
  legalAidCase.transitions.find((t) => t.action === action)?.label[locale] ??
  OTHER_ACTIONS[action]?.[locale] ??
  action;

export function summarize(c: CaseListRow, ctx: RequestContext): CaseSummary {
  const next = firstOpenDeadline(
    caseDeadlines(c.clock, shanghaiDate(), ctx.locale, ctx.config.SIFA_DEADLINE_WARN_DAYS),
  );
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    state: c.state,
    stateLabel: stateLabel(c.state, ctx.locale),
    source: c.source,
    sourceLabel: sourceLabel(c.source, ctx.locale),
    category: c.category,
    categoryLabel: categoryLabel(c.category, ctx.locale),
    applicantName: c.applicantName,
    receivedDate: c.receivedDate,
    nextDueDate: c.nextDueDate,
    nextDeadlineStatus: next?.status ?? null,
    nextDeadlineLabel: next?.label ?? null,
    providerName: c.providerName,
    gravest: c.gravest,
    regionCode: c.regionCode,
  };
}

/** The case as staff see it; the read is logged for every person named, with its purpose. */
export async function getCase(
  ctx: RequestContext,
  caseId: string,
  purpose: ReadPurpose = 'handling',
): Promise<CaseDetail> {
  const c = await visibleCase(ctx, caseId);
  const [parties, timeline, documents, lawyer, centre, services, review, survey] =
    await Promise.all([
      caseParties(ctx.db, c.id),
      records.events(ctx.db, c.id),
      records.documents(ctx.db, c.id),
      loadLawyer(ctx.db, c.lawyerId),
      organizationById(ctx.db, c.organizationId),
      caseServiceRecords(ctx.db, c.id),
      caseReview(ctx.db, c.id),
      caseSurvey(ctx.db, c.id),
    ]);
  await logCaseRead(ctx, {
    module: 'legal-aid',
    caseId: c.id,
    regionCode: c.regionCode,
    idNumberIndexes: parties.map((p) => p.idNumberIndex),
    purpose,
  });
  const locale = ctx.locale;
  const today = shanghaiDate();
  const applicant = parties.find((p) => p.role === 'applicant');
  return {
    ...summarize(
      { ...c, applicantName: applicant?.name ?? '', providerName: lawyer?.name ?? null },
      ctx,
    ),
    version: c.version,
    centreName: centre?.name ?? '',
    matterSummary: c.matterSummary,
    civilMatterLabel: label(CIVIL_MATTERS, c.civilMatter, locale),
    mandatoryGroundLabel: label(MANDATORY_GROUNDS, c.mandatoryGround, locale),
    place: {
      kind: c.place.kind,
      authorityName: c.place.kind === 'litigation' ? c.place.authorityName : null,
      regionCode: c.place.regionCode,
      reason:
        c.place.kind === 'litigation'
          ? '诉讼事项：办案机关所在地（法律援助法第三十八条）'
          : '非诉讼事项：争议处理机关所在地或事由发生地（法律援助法第三十八条）',
    },
    household: c.facts?.household ?? null,
    eligibility: c.eligibility ? eligibilityView(c.eligibility, locale) : null,
    override: c.eligibilityOverride,
    effectivelyEligible: effectivelyEligible(c.eligibility, c.eligibilityOverride),
    detention: c.detention ? { ...c.detention, limitHours: LEGAL_AID_SETTINGS.forwardHours } : null,
    notice: c.notice
      ? { ...c.notice, authorityLabel: label(AUTHORITY_KINDS, c.notice.authorityKind, locale)! }
      : null,
    missingItems: c.missingItems,
    decision: c.decision,
    provider: lawyer
      ? {
          id: lawyer.id,
          name: lawyer.name,
          firm: lawyer.firm,
          kindLabel: label(PROVIDER_KINDS, lawyer.kind, locale)!,
          practiceYears: practiceYears(lawyer.practiceSince, today),
          phone: lawyer.contactPhone,
        }
      : null,
    assignedOn: c.assignedOn,
    termination: c.termination,
    objection: c.objection,
    closing: c.closing,
    subsidy: c.subsidy,
    parties: parties.map((p) => ({
      role: p.role,
      relation: p.relation,
      name: p.name,
      idNumberMasked: p.idNumberMasked,
      phoneMasked: p.phoneMasked,
    })),
    deadlines: caseDeadlines(c.clock, today, locale, ctx.config.SIFA_DEADLINE_WARN_DAYS),
    serviceRecords: services.map((s) => ({
      onDate: s.onDate,
      kind: s.kind,
      kindLabel: label(SERVICE_KINDS, s.kind, locale)!,
      description: s.description,
      recordedBy: s.recordedBy,
    })),
    qualityReview: review
      ? {
          items: review.items,
          total: review.total,
          grade: review.grade,
          gradeLabel: GRADES[review.grade as Grade]?.[locale] ?? review.grade,
          comment: review.comment,
          reviewerName: review.reviewerName,
          reviewedOn: review.reviewedOn,
        }
      : null,
    survey: survey
      ? {
          token: ctx.cipher.decrypt(survey.tokenEncrypted),
          answered: survey.answeredAt !== null,
          score: survey.score,
          comment: survey.comment,
        }
      : null,
    timeline: timeline.map((e) => ({
      at: e.at.toISOString(),
      onDate: e.onDate,
      action: e.action,
      actionLabel: actionLabel(e.action, locale),
      fromState: e.fromState,
      toState: e.toState,
      actorName: e.actorName,
      note: e.note,
      details: e.details,
    })),
    documents: documents.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    nextActions: [
      ...new Map(
        availableActions(legalAidCase, c.state, ctx.actor, c).map((t) => [
          t.action,
          { action: t.action, label: t.label[locale] },
        ]),
      ).values(),
    ],
  };
}
