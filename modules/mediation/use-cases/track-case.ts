// 进度查询: a party follows the dispute with its number and tracking code: the stage, the
// committee and mediator, the next date, the public steps and how it ended; never notes.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { disputeTypeLabel } from '../domain/dispute-types.js';
import { OTHER_ROUTES, type OtherRoute } from '../domain/outcomes.js';
import { loadCommittee, loadMediator } from '../db/committee-queries.js';
import { loadCaseByNumber, records } from '../db/queries.js';
import { caseDeadlines } from './deadlines.js';
import { actionLabel, stateLabel } from './labels.js';
import { trackingCodeMatches } from '../../../platform/workflow/tracking-code.js';

/** A wrong pair says nothing about which of the two was wrong. */
async function caseByTracking(ctx: RequestContext, caseNumber: string, trackingCode: string) {
  const c = await loadCaseByNumber(ctx.db, caseNumber.trim());
  if (!c || !trackingCodeMatches(ctx.cipher, 'mediation', c.trackingCodeHash, trackingCode))
    throw new AppError('MEDIATION_TRACKING_FAILED');
  return c;
}

export async function trackCase(ctx: RequestContext, caseNumber: string, trackingCode: string) {
  const c = await caseByTracking(ctx, caseNumber, trackingCode);
  const [events, committee, mediator] = await Promise.all([
    records.events(ctx.db, c.id),
    loadCommittee(ctx.db, c.committeeId),
    c.mediatorId ? loadMediator(ctx.db, c.mediatorId) : undefined,
  ]);
  const next = caseDeadlines(
    c.clock,
    shanghaiDate(),
    ctx.locale,
    ctx.config.SIFA_DEADLINE_WARN_DAYS,
  )
    .filter((d) => d.metOn === null && d.key !== 'settle')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))[0];
  const routes = (c.outcome?.routes ?? []).map(
    (r) => OTHER_ROUTES[r as OtherRoute]?.[ctx.locale] ?? r,
  );
  return {
    caseNumber: c.caseNumber,
    stateLabel: stateLabel(c.state, ctx.locale),
    disputeTypeLabel: disputeTypeLabel(c.disputeType, ctx.locale),
    committeeName: committee?.name ?? '',
    appliedDate: c.appliedDate,
    mediatorName: mediator?.name ?? null,
    nextDate: next ? { label: next.label, dueDate: next.dueDate } : null,
    steps: events
      .filter((e) => e.public)
      .map((e) => ({ onDate: e.onDate, label: actionLabel(e.action, ctx.locale) })),
    outcome: routes.length > 0 ? routes.join('；') : null,
  };
}
