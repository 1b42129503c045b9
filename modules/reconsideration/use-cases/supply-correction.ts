// 补正: the applicant's materials arrive (recorded by a clerk, or uploaded by the applicant on
// the tracking page); the acceptance review's clock runs again.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { ActionBody, FileInput } from '../contract.js';
import { loadCaseByNumber } from '../db/queries.js';
import { runStep } from './run-step.js';
import { records } from '../db/queries.js';
import { trackingCodeMatches } from '../../../platform/workflow/tracking-code.js';

type Material = FileInput & { title: string };

function supply(
  ctx: RequestContext,
  caseId: string,
  version: number | null,
  materials: Material[],
  statement: string | undefined,
  by: string,
) {
  return runStep(ctx, caseId, {
    action: 'supply_correction',
    version,
    note: statement,
    write: async (tx, c) => {
      for (const m of materials) await records.storeUpload(tx, c.id, 'correction', m, by);
    },
    details: { materials: materials.map((m) => m.title), by },
    public: true,
  });
}

export function supplyCorrection(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'supplyCorrection'>,
) {
  return supply(
    ctx,
    caseId,
    body.version,
    body.materials,
    body.statement ?? body.note,
    ctx.actor?.displayName ?? '',
  );
}

/** Finds a case by its number and tracking code; a wrong pair says nothing about which was wrong. */
export async function caseByTracking(
  ctx: RequestContext,
  caseNumber: string,
  trackingCode: string,
) {
  const c = await loadCaseByNumber(ctx.db, caseNumber.trim());
  // Cases received before codes were keyed hold the code's plain SHA-256.
  const legacy = { legacy: true };
  if (
    !c ||
    !trackingCodeMatches(ctx.cipher, 'reconsideration', c.trackingCodeHash, trackingCode, legacy)
  )
    throw new AppError('RECONSIDERATION_TRACKING_FAILED');
  return c;
}

export async function supplyByApplicant(
  ctx: RequestContext,
  body: {
    caseNumber: string;
    trackingCode: string;
    materials: Material[];
    statement?: string | undefined;
  },
) {
  const c = await caseByTracking(ctx, body.caseNumber, body.trackingCode);
  // The applicant acts as the applicant, not as a user: the machine's register permission is
  // the clerk's, so the step runs as the system on the applicant's behalf.
  await supply({ ...ctx, actor: null }, c.id, null, body.materials, body.statement, '申请人');
  return c;
}
