// 工作台 / 纠纷列表: disputes of the actor's region (or the mediator's own), the most urgent first;
// and the list of disputes flagged for escalation risk that a district follows.
import { authorize } from '../../../platform/auth/permissions.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import type { Page, PageQuery } from '../../../platform/http/pagination.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { CaseListQuery } from '../contract.js';
import type { CaseSummary } from '../contract-views.js';
import { disputeTypeLabel } from '../domain/dispute-types.js';
import { MediationPermissions as P } from '../domain/permissions.js';
import { type CaseSummaryRow, listCases as queryCases } from '../db/queries.js';
import { caseDeadlines } from './deadlines.js';
import { channelLabel, riskLabel, stateLabel } from './labels.js';

export function summarize(
  c: CaseSummaryRow,
  names: { partyNames: string; committeeName: string; mediatorName: string | null },
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
    channel: c.channel,
    channelLabel: channelLabel(c.channel, ctx.locale),
    disputeType: c.disputeType,
    disputeTypeLabel: disputeTypeLabel(c.disputeType, ctx.locale),
    partyNames: names.partyNames,
    committeeId: c.committeeId,
    committeeName: names.committeeName,
    mediatorName: names.mediatorName,
    appliedDate: c.appliedDate,
    nextDueDate: c.nextDueDate,
    nextDeadlineStatus: next?.status ?? null,
    regionCode: c.regionCode,
    placeCode: c.placeCode,
    riskLevel: c.riskLevel,
    riskLabel: riskLabel(c.riskLevel, ctx.locale),
  };
}

export async function listCases(
  ctx: RequestContext,
  query: CaseListQuery,
): Promise<Page<CaseSummary>> {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  const { rows, total } = await queryCases(ctx.db, actor, query);
  return {
    items: rows.map((r) =>
      summarize(
        r.case,
        {
          partyNames: r.partyNames ?? '',
          committeeName: r.committeeName,
          mediatorName: r.mediatorName,
        },
        ctx,
      ),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** 民转刑风险台账: the flagged disputes of the region (a district sees all its streets'). */
export async function listRisks(ctx: RequestContext, query: PageQuery) {
  const actor = requireActor(ctx);
  authorize(actor, P.risks);
  const { rows, total } = await queryCases(ctx.db, actor, { ...query, risk: true });
  return {
    items: rows.map((r) => ({
      ...summarize(
        r.case,
        {
          partyNames: r.partyNames ?? '',
          committeeName: r.committeeName,
          mediatorName: r.mediatorName,
        },
        ctx,
      ),
      riskNote: r.case.risk?.note ?? '',
      riskFlaggedOn: r.case.risk?.flaggedOn ?? '',
      reportedToPolice: r.case.risk?.reportedToPolice ?? false,
      policeStation: r.case.risk?.policeStation ?? null,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
