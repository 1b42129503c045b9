// 指派调解员 (人民调解法 Art. 19: the committee appoints one or more mediators, or the parties
// choose) and 移交上级 (a dispute the committee cannot settle goes to the committee above; it then
// no longer counts as settled 就地化解).
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBodies } from '../contract.js';
import { higherCommittee } from '../domain/routing.js';
import { committeesCovering, loadCommittee, loadMediator } from '../db/committee-queries.js';
import { runStep } from './run-step.js';

export async function assignMediator(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['assign'],
) {
  let mediatorName = '';
  await runStep(ctx, caseId, {
    action: 'assign',
    version: body.version,
    note: body.note,
    check: async (c, tx) => {
      const mediator = await loadMediator(tx, body.mediatorId);
      if (!mediator) throw new AppError('MEDIATION_MEDIATOR_NOT_FOUND');
      if (mediator.committeeId !== c.committeeId || !mediator.active)
        throw new AppError('MEDIATION_MEDIATOR_NOT_OF_COMMITTEE', { mediator: mediator.name });
      const committee = await loadCommittee(tx, c.committeeId);
      if (!committee?.active)
        throw new AppError('MEDIATION_COMMITTEE_INACTIVE', { committee: committee?.name ?? '' });
      mediatorName = mediator.name;
    },
    patch: () => ({ mediatorId: body.mediatorId }),
    details: () => ({ mediatorId: body.mediatorId, mediator: mediatorName }),
    public: true,
  });
}

export async function transferUp(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['transfer'],
) {
  let target: Awaited<ReturnType<typeof loadCommittee>> | null = null;
  await runStep(ctx, caseId, {
    action: 'transfer',
    version: body.version,
    note: body.note ?? body.reason,
    check: async (c, tx) => {
      const current = await loadCommittee(tx, c.committeeId);
      target = higherCommittee(await committeesCovering(tx, c.placeCode), current!, c.placeCode);
      if (!target) throw new AppError('MEDIATION_NO_HIGHER_COMMITTEE');
    },
    patch: (c) => ({
      committeeId: target!.id,
      regionCode: target!.regionCode,
      mediatorId: null,
      transferCount: c.transferCount + 1,
    }),
    details: (c) => ({ to: target!.name, toRegion: c.regionCode, reason: body.reason }),
    public: true,
  });
}
