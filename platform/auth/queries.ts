// All queries of users and organizations. Lists take the actor and stay inside their region.
import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/index.js';
import type { Locale } from '../i18n/index.js';
import { offsetOf, type Page } from '../http/pagination.js';
import { divisions } from '../regions/schema.js';
import type { Me, User, UserListQuery } from './contract.js';
import { organizationKindName } from './organizations.js';
import { type Actor, regionScope } from './permissions.js';
import { getRole, roleName } from './roles.js';
import { organizations, users } from './schema.js';

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  organizationId: users.organizationId,
  organizationName: organizations.name,
  regionCode: users.regionCode,
  status: users.status,
  createdAt: users.createdAt,
  lastLoginAt: users.lastLoginAt,
};

type UserRow = { createdAt: Date; lastLoginAt: Date | null; role: string } & Omit<
  User,
  'createdAt' | 'lastLoginAt' | 'roleName'
>;

function toUser(row: UserRow, locale: Locale): User {
  return {
    ...row,
    roleName: roleName(row.role, locale),
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

function userConditions(
  actor: Actor,
  filter: Omit<UserListQuery, 'page' | 'pageSize'>,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [regionScope(actor, users.regionCode)];
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.username, like), ilike(users.displayName, like)));
  }
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.status) conditions.push(eq(users.status, filter.status));
  if (filter.organizationId) conditions.push(eq(users.organizationId, filter.organizationId));
  return and(...conditions);
}

export async function listUsers(
  db: Executor,
  actor: Actor,
  query: UserListQuery,
  locale: Locale,
  limit?: number,
): Promise<Page<User>> {
  const where = userConditions(actor, query);
  const pageSize = limit ?? query.pageSize;
  const rows = await db
    .select(userColumns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(where)
    .orderBy(asc(users.regionCode), asc(users.username))
    .limit(pageSize)
    .offset(limit ? 0 : offsetOf(query));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(where);
  return {
    items: rows.map((r) => toUser(r, locale)),
    total: Number(count?.n ?? 0),
    page: query.page,
    pageSize,
  };
}

export async function findUser(
  db: Executor,
  id: string,
  locale: Locale,
): Promise<User | undefined> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, id));
  return row && toUser(row, locale);
}

export async function findUserRecord(db: Executor, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByUsername(db: Executor, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

export async function findOrganization(db: Executor, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function findOrganizationByCode(db: Executor, code: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.code, code));
  return row;
}

/** The signed-in user as the web shell needs it. */
export async function loadMe(db: Executor, userId: string, locale: Locale): Promise<Me> {
  const [row] = await db
    .select({
      user: users,
      org: organizations,
      regionName: divisions.name,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .innerJoin(divisions, eq(divisions.code, organizations.regionCode))
    .where(eq(users.id, userId));
  if (!row) throw new Error(`user ${userId} vanished`);
  const { user, org } = row;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    roleName: roleName(user.role, locale),
    organization: {
      id: org.id,
      name: org.name,
      kind: org.kind,
      kindName: organizationKindName(org.kind, locale),
      regionCode: org.regionCode,
      regionName: row.regionName,
    },
    permissions: [...(getRole(user.role)?.permissions ?? [])].sort(),
    mustChangePassword: user.mustChangePassword,
  };
}

/** Organizations inside the actor's region, with their region names, ordered for a tree. */
export async function scopedOrganizations(db: Executor, actor: Actor) {
  return db
    .select({ org: organizations, regionName: divisions.name })
    .from(organizations)
    .innerJoin(divisions, eq(divisions.code, organizations.regionCode))
    .where(regionScope(actor, organizations.regionCode))
    .orderBy(
      asc(organizations.regionCode),
      desc(sql`${organizations.kind} = 'district_bureau'`),
      asc(organizations.name),
    );
}
