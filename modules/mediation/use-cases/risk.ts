// 民转刑 risk: a dispute that may turn violent is flagged with a level and so reported to the
// district (its risk list); a dispute that may lead to a crime is reported to the police
// (人民调解法 Art. 25: 及时向当地公安机关或者其他有关部门报告).
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBodies } from '../contract.js';
import { runStep } from './run-step.js';

export async function flagRisk(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['flagRisk'],
) {
  if (body.level === 'major' && !body.reportedToPolice)
    throw new AppError('MEDIATION_RISK_POLICE_REQUIRED');
  await runStep(ctx, caseId, {
    action: 'flag_risk',
    version: body.version,
    note: body.note,
    patch: (_c, _clock, onDate) => ({
      riskLevel: body.level,
      risk: {
        level: body.level,
        note: body.note ?? '',
        flaggedOn: onDate,
        flaggedBy: ctx.actor?.displayName ?? '',
        reportedToPolice: body.reportedToPolice,
        policeStation: body.policeStation ?? null,
      },
    }),
    details: {
      level: body.level,
      reportedToPolice: body.reportedToPolice,
      policeStation: body.policeStation ?? null,
    },
  });
}

export async function clearRisk(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['clearRisk'],
) {
  await runStep(ctx, caseId, {
    action: 'clear_risk',
    version: body.version,
    note: body.note,
    check: (c) => {
      if (!c.riskLevel) throw new AppError('MEDIATION_RISK_NOT_FLAGGED');
    },
    patch: () => ({ riskLevel: null, risk: null }),
  });
}
