// 行政应诉: lawsuits after decisions or original acts, each hearing noting whether the organ's
// head appeared in court; the appearance rate per organ.
import { desc, sql } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize, regionScope } from '../../../platform/auth/permissions.js';
import { rows as sqlRows, withTx } from '../../../platform/db/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { ReconsiderationPermissions } from '../domain/permissions.js';
import { lawsuits } from '../db/schema.js';
import { visibleCase } from './run-step.js';

export interface LawsuitInput {
  caseId?: string | undefined;
  regionCode: string;
  organName: string;
  court: string;
  courtCaseNumber: string;
  filedDate: string;
  hearingDates: { date: string; headAppeared: boolean; appearedName: string | null }[];
  outcome?: string | undefined;
}

export async function recordLawsuit(ctx: RequestContext, input: LawsuitInput) {
  const actor = requireActor(ctx);
  authorize(actor, ReconsiderationPermissions.handle, { regionCode: input.regionCode });
  if (input.caseId) await visibleCase(ctx, input.caseId);
  return withTx(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(lawsuits)
      .values({ ...input, caseId: input.caseId ?? null, outcome: input.outcome ?? null })
      .returning();
    await record(tx, auditContext(ctx), {
      action: 'reconsideration.record_lawsuit',
      entityType: 'lawsuit',
      entityId: row!.id,
      regionCode: input.regionCode,
      details: { court: input.court, courtCaseNumber: input.courtCaseNumber },
    });
    return { ...row!, createdAt: row!.createdAt.toISOString() };
  });
}

export async function listLawsuits(ctx: RequestContext) {
  const actor = requireActor(ctx);
  authorize(actor, ReconsiderationPermissions.read);
  const items = await ctx.db
    .select()
    .from(lawsuits)
    .where(regionScope(actor, lawsuits.regionCode))
    .orderBy(desc(lawsuits.filedDate))
    .limit(500);
  const rates = await sqlRows<{ organName: string; hearings: number; appeared: number }>(
    ctx.db,
    sql`select organ_name as "organName", count(*)::int as hearings,
          count(*) filter (where (h->>'headAppeared')::boolean)::int as appeared
        from ${lawsuits}, jsonb_array_elements(${lawsuits.hearingDates}) h
        where ${regionScope(actor, lawsuits.regionCode)} group by organ_name order by 1`,
  );
  return {
    items: items.map((l) => ({ ...l, createdAt: l.createdAt.toISOString() })),
    appearanceRates: rates.map((r) => ({
      ...r,
      rate: r.hearings ? Math.round((r.appeared / r.hearings) * 1000) / 10 : 0,
    })),
  };
}
