// Review items as staff see them: the list of the actor's region (most urgent first) and one item
// with its deadlines, corrections, timeline and only the next actions this user may take.
import { authorize } from '../../../platform/auth/permissions.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { offsetOf, type Page } from '../../../platform/http/pagination.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { availableActions } from '../../../platform/workflow/machine.js';
import {
  correctionsOf,
  filingRecords,
  type FilingRow,
  listFilings as queryFilings,
  loadFiling,
  publishedVersionIds,
  readSettings,
} from '../db/filing-queries.js';
import { filingActionLabel, filingCase, filingStateLabel } from '../domain/filing-case.js';
import type { FilingDetail, FilingListQuery, FilingSummary } from '../domain/filing-contract.js';
import { FilingPermissions } from '../domain/filing-permissions.js';
import type { FilingSettings } from '../domain/filing-settings.js';
import { VALIDITY_STATUSES, validityStatus } from '../domain/validity.js';
import { filingDeadlines, visibleFiling } from './filing-steps.js';

function summarize(
  c: FilingRow,
  published: boolean,
  settings: FilingSettings,
  ctx: RequestContext,
): FilingSummary {
  const today = shanghaiDate();
  const next = filingDeadlines(
    c.clock,
    settings,
    today,
    ctx.locale,
    ctx.config.SIFA_DEADLINE_WARN_DAYS,
  )
    .filter((d) => d.metOn === null)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))[0];
  const validity = validityStatus({ ...c, published }, today, settings.expiringDays);
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    origin: c.origin,
    state: c.state,
    stateLabel: filingStateLabel(c.state, ctx.locale),
    title: c.title,
    issuingBody: c.issuingBody,
    documentNumber: c.documentNumber,
    publishedOn: c.publishedOn,
    filedOn: c.filedOn,
    filedLate: c.filedLate,
    regionCode: c.regionCode,
    nextDueDate: c.nextDueDate,
    nextDeadlineStatus: next?.status ?? null,
    reconsiderationCaseNumber: c.reconsiderationCaseNumber,
    validity,
    validityLabel: VALIDITY_STATUSES[validity][ctx.locale],
  };
}

export async function listFilings(
  ctx: RequestContext,
  query: FilingListQuery,
): Promise<Page<FilingSummary>> {
  const actor = requireActor(ctx);
  authorize(actor, FilingPermissions.read);
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await queryFilings(
    ctx.db,
    actor,
    filter,
    pageSize,
    offsetOf({ page, pageSize }),
  );
  const settings = await readSettings(ctx.db);
  const published = await publishedVersionIds(
    ctx.db,
    rows.map((r) => r.libraryVersionId).filter((v): v is string => v !== null),
  );
  return {
    items: rows.map((r) =>
      summarize(r, r.libraryVersionId !== null && published.has(r.libraryVersionId), settings, ctx),
    ),
    total,
    page,
    pageSize,
  };
}

export async function getFiling(ctx: RequestContext, id: string): Promise<FilingDetail> {
  const actor = requireActor(ctx);
  const c = await visibleFiling(ctx, id);
  const settings = await readSettings(ctx.db);
  const [corrections, timeline, published, subject] = [
    await correctionsOf(ctx.db, c.id),
    await filingRecords.events(ctx.db, c.id),
    await publishedVersionIds(ctx.db, c.libraryVersionId ? [c.libraryVersionId] : []),
    c.subjectFilingId ? await loadFiling(ctx.db, c.subjectFilingId) : undefined,
  ];
  const today = shanghaiDate();
  return {
    ...summarize(c, published.size > 0, settings, ctx),
    version: c.version,
    effectiveOn: c.effectiveOn,
    validUntil: c.validUntil,
    filingDueDate: c.filingDueDate,
    text: c.text,
    superiorLaws: c.superiorLaws,
    warnings: c.warnings,
    filerName: c.filerName,
    requestReason: c.requestReason,
    subject: subject ? { id: subject.id, caseNumber: subject.caseNumber } : null,
    outcome: c.outcome ?? null,
    libraryVersionKey: c.libraryVersionKey,
    publishedToLibraryOn: c.publishedToLibraryOn,
    repealedOn: c.repealedOn,
    corrections: corrections.map((r) => ({
      id: r.id,
      round: r.round,
      ordinal: r.ordinal,
      item: r.item,
      requestedOn: r.requestedOn,
      response: r.response,
      respondedOn: r.respondedOn,
      state: r.state,
      closedOn: r.closedOn,
    })),
    deadlines: filingDeadlines(
      c.clock,
      settings,
      today,
      ctx.locale,
      ctx.config.SIFA_DEADLINE_WARN_DAYS,
    ).map(({ key, label, start, dueDate, metOn, status, statusLabel, explanation }) => ({
      key,
      label,
      start,
      dueDate,
      metOn,
      status,
      statusLabel,
      explanation,
    })),
    timeline: timeline.map((e) => ({
      at: e.at.toISOString(),
      onDate: e.onDate,
      action: e.action,
      actionLabel: filingActionLabel(e.action, ctx.locale),
      fromState: e.fromState,
      toState: e.toState,
      actorName: e.actorName,
      note: e.note,
      details: e.details,
    })),
    actions: availableActions(filingCase, c.state, actor, c).map((t) => ({
      action: t.action,
      label: t.label[ctx.locale],
    })),
  };
}
