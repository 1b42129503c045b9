// 进度查询: the applicant follows the case with its number and tracking code: the stage, the
// next statutory date, the items to correct, the public steps; never internal notes.
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { records } from '../db/queries.js';
import { caseDeadlines } from './deadlines.js';
import { actionLabel, stateLabel } from './get-case.js';
import { caseByTracking } from './supply-correction.js';

export async function trackCase(ctx: RequestContext, caseNumber: string, trackingCode: string) {
  const c = await caseByTracking(ctx, caseNumber, trackingCode);
  const events = (await records.events(ctx.db, c.id)).filter((e) => e.public);
  const deadlines = caseDeadlines(
    c,
    shanghaiDate(),
    ctx.locale,
    ctx.config.SIFA_DEADLINE_WARN_DAYS,
  ).filter((d) => d.metOn === null);
  const next = deadlines.sort((a, b) =>
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
  )[0];
  const correction = [...events].reverse().find((e) => e.action === 'request_correction');
  return {
    caseNumber: c.caseNumber,
    stateLabel: stateLabel(c.state, ctx.locale),
    receivedDate: c.receivedDate,
    respondentName: c.respondentName,
    nextStatutoryDate: next
      ? { label: next.label, dueDate: next.dueDate, explanation: next.explanation }
      : null,
    correctionItems:
      c.state === 'AWAITING_CORRECTION'
        ? ((correction?.details.items as string[] | undefined) ?? [])
        : [],
    steps: events.map((e) => ({ onDate: e.onDate, label: actionLabel(e.action, ctx.locale) })),
    canSupplyMaterials: c.state === 'AWAITING_CORRECTION',
  };
}
