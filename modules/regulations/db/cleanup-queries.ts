// Queries of cleanup campaigns (清理): the documents a campaign may list, its items and decisions.
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { type Actor, regionScope } from '../../../platform/auth/permissions.js';
import type { Executor } from '../../../platform/db/index.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';
import type { CleanupDecision, CleanupReason } from '../domain/validity.js';
import { cleanupCampaigns, cleanupItems, filings } from './filing-schema.js';
import { articles, versions } from './schema.js';

export type CampaignRow = typeof cleanupCampaigns.$inferSelect;
export type CleanupItemRow = typeof cleanupItems.$inferSelect;

/** Published, not repealed normative documents filed in the region (code prefix). */
export async function cleanupCandidates(db: Executor, regionCode: string) {
  return db
    .select({ filing: filings, published: versions.published })
    .from(filings)
    .innerJoin(versions, eq(versions.id, filings.libraryVersionId))
    .where(
      and(
        eq(filings.origin, 'filing'),
        isNotNull(filings.libraryVersionId),
        isNull(filings.repealedOn),
        sql`${filings.regionCode} like ${regionCode + '%'}`,
      ),
    )
    .orderBy(asc(filings.validUntil), asc(filings.caseNumber));
}

export async function articlesByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(articles).where(inArray(articles.id, ids));
}

export async function insertCampaign(db: Executor, values: typeof cleanupCampaigns.$inferInsert) {
  const [row] = await db.insert(cleanupCampaigns).values(values).returning();
  return row!;
}

export async function insertItems(
  db: Executor,
  campaignId: string,
  items: { filingId: string; reasons: CleanupReason[] }[],
) {
  if (items.length === 0) return;
  await db.insert(cleanupItems).values(items.map((i) => ({ campaignId, ...i })));
}

export async function loadCampaign(db: Executor, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db.select().from(cleanupCampaigns).where(eq(cleanupCampaigns.id, id));
  return row;
}

export async function lockCampaign(db: Executor, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db
    .select()
    .from(cleanupCampaigns)
    .where(eq(cleanupCampaigns.id, id))
    .for('update');
  return row;
}

export async function listCampaigns(db: Executor, actor: Actor, limit: number, offset: number) {
  const where = regionScope(actor, cleanupCampaigns.regionCode);
  // Written out: in a one-table select Drizzle leaves column names unqualified, and a bare "id"
  // inside the subquery would be the item's own.
  const campaignId = sql.raw('"cleanup_campaigns"."id"');
  const rows = await db
    .select({
      campaign: cleanupCampaigns,
      total: sql<number>`(select count(*)::int from ${cleanupItems} i where i.campaign_id = ${campaignId})`,
      decided: sql<number>`(select count(*)::int from ${cleanupItems} i where i.campaign_id = ${campaignId} and i.decision is not null)`,
    })
    .from(cleanupCampaigns)
    .where(where)
    .orderBy(desc(cleanupCampaigns.startedOn), desc(cleanupCampaigns.createdAt))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(cleanupCampaigns).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function itemsOfCampaign(db: Executor, campaignId: string) {
  return db
    .select({ item: cleanupItems, filing: filings, published: versions.published })
    .from(cleanupItems)
    .innerJoin(filings, eq(filings.id, cleanupItems.filingId))
    .leftJoin(versions, eq(versions.id, filings.libraryVersionId))
    .where(eq(cleanupItems.campaignId, campaignId))
    .orderBy(asc(filings.validUntil), asc(filings.caseNumber));
}

export async function lockItem(db: Executor, campaignId: string, itemId: string) {
  const [row] = await db
    .select()
    .from(cleanupItems)
    .where(and(eq(cleanupItems.id, itemId), eq(cleanupItems.campaignId, campaignId)))
    .for('update');
  return row;
}

export async function decideItem(
  db: Executor,
  itemId: string,
  decision: { decision: CleanupDecision; reason: string; by: string; on: LegalDate },
) {
  await db
    .update(cleanupItems)
    .set({
      decision: decision.decision,
      decisionReason: decision.reason,
      decidedBy: decision.by,
      decidedOn: decision.on,
    })
    .where(eq(cleanupItems.id, itemId));
}

export async function undecidedCount(db: Executor, campaignId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(cleanupItems)
    .where(and(eq(cleanupItems.campaignId, campaignId), isNull(cleanupItems.decision)));
  return Number(row?.n ?? 0);
}

export async function closeCampaignRow(db: Executor, id: string, closedOn: LegalDate) {
  await db
    .update(cleanupCampaigns)
    .set({ state: 'closed', closedOn })
    .where(eq(cleanupCampaigns.id, id));
}
