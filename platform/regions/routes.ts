// Public read of the divisions, for address pickers (a citizen's form needs them without login).
import { asc, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { divisions } from './schema.js';

const division = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['city', 'district', 'street', 'village']),
  type: z.string().nullable(),
  parentCode: z.string().nullable(),
});

export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/regions',
    {
      config: { public: true },
      schema: {
        tags: ['regions'],
        summary: '行政区划：某一区划的下级（不带 parent 时为市）',
        querystring: z.strictObject({
          parent: z
            .string()
            .regex(/^\d{4}(\d{2}(\d{3})?)?$/, '区划代码应为 4、6 或 9 位数字')
            .optional(),
        }),
        response: { 200: z.object({ items: z.array(division) }) },
      },
    },
    async (request) => {
      const { parent } = request.query;
      const items = await app.sifa.database.db
        .select()
        .from(divisions)
        .where(parent ? eq(divisions.parentCode, parent) : isNull(divisions.parentCode))
        .orderBy(asc(divisions.code));
      return { items };
    },
  );
};
