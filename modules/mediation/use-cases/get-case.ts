// 案件详情: parties (ID numbers and phones masked), sessions, the agreement and its signatures,
// follow-ups, the court's confirmation, the risk flag, deadlines with their explanations, the
// timeline, documents and only the next actions this user may take. Every read is logged for
// each person named, with the purpose given (platform/access-log).
import { logCaseRead, type ReadPurpose } from '../../../platform/access-log/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { regionNames } from '../../../platform/regions/index.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { availableActions } from '../../../platform/workflow/machine.js';
import type { CaseDetail } from '../contract-views.js';
import { mediationCase } from '../domain/case-type.js';
import {
  FOLLOW_UP_METHODS,
  OTHER_ROUTES,
  PARTY_ROLES,
  PERFORMANCE,
  RISK_LEVELS,
  TERMINATION_GROUNDS,
  type OtherRoute,
  type PartyRole,
} from '../domain/outcomes.js';
import { confirmationLastDay } from '../domain/time-limits.js';
import { loadCommittee, loadMediator } from '../db/committee-queries.js';
import {
  caseAgreement,
  caseFollowUps,
  caseParties,
  caseSessions,
  type CaseRow,
  records,
} from '../db/queries.js';
import { caseDeadlines } from './deadlines.js';
import { actionLabel } from './labels.js';
import { summarize } from './list-cases.js';
import { visibleCase } from './run-step.js';

type Locale = RequestContext['locale'];
const label = (table: Record<string, Record<Locale, string>>, key: string, locale: Locale) =>
  table[key]?.[locale] ?? key;

function outcomeView(c: CaseRow, locale: Locale) {
  const o = c.outcome;
  if (!o) return null;
  return {
    ...o,
    groundLabel:
      o.kind === 'refused'
        ? locale === 'zh-CN'
          ? '当事人拒绝调解（人民调解法第十七条）'
          : 'A party refused (Art. 17)'
        : label(TERMINATION_GROUNDS, o.ground, locale),
    routeLabels: o.routes.map((r) => OTHER_ROUTES[r as OtherRoute]?.[locale] ?? r),
  };
}

/** The dispute as staff see it; the read is logged for every person named in it. */
export async function getCase(
  ctx: RequestContext,
  caseId: string,
  purpose: ReadPurpose = 'handling',
): Promise<CaseDetail> {
  const c = await visibleCase(ctx, caseId);
  const [parties, sessions, agreement, followUps, timeline, documents, committee, first, mediator] =
    await Promise.all([
      caseParties(ctx.db, c.id),
      caseSessions(ctx.db, c.id),
      caseAgreement(ctx.db, c.id),
      caseFollowUps(ctx.db, c.id),
      records.events(ctx.db, c.id),
      records.documents(ctx.db, c.id),
      loadCommittee(ctx.db, c.committeeId),
      loadCommittee(ctx.db, c.firstCommitteeId),
      c.mediatorId ? loadMediator(ctx.db, c.mediatorId) : undefined,
    ]);
  await logCaseRead(ctx, {
    module: 'mediation',
    caseId: c.id,
    regionCode: c.regionCode,
    idNumberIndexes: parties.map((p) => p.idNumberIndex),
    purpose,
  });
  const places = await regionNames(ctx.db, [c.placeCode]);
  const locale = ctx.locale;
  const today = shanghaiDate();
  return {
    ...summarize(
      c,
      {
        partyNames: parties.map((p) => p.name).join('、'),
        committeeName: committee?.name ?? '',
        mediatorName: mediator?.name ?? null,
      },
      ctx,
    ),
    version: c.version,
    placeName: places.get(c.placeCode) ?? null,
    referral: c.referral,
    facts: c.facts,
    claims: c.claims,
    amountYuan: c.amountYuan,
    mediatorId: c.mediatorId,
    firstCommitteeName: first?.name ?? '',
    transferCount: c.transferCount,
    settledDate: c.settledDate,
    subsidyYuan: c.subsidyYuan,
    parties: parties.map((p) => ({
      id: p.id,
      role: p.role,
      roleLabel: PARTY_ROLES[p.role as PartyRole][locale],
      kind: p.kind,
      name: p.name,
      idNumberMasked: p.idNumberMasked,
      creditCode: p.creditCode,
      phoneMasked: p.phoneMasked,
      address: p.addressEncrypted ? ctx.cipher.decrypt(p.addressEncrypted) : null,
    })),
    sessions: sessions.map((s) => ({
      id: s.id,
      heldOn: s.heldOn,
      place: s.place,
      participants: s.participants,
      notes: s.notes,
      recordedBy: s.recordedBy,
    })),
    agreement: agreement
      ? {
          kind: agreement.kind,
          facts: agreement.facts,
          issues: agreement.issues,
          responsibilities: agreement.responsibilities,
          content: agreement.content,
          performanceManner: agreement.performanceManner,
          performanceDeadline: agreement.performanceDeadline,
          reachedOn: agreement.reachedOn,
          effectiveOn: agreement.effectiveOn,
          signatures: agreement.signatures,
          mediatorSignedOn: agreement.mediatorSignedOn,
          sealedOn: agreement.sealedOn,
          confirmationLastDay:
            agreement.kind === 'written' && agreement.effectiveOn
              ? confirmationLastDay(agreement.effectiveOn, chinaCalendar())
              : null,
        }
      : null,
    followUps: followUps.map((f) => ({
      visitedOn: f.visitedOn,
      method: f.method,
      methodLabel: label(FOLLOW_UP_METHODS, f.method, locale),
      performance: f.performance,
      performanceLabel: label(PERFORMANCE, f.performance, locale),
      note: f.note,
      recordedBy: f.recordedBy,
    })),
    outcome: outcomeView(c, locale),
    confirmation: c.confirmation,
    risk: c.risk ? { ...c.risk, levelLabel: label(RISK_LEVELS, c.risk.level, locale) } : null,
    deadlines: caseDeadlines(c.clock, today, locale, ctx.config.SIFA_DEADLINE_WARN_DAYS),
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
        availableActions(mediationCase, c.state, ctx.actor, c)
          .filter((t) => !(t.action === 'clear_risk' && !c.riskLevel))
          .map((t) => [t.action, { action: t.action, label: t.label[locale] }]),
      ).values(),
    ],
  };
}
