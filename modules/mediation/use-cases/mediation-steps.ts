// 调解: the sessions (调解记录, archived under Art. 27), the party's refusal (Art. 17) and the end
// without agreement (Art. 23, 26). Refusal and termination tell the parties of the other routes
// (arbitration, administrative, litigation) in a notice and by SMS.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { ActionBodies } from '../contract.js';
import { OTHER_ROUTE_CODES, routesSentence, TERMINATION_GROUNDS } from '../domain/outcomes.js';
import { routesNotice } from '../domain/templates.js';
import { caseParties } from '../db/queries.js';
import { sessions } from '../db/schema.js';
import { runStep } from './run-step.js';

/** A date the user gives for something done: not before `earliest`, not after today. */
export function checkPastDate(date: string, field: string, earliest: string) {
  if (date < earliest || date > shanghaiDate())
    throw new AppError('MEDIATION_DATE_INVALID', { field, earliest });
}

function checkRoutes(routes: readonly string[]) {
  if (routes.length === 0) throw new AppError('MEDIATION_ROUTES_REQUIRED');
  return [...new Set(routes)].sort(
    (a, b) => OTHER_ROUTE_CODES.indexOf(a as never) - OTHER_ROUTE_CODES.indexOf(b as never),
  ) as (typeof OTHER_ROUTE_CODES)[number][];
}

export async function recordSession(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['recordSession'],
) {
  await runStep(ctx, caseId, {
    action: 'record_session',
    version: body.version,
    note: body.note,
    check: (c) => checkPastDate(body.heldOn, '调解日期', c.appliedDate),
    write: async (tx, c) => {
      const [row] = await tx
        .insert(sessions)
        .values({
          caseId: c.id,
          heldOn: body.heldOn,
          place: body.place,
          participants: body.participants,
          notes: body.notes,
          recordedBy: ctx.actor?.displayName ?? null,
        })
        .returning({ id: sessions.id });
      return { sessionId: row!.id, heldOn: body.heldOn, place: body.place };
    },
  });
}

export async function refuseMediation(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['refuse'],
) {
  const routes = checkRoutes(body.routes);
  let partyName = '';
  await runStep(ctx, caseId, {
    action: 'refuse',
    version: body.version,
    note: body.note,
    check: async (c, tx) => {
      const party = (await caseParties(tx, c.id)).find((p) => p.id === body.partyId);
      if (!party) throw new AppError('MEDIATION_PARTY_UNKNOWN');
      partyName = party.name;
    },
    patch: (_c, _clock, onDate) => ({
      outcome: {
        kind: 'refused',
        ground: 'refused',
        partyName,
        reasons: body.reasons,
        routes,
        decidedOn: onDate,
      },
    }),
    document: (facts) => ({
      kind: 'routes_notice',
      doc: routesNotice(facts, `因当事人${partyName}明确拒绝调解（人民调解法第十七条）`, routes),
    }),
    notify: {
      subject: '人民调解终止',
      body: (c) =>
        `您的纠纷（${c.caseNumber}）因当事人${partyName}拒绝调解，调解委员会不予调解。当事人${routesSentence(routes)}`,
    },
    details: () => ({ party: partyName, routes }),
    public: true,
  });
}

export async function terminateMediation(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['terminate'],
) {
  const routes = checkRoutes(body.routes);
  const ground = TERMINATION_GROUNDS[body.ground]['zh-CN'];
  await runStep(ctx, caseId, {
    action: 'terminate',
    version: body.version,
    note: body.note,
    patch: (_c, _clock, onDate) => ({
      outcome: {
        kind: 'terminated',
        ground: body.ground,
        partyName: null,
        reasons: body.reasons,
        routes,
        decidedOn: onDate,
      },
    }),
    document: (facts) => ({
      kind: 'routes_notice',
      doc: routesNotice(facts, `${body.reasons}，${ground.replace(/（.*）$/, '')}`, routes),
    }),
    notify: {
      subject: '人民调解终止',
      body: (c) => `您的纠纷（${c.caseNumber}）调解终止。当事人${routesSentence(routes)}`,
    },
    details: () => ({ ground: body.ground, routes }),
    public: true,
  });
}
