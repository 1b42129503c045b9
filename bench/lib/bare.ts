// The baseline: a bare Fastify app whose one route runs the same two queries as
// GET /api/users for a 天河 officer (page 1, 20 rows), with no session, validation or mapping.
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { type Db, rows } from '../../platform/db/index.js';

export const BARE_PATH = '/users';

export async function buildBareApp(db: Db, regionCode = '440106'): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  const pattern = `${regionCode}%`;
  app.get(BARE_PATH, async () => {
    const items = await rows(
      db,
      sql`select u.id, u.username, u.display_name, u.role, u.organization_id, o.name as organization_name,
                 u.region_code, u.status, u.created_at, u.last_login_at
          from auth.users u
          join auth.organizations o on o.id = u.organization_id
          where u.region_code like ${pattern}
          order by u.region_code, u.username
          limit 20 offset 0`,
    );
    const [count] = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from auth.users where region_code like ${pattern}`,
    );
    return { items, total: Number(count?.n ?? 0), page: 1, pageSize: 20 };
  });
  return app;
}
