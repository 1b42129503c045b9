// Seeds a benchmark database: many users spread over the districts' organizations and their
// 司法所, all with one precomputed password hash (argon2 is slow on purpose), inserted in batches.
import { ne, sql } from 'drizzle-orm';
import { hashPassword } from '../../platform/auth/password.js';
import { organizations, users } from '../../platform/auth/schema.js';
import { createAccounts } from '../../platform/auth/seed.js';
import type { Db } from '../../platform/db/index.js';
import { ROOT_CODE } from '../../platform/regions/index.js';

export const BENCH_PASSWORD = 'Bench-password-2026';
export const BENCH_OFFICER = 'bench-tianhe';

const BATCH = 1_000;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂';

/** Inserts `count` users round-robin over every organization below the city. */
export async function seedUsers(db: Db, count: number): Promise<{ organizations: number }> {
  // District bureaus, their legal aid centres and mediation committees, and the 司法所.
  const orgs = await db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      regionCode: organizations.regionCode,
    })
    .from(organizations)
    .where(ne(organizations.regionCode, ROOT_CODE));
  if (orgs.length === 0)
    throw new Error('bench: no district organizations; were the organizations seeded?');
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  for (let start = 0; start < count; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(start + BATCH, count); i++) {
      const org = orgs[i % orgs.length]!;
      rows.push({
        username: `bench-${String(i).padStart(6, '0')}`,
        displayName: `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`,
        passwordHash,
        role: org.kind === 'justice_office' ? 'office_staff' : 'district_staff',
        organizationId: org.id,
        regionCode: org.regionCode,
      });
    }
    await db.insert(users).values(rows);
  }
  // The account the benchmark logs in with, created the way the product creates accounts.
  await createAccounts(
    db,
    [
      {
        username: BENCH_OFFICER,
        displayName: '天河基准测试',
        role: 'district_staff',
        organizationCode: 'district-bureau-440106',
        mustChangePassword: false,
      },
    ],
    BENCH_PASSWORD,
  );
  // Fresh statistics, as autovacuum would gather soon after a bulk load on a server.
  await db.execute(sql`analyze auth.users, auth.organizations`);
  return { organizations: orgs.length };
}
