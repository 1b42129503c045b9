// Routing a dispute to a committee: the one the party or clerk chose, or the most local one
// covering the place (domain/routing.ts); and the public question "who will mediate this?".
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { COMMITTEE_LEVELS } from '../domain/committees.js';
import { routeDispute } from '../domain/routing.js';
import {
  type CommitteeRow,
  committeesCovering,
  division,
  loadCommittee,
} from '../db/committee-queries.js';

/** The place must be a 镇街 or 村居 of Guangzhou. */
export async function checkPlace(db: Executor, placeCode: string) {
  const place = await division(db, placeCode);
  if (!place || (place.level !== 'street' && place.level !== 'village'))
    throw new AppError('MEDIATION_REGION_UNKNOWN', { code: placeCode, expected: '（街道或社区）' });
  return place;
}

export async function committeeForDispute(
  db: Executor,
  input: { placeCode: string; disputeType: string; committeeId?: string | undefined },
): Promise<CommitteeRow> {
  const place = await checkPlace(db, input.placeCode);
  if (input.committeeId) {
    const chosen = await loadCommittee(db, input.committeeId);
    if (!chosen) throw new AppError('MEDIATION_COMMITTEE_NOT_FOUND');
    if (!chosen.active)
      throw new AppError('MEDIATION_COMMITTEE_INACTIVE', { committee: chosen.name });
    return chosen;
  }
  const routed = routeDispute(
    await committeesCovering(db, input.placeCode),
    input.placeCode,
    input.disputeType,
  );
  if (!routed) throw new AppError('MEDIATION_NO_COMMITTEE', { place: place.name });
  return routed;
}

/** GET /api/public/mediation/route: the committee that would take the dispute, if any. */
export async function publicRoute(ctx: RequestContext, placeCode: string, disputeType: string) {
  await checkPlace(ctx.db, placeCode);
  const c = routeDispute(await committeesCovering(ctx.db, placeCode), placeCode, disputeType);
  return {
    committee: c
      ? {
          id: c.id,
          name: c.name,
          levelLabel: COMMITTEE_LEVELS[c.level].label[ctx.locale],
          address: c.address,
          phone: c.phone,
        }
      : null,
  };
}
