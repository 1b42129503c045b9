// 分配承办人: by rule (the least loaded handler of the handling bureau without a conflict of
// interest) or by name; a handler never gets a case whose respondent is a former unit of theirs.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBody } from '../contract.js';
import { handlerCandidates, type CaseRow } from '../db/queries.js';
import { runStep } from './run-step.js';

type Candidate = Awaited<ReturnType<typeof handlerCandidates>>[number];

export const conflicted = (candidate: Pick<Candidate, 'formerUnits'>, respondent: string) =>
  (candidate.formerUnits ?? []).some(
    (unit) => unit && (respondent.includes(unit) || unit.includes(respondent)),
  );

/** The least loaded candidate without a conflict; ties go to the first by username. */
export function pickHandler(candidates: Candidate[], respondent: string): Candidate | undefined {
  return [...candidates]
    .filter((c) => !conflicted(c, respondent))
    .sort((a, b) => a.openCases - b.openCases)[0];
}

export function assignHandler(ctx: RequestContext, caseId: string, body: ActionBody<'assign'>) {
  let chosen: Candidate | undefined;
  return runStep(ctx, caseId, {
    action: 'assign',
    version: body.version,
    note: body.note,
    check: async (c: CaseRow, tx) => {
      const candidates = await handlerCandidates(tx, c.organizationId);
      if (body.handlerId) {
        chosen = candidates.find((h) => h.id === body.handlerId);
        if (!chosen) throw new AppError('USER_NOT_FOUND');
        if (conflicted(chosen, c.respondentName))
          throw new AppError('RECONSIDERATION_HANDLER_CONFLICT', {
            handler: chosen.name,
            respondent: c.respondentName,
          });
      } else {
        chosen = pickHandler(candidates, c.respondentName);
        if (!chosen) throw new AppError('RECONSIDERATION_NO_HANDLER_AVAILABLE');
      }
    },
    patch: () => ({ handlerId: chosen!.id }),
    details: () => ({ handler: chosen?.name ?? null, byRule: !body.handlerId }),
  });
}
