// 清理: a campaign lists the published normative documents of a region that are past (or near)
// the end of their validity period or whose superior law changed, and records one decision per
// document (继续有效 / 修改 / 废止) with its reasons, each audited. 继续有效 starts a new period
// (only for a published document); 废止 ends the document in the library on the decision day.
import { record } from '../../../platform/audit/index.js';
import { authorize, inScope } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { offsetOf, type Page, type PageQuery } from '../../../platform/http/pagination.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { refreshStatuses } from '../db/queries.js';
import {
  cleanupCandidates,
  closeCampaignRow,
  decideItem as writeDecision,
  insertCampaign,
  insertItems,
  itemsOfCampaign,
  listCampaigns as queryCampaigns,
  loadCampaign,
  lockCampaign,
  lockItem,
  undecidedCount,
  type CampaignRow,
} from '../db/cleanup-queries.js';
import {
  filingRecords,
  lockFiling,
  readSettings,
  setVersionPublication,
  updateFiling,
  versionPublication,
} from '../db/filing-queries.js';
import type { CampaignDetail, CampaignSummary, DecisionBody } from '../domain/filing-contract.js';
import { FilingPermissions } from '../domain/filing-permissions.js';
import {
  CLEANUP_DECISIONS,
  CLEANUP_REASONS,
  cleanupReasons,
  decisionEffect,
  VALIDITY_STATUSES,
  validityStatus,
} from '../domain/validity.js';
import { impactAlertReasons, superiorChecker } from './cleanup-superior.js';
import { endOfForce } from './filing-publish.js';

const audited = (action: string, c: CampaignRow, details: object) => ({
  action: `regulations.${action}`,
  entityType: 'regulations_cleanup_campaign',
  entityId: c.id,
  regionCode: c.regionCode,
  details: { title: c.title, ...details },
});

async function visibleCampaign(ctx: RequestContext, id: string): Promise<CampaignRow> {
  const actor = requireActor(ctx);
  authorize(actor, FilingPermissions.read);
  const c = await loadCampaign(ctx.db, id);
  if (!c || !inScope(actor, c.regionCode)) throw new AppError('REGULATIONS_CAMPAIGN_NOT_FOUND');
  return c;
}

/** Starts a campaign: lists, as of today, every document of the region that needs a decision. */
export async function startCampaign(
  ctx: RequestContext,
  input: { title: string; regionCode?: string | undefined },
): Promise<{ id: string; total: number }> {
  const actor = requireActor(ctx);
  authorize(actor, FilingPermissions.cleanup);
  const regionCode = input.regionCode ?? actor.regionCode;
  if (!inScope(actor, regionCode)) throw new AppError('AUTH_OUT_OF_REGION');
  const today = shanghaiDate();
  return withTx(ctx.db, async (tx) => {
    const settings = await readSettings(tx);
    const findings = superiorChecker(tx, today);
    const candidates = await cleanupCandidates(tx, regionCode);
    const alerts = await impactAlertReasons(
      tx,
      candidates.map((c) => c.filing.libraryVersionId!),
    );
    const items = [];
    for (const { filing, published } of candidates) {
      const reasons = cleanupReasons(
        { ...filing, published },
        await findings(filing.superiorLaws),
        today,
        settings.expiringDays,
        alerts.get(filing.libraryVersionId!) ?? [],
      );
      if (reasons.length > 0) items.push({ filingId: filing.id, reasons });
    }
    const campaign = await insertCampaign(tx, {
      title: input.title,
      regionCode,
      startedOn: today,
      state: 'open',
      createdBy: actor.displayName,
    });
    await insertItems(tx, campaign.id, items);
    await record(
      tx,
      auditContext(ctx),
      audited('cleanup_start', campaign, { total: items.length }),
    );
    return { id: campaign.id, total: items.length };
  });
}

