// The development mailbox: the messages Sifa has sent (or, in the embedded default, would
// have sent), newest first, with recipients masked.
import { desc, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize, regionScope } from '../auth/permissions.js';
import { grant } from '../auth/roles.js';
import { requireActor } from '../http/context.js';
import { offsetOf, pageOf, pageQuery } from '../http/pagination.js';
import { contextOf } from '../http/session-plugin.js';
import { outbox } from './schema.js';

export const NotifyPermissions = { read: 'notify:read' } as const;
grant(['admin'], [NotifyPermissions.read]);

const message = z.object({
  id: z.number(),
  channel: z.enum(['sms', 'email']),
  recipientMasked: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number(),
  deliveredTo: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const notifyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/notify/mailbox',
    {
      schema: {
        tags: ['notify'],
        summary: '开发邮箱：已发送或待发送的短信与邮件',
        querystring: z.strictObject(pageQuery.shape),
        response: { 200: pageOf(message) },
      },
    },
    async (request) => {
      const ctx = contextOf(app, request);
      const actor = requireActor(ctx);
      authorize(actor, NotifyPermissions.read);
      const where = regionScope(actor, outbox.regionCode);
      const rows = await ctx.db
        .select()
        .from(outbox)
        .where(where)
        .orderBy(desc(outbox.id))
        .limit(request.query.pageSize)
        .offset(offsetOf(request.query));
      const [count] = await ctx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(outbox)
        .where(where);
      return {
        items: rows.map(
          ({
            recipientEncrypted: _r,
            entityType: _t,
            entityId: _i,
            regionCode: _c,
            nextAttemptAt: _n,
            ...m
          }) => ({
            ...m,
            createdAt: m.createdAt.toISOString(),
            sentAt: m.sentAt?.toISOString() ?? null,
          }),
        ),
        total: Number(count?.n ?? 0),
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
};
