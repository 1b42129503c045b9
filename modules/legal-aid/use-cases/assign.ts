// 指派 (法律援助法 Art. 43, 36): within 3 日 of the decision or of a 公检法 notice, the centre
// assigns a provider — the one the officer names, or the next by rotation (fewest open cases).
// Criminal defence goes to lawyers; life-imprisonment and death-penalty cases to lawyers with
// at least 3 years of criminal practice (Art. 26). 更换 (Art. 55) assigns another the same way.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { ActionBody } from '../contract.js';
import type { Category, CivilMatter } from '../domain/eligibility-rules.js';
import { specialtyFor } from '../domain/grounds.js';
import {
  type Candidate,
  checkChosen,
  pickByRotation,
  type Requirement,
} from '../domain/rotation.js';
import { LEGAL_AID_SETTINGS } from '../domain/settings.js';
import { assignmentNotice } from '../domain/templates.js';
import type { CaseRow } from '../db/queries.js';
import { lockCandidates, markAssigned } from '../db/pool-queries.js';
import { runStep } from './run-step.js';

export function requirementOf(c: CaseRow, firm: string | null | undefined): Requirement {
  return {
    lawyerOnly: c.category === 'criminal_defence',
    minYears: c.gravest ? LEGAL_AID_SETTINGS.gravestCaseMinYears : null,
    specialty: specialtyFor(c.category as Category, c.civilMatter as CivilMatter | null),
    firm: firm || null,
    on: shanghaiDate(),
  };
}

/** The provider: the one named (checked against the rules) or the next by rotation. */
function choose(pool: Candidate[], c: CaseRow, lawyerId: string | undefined, firm?: string) {
  const requirement = requirementOf(c, firm);
  if (lawyerId) {
    const named = pool.find((l) => l.id === lawyerId);
    if (!named) throw new AppError('LEGAL_AID_LAWYER_NOT_FOUND');
    checkChosen(named, requirement, LEGAL_AID_SETTINGS.gravestCaseMinYears);
    return named;
  }
  return pickByRotation(
    pool.filter((l) => l.id !== c.lawyerId),
    requirement,
  );
}

function assignStep(
  ctx: RequestContext,
  caseId: string,
  action: 'assign' | 'reassign',
  body: { version: number; note?: string | undefined; lawyerId?: string | undefined },
  firm: string | undefined,
  reason: string | null,
) {
  let chosen: Candidate | null = null;
  let previous: string | null = null;
  return runStep(ctx, caseId, {
    action,
    version: body.version,
    note: body.note,
    check: async (c, tx) => {
      previous = c.lawyerId;
      chosen = choose(await lockCandidates(tx, c.organizationId), c, body.lawyerId, firm);
    },
    patch: (_c, _clock, onDate) => ({ lawyerId: chosen!.id, assignedOn: onDate }),
    write: async (tx) => {
      await markAssigned(tx, chosen!.id);
      return {
        lawyerId: chosen!.id,
        lawyer: chosen!.name,
        firm: chosen!.firm,
        by: body.lawyerId ? 'named' : 'rotation',
        openCasesBefore: chosen!.load,
        ...(previous && action === 'reassign' ? { previousLawyerId: previous } : {}),
        ...(reason ? { reason } : {}),
      };
    },
    document: (facts) => ({
      kind: 'assignment_notice',
      doc: assignmentNotice(facts, chosen!.name, chosen!.firm),
    }),
    notify: {
      subject: '法律援助承办人员',
      body: (c) =>
        `您的法律援助案件（${c.caseNumber}）已指派${chosen!.firm}${chosen!.name}承办，请保持联系畅通。`,
    },
    public: true,
  });
}

export function assign(ctx: RequestContext, caseId: string, body: ActionBody<'assign'>) {
  return assignStep(ctx, caseId, 'assign', body, body.firm, null);
}

export function reassign(ctx: RequestContext, caseId: string, body: ActionBody<'reassign'>) {
  return assignStep(ctx, caseId, 'reassign', body, undefined, body.reason);
}
