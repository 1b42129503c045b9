// Reading and checking the audit log: scoped by region like every other list.
import { and, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import { authorize } from '../auth/permissions.js';
import { KernelPermissions } from '../auth/roles.js';
import { users } from '../auth/schema.js';
import { requireActor, type RequestContext } from '../http/context.js';
import { EXPORT_LIMIT, offsetOf, type Page } from '../http/pagination.js';
import { regionScope } from '../auth/permissions.js';
import type { AuditEventView, AuditListQuery } from './contract.js';
import { verifyChain, type VerifyResult } from './index.js';
import { events } from './schema.js';

/** Legal dates are Asia/Shanghai calendar days: 2026-11-27 runs from 00:00 +08:00. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
const nextDayStart = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

async function queryEvents(
  ctx: RequestContext,
  query: AuditListQuery,
  limit: number,
  offset: number,
): Promise<Page<AuditEventView>> {
  const actor = requireActor(ctx);
  authorize(actor, KernelPermissions.auditRead);
  const conditions: (SQL | undefined)[] = [
    regionScope(actor, sql`coalesce(${events.regionCode}, '4401')`),
  ];
  if (query.action)
    conditions.push(ilike(events.action, `${query.action.replace(/[\\%_]/g, '\\$&')}%`));
  if (query.entityType) conditions.push(eq(events.entityType, query.entityType));
  if (query.entityId) conditions.push(eq(events.entityId, query.entityId));
  if (query.actor) {
    conditions.push(
      sql`${events.actorId} in (select ${users.id} from ${users} where ${users.username} = ${query.actor.toLowerCase()})`,
    );
  }
  if (query.from) conditions.push(gte(events.occurredAt, dayStart(query.from)));
  if (query.to) conditions.push(lt(events.occurredAt, nextDayStart(query.to)));
  const where = and(...conditions);
  const rows = await ctx.db
    .select()
    .from(events)
    .where(where)
    .orderBy(desc(events.seq))
    .limit(limit)
    .offset(offset);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(events)
    .where(where);
  return {
    items: rows.map(({ prevHash: _p, hash: _h, ...e }) => ({
      ...e,
      occurredAt: e.occurredAt.toISOString(),
    })),
    total: Number(count?.n ?? 0),
    page: query.page,
    pageSize: limit,
  };
}

export function listAuditEvents(ctx: RequestContext, query: AuditListQuery) {
  return queryEvents(ctx, query, query.pageSize, offsetOf(query));
}

export function exportAuditEvents(ctx: RequestContext, query: AuditListQuery) {
  return queryEvents(ctx, query, EXPORT_LIMIT, 0);
}

/** Checks the whole chain; only roles with audit:verify (the city's administrators) may. */
export function verifyAuditChain(ctx: RequestContext): Promise<VerifyResult> {
  authorize(requireActor(ctx), KernelPermissions.auditVerify);
  return verifyChain(ctx.db, ctx.locale);
}
