// 以案定补 rates: per region (a district, a street, or the whole city) and dispute type, from a
// date; an administrator sets those of their region. Without one, the type's default applies.
import { or, sql } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { DISPUTE_TYPES } from '../domain/dispute-types.js';
import { MediationPermissions as P } from '../domain/permissions.js';
import { division, ratesWhere, upsertRate } from '../db/committee-queries.js';
import { subsidyRates } from '../db/schema.js';

/** The rates that apply in the actor's region: those of it, below it, and above it. */
export async function listRates(ctx: RequestContext) {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  const rows = await ratesWhere(
    ctx.db,
    or(
      sql`${subsidyRates.regionCode} like ${actor.regionCode + '%'}`,
      sql`${actor.regionCode} like ${subsidyRates.regionCode} || '%'`,
    ),
  );
  return {
    defaults: Object.fromEntries(
      Object.entries(DISPUTE_TYPES).map(([k, v]) => [k, v.defaultSubsidyYuan]),
    ),
    rates: rows.map((r) => ({
      regionCode: r.regionCode,
      disputeType: r.disputeType,
      amountYuan: r.amountYuan,
      validFrom: r.validFrom,
      createdBy: r.createdBy,
    })),
  };
}

export async function setRate(
  ctx: RequestContext,
  rate: { regionCode: string; disputeType: string; amountYuan: number; validFrom: string },
) {
  const actor = requireActor(ctx);
  authorize(actor, P.manageCommittees, { regionCode: rate.regionCode });
  await withTx(ctx.db, async (tx) => {
    if (!(await division(tx, rate.regionCode)))
      throw new AppError('MEDIATION_REGION_UNKNOWN', { code: rate.regionCode, expected: '' });
    await upsertRate(tx, rate, actor.displayName);
    await record(tx, auditContext(ctx), {
      action: 'mediation.subsidy_rate_set',
      entityType: 'mediation_subsidy_rate',
      entityId: `${rate.regionCode}:${rate.disputeType}:${rate.validFrom}`,
      regionCode: rate.regionCode,
      details: rate,
    });
  });
  return listRates(ctx);
}
