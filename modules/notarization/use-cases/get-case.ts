// 案件详情: parties (masked), materials checklist, deadlines with their explanations, the
// timeline, documents, the certificate and only the next actions this user may take.
import { logCaseRead, type ReadPurpose } from '../../../platform/access-log/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { availableActions } from '../../../platform/workflow/machine.js';
import type { CaseDetail, CaseSummary } from '../contract.js';
import { verificationPath } from '../domain/certificate.js';
import { notarizationCase, STATES } from '../domain/case-type.js';
import { MATTER_TYPES, type MatterCode } from '../domain/matters.js';
import {
  caseCertificate,
  caseParties,
  type CaseSummaryRow,
  records,
  userName,
} from '../db/queries.js';
import { REVOCATION_GROUNDS, type RevocationGround } from '../domain/grounds.js';
import { caseDeadlines } from './deadlines.js';
import { caseFees } from './fees.js';
import { visibleCase } from './run-step.js';

type Locale = RequestContext['locale'];

export const stateLabel = (state: string, locale: Locale) =>
  STATES[state as keyof typeof STATES]?.label[locale] ?? state;

export const matterLabel = (matter: string, locale: Locale) =>
  MATTER_TYPES[matter as MatterCode]?.label[locale] ?? matter;

const OTHER_ACTIONS: Record<string, { 'zh-CN': string; en: string }> = {
  apply_online: { 'zh-CN': '网上申请', en: 'Applied online' },
  register: { 'zh-CN': '窗口登记', en: 'Registered at the counter' },
  record_payment: { 'zh-CN': '缴纳公证费', en: 'Fee paid' },
  record_refund: { 'zh-CN': '退还公证费', en: 'Fee refunded' },
};
export const actionLabel = (action: string, locale: Locale) =>
  notarizationCase.transitions.find((t) => t.action === action)?.label[locale] ??
  OTHER_ACTIONS[action]?.[locale] ??
  action;

export function summarize(
  c: CaseSummaryRow,
  applicantNames: string,
  notaryName: string | null,
  ctx: RequestContext,
): CaseSummary {
  const next = caseDeadlines(
    c.clock,
    shanghaiDate(),
    ctx.locale,
    ctx.config.SIFA_DEADLINE_WARN_DAYS,
  )
    .filter((d) => d.metOn === null)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))[0];
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    state: c.state,
    stateLabel: stateLabel(c.state, ctx.locale),
    matterType: c.matterType,
    matterLabel: matterLabel(c.matterType, ctx.locale),
    applicantNames,
    appliedDate: c.appliedDate,
    nextDueDate: c.nextDueDate,
    nextDeadlineStatus: next?.status ?? null,
    notaryName,
    regionCode: c.regionCode,
  };
}

/** The case as staff see it; the read is logged for every person named (the purpose given). */
export async function getCase(
  ctx: RequestContext,
  caseId: string,
  purpose: ReadPurpose = 'handling',
): Promise<CaseDetail> {
  const c = await visibleCase(ctx, caseId);
  const [parties, timeline, documents, certificate, notaryName, reExaminerName] = await Promise.all(
    [
      caseParties(ctx.db, c.id),
      records.events(ctx.db, c.id),
      records.documents(ctx.db, c.id),
      caseCertificate(ctx.db, c.id),
      userName(ctx.db, c.notaryId),
      userName(ctx.db, c.reExaminerId),
    ],
  );
  const fees = await caseFees(ctx, ctx.db, c);
  await logCaseRead(ctx, {
    module: 'notarization',
    caseId: c.id,
    regionCode: c.regionCode,
    idNumberIndexes: parties.map((p) => p.idNumberIndex),
    purpose,
  });
  const applicantNames = parties
    .filter((p) => p.role === 'applicant')
    .map((p) => p.name)
    .join('、');
  const matter = MATTER_TYPES[c.matterType as MatterCode];
  const supplied = new Set(documents.filter((d) => !d.generated).map((d) => d.title));
  return {
    ...summarize(c, applicantNames, notaryName, ctx),
    version: c.version,
    channel: c.channel,
    acceptedDate: c.acceptedDate,
    purpose: c.purpose,
    useCountry: c.useCountry,
    jurisdictionGround: c.jurisdictionGround,
    inPerson: matter.inPerson,
    appearedInPerson: c.appearedInPerson,
    legalAid: c.legalAid,
    fee: c.fee,
    requiredMaterials: matter.materials.map((title) => ({ title, supplied: supplied.has(title) })),
    toldRecord: c.toldRecord
      ? {
          items: c.toldRecord.items,
          acknowledged: c.toldRecord.acknowledged,
          recordedOn: c.toldRecord.recordedOn,
        }
      : null,
    supplementItems: c.supplementItems,
    outcome: c.outcome
      ? { ground: c.outcome.ground, groundText: c.outcome.groundText, reasons: c.outcome.reasons }
      : null,
    certifiedFacts: c.certifiedFacts,
    reExaminerName,
    parties: parties.map((p) => ({
      role: p.role,
      name: p.name,
      idNumberMasked: p.idNumberMasked,
      phoneMasked: p.phoneMasked,
    })),
    deadlines: caseDeadlines(
      c.clock,
      shanghaiDate(),
      ctx.locale,
      ctx.config.SIFA_DEADLINE_WARN_DAYS,
    ),
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
    certificate: certificate
      ? {
          number: certificate.number,
          issueDate: certificate.issueDate,
          status: certificate.status,
          ledgerIndex: certificate.ledgerIndex,
          documentId: certificate.documentId,
          documentSha256: certificate.documentSha256,
          qrDocumentId: certificate.qrDocumentId,
          amendmentIndex: certificate.amendmentIndex,
          revocationGround: certificate.revocationGround
            ? (REVOCATION_GROUNDS[certificate.revocationGround as RevocationGround] ??
              certificate.revocationGround)
            : null,
          verificationUrl: verificationPath(certificate.number),
        }
      : null,
    fees,
    nextActions: [
      ...new Map(
        availableActions(notarizationCase, c.state, ctx.actor, c).map((t) => [
          t.action,
          { action: t.action, label: t.label[ctx.locale] },
        ]),
      ).values(),
    ],
  };
}
