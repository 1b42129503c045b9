import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { version } from '../platform/version.js';
import { z } from 'zod';

const health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    migrations: z.object({ applied: z.number(), expected: z.number(), upToDate: z.boolean() }),
  }),
  version: z.string(),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: '健康检查：数据库类型与迁移状态',
        response: { 200: health },
      },
    },
    async () => {
      const { database } = app.sifa;
      const migrations = await database.migrationState();
      return {
        status: migrations.upToDate ? ('ok' as const) : ('degraded' as const),
        database: { kind: database.kind, migrations },
        version: version,
      };
    },
  );
};