export async function listCampaigns(
  ctx: RequestContext,
  query: PageQuery,
): Promise<Page<CampaignSummary>> {
  const actor = requireActor(ctx);
  authorize(actor, FilingPermissions.read);
  const { rows, total } = await queryCampaigns(ctx.db, actor, query.pageSize, offsetOf(query));
  return {
    items: rows.map((r) => summary(r.campaign, Number(r.total), Number(r.decided))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const summary = (c: CampaignRow, total: number, decided: number): CampaignSummary => ({
  id: c.id,
  title: c.title,
  regionCode: c.regionCode,
  startedOn: c.startedOn,
  state: c.state,
  closedOn: c.closedOn,
  createdBy: c.createdBy,
  total,
  decided,
});

export async function getCampaign(ctx: RequestContext, id: string): Promise<CampaignDetail> {
  const c = await visibleCampaign(ctx, id);
  const settings = await readSettings(ctx.db);
  const today = shanghaiDate();
  const rows = await itemsOfCampaign(ctx.db, id);
  const l = ctx.locale;
  return {
    ...summary(c, rows.length, rows.filter((r) => r.item.decision !== null).length),
    items: rows.map(({ item, filing, published }) => {
      const validity = validityStatus(
        { ...filing, published: published ?? false },
        today,
        settings.expiringDays,
      );
      return {
        id: item.id,
        filingId: filing.id,
        caseNumber: filing.caseNumber,
        title: filing.title,
        documentNumber: filing.documentNumber,
        issuingBody: filing.issuingBody,
        validUntil: filing.validUntil,
        validity,
        validityLabel: VALIDITY_STATUSES[validity][l],
        libraryVersionKey: filing.libraryVersionKey,
        reasons: item.reasons.map((r) => ({ ...r, label: CLEANUP_REASONS[r.kind][l] })),
        decision: item.decision,
        decisionLabel: item.decision ? CLEANUP_DECISIONS[item.decision][l] : null,
        decisionReason: item.decisionReason,
        decidedBy: item.decidedBy,
        decidedOn: item.decidedOn,
      };
    }),
  };
}

/** Records one decision and applies it to the document and its library version. */
export async function decideCleanupItem(
  ctx: RequestContext,
  campaignId: string,
  itemId: string,
  body: DecisionBody,
): Promise<void> {
  const actor = requireActor(ctx);
  authorize(actor, FilingPermissions.cleanup);
  await visibleCampaign(ctx, campaignId);
  const today = shanghaiDate();
  await withTx(ctx.db, async (tx) => {
    const campaign = (await lockCampaign(tx, campaignId))!;
    if (campaign.state !== 'open') throw new AppError('REGULATIONS_CAMPAIGN_CLOSED');
    const item = await lockItem(tx, campaignId, itemId);
    if (!item) throw new AppError('REGULATIONS_CLEANUP_ITEM_NOT_FOUND');
    if (item.decision !== null) throw new AppError('REGULATIONS_CLEANUP_DECIDED');
    const filing = (await lockFiling(tx, item.filingId))!;
    const version = await versionPublication(tx, filing.libraryVersionId);
    const settings = await readSettings(tx);
    const effect = decisionEffect(
      body.decision,
      { ...filing, published: version?.published ?? false },
      today,
      settings.validityYears,
    );
    await writeDecision(tx, item.id, { ...body, by: actor.displayName, on: today });
    if (effect.validUntil || effect.repealedOn) {
      const next = { ...filing, ...effect };
      await updateFiling(tx, filing.id, {
        ...effect,
        ...(effect.repealedOn ? { repealReason: `清理废止：${body.reason}` } : {}),
      });
      if (version) await setVersionPublication(tx, version.id, endOfForce(next));
      await refreshStatuses(tx, today);
    }
    const details = {
      campaign: campaign.title,
      decision: body.decision,
      reason: body.reason,
      ...effect,
    };
    await filingRecords.addEvent(tx, {
      caseId: filing.id,
      onDate: today,
      action: 'cleanup_decision',
      fromState: filing.state,
      toState: filing.state,
      actorId: actor.userId,
      actorName: actor.displayName,
      note: body.reason,
      details,
    });
    await record(
      tx,
      auditContext(ctx),
      audited('cleanup_decide', campaign, { caseNumber: filing.caseNumber, ...details }),
    );
  });
}

export async function closeCampaign(ctx: RequestContext, id: string): Promise<void> {
  const actor = requireActor(ctx);
  authorize(actor, FilingPermissions.cleanup);
  await visibleCampaign(ctx, id);
  const today = shanghaiDate();
  await withTx(ctx.db, async (tx) => {
    const campaign = (await lockCampaign(tx, id))!;
    if (campaign.state !== 'open') throw new AppError('REGULATIONS_CAMPAIGN_CLOSED');
    const open = await undecidedCount(tx, id);
    if (open > 0) throw new AppError('REGULATIONS_CAMPAIGN_UNDECIDED', { count: open });
    await closeCampaignRow(tx, id, today);
    await record(tx, auditContext(ctx), audited('cleanup_close', campaign, {}));
  });
}
