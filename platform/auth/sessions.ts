// Sessions live in the database behind an opaque cookie token; only its SHA-256 is stored.
// A session ends at its absolute expiry or after an idle period, whichever comes first.
import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, or } from 'drizzle-orm';
import type { Config } from '../config/index.js';
import type { Executor } from '../db/index.js';
import type { Actor } from './permissions.js';
import { sessions, users } from './schema.js';

export const SESSION_COOKIE = 'sifa_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Executor,
  userId: string,
  config: Config,
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + config.SIFA_SESSION_TTL_MINUTES * 60_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

export type SessionLookup =
  | { kind: 'active'; actor: Actor; csrfToken: string; tokenHash: string }
  | { kind: 'expired' }
  | { kind: 'none' };

export async function resolveSession(
  db: Executor,
  token: string | undefined,
  config: Config,
  now = new Date(),
): Promise<SessionLookup> {
  if (!token) return { kind: 'none' };
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      csrfToken: sessions.csrfToken,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      organizationId: users.organizationId,
      regionCode: users.regionCode,
      status: users.status,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return { kind: 'none' };
  const idleLimit = row.lastSeenAt.getTime() + config.SIFA_SESSION_IDLE_MINUTES * 60_000;
  if (row.status !== 'active' || row.expiresAt <= now || idleLimit <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { kind: 'expired' };
  }
  // Touch at most once a minute: a busy page should not write on every request.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const { userId, username, displayName, role, organizationId, regionCode } = row;
  return {
    kind: 'active',
    actor: { userId, username, displayName, role, organizationId, regionCode },
    csrfToken: row.csrfToken,
    tokenHash,
  };
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes sessions past their expiry or idle limit; run now and then. */
export async function purgeSessions(db: Executor, config: Config, now = new Date()): Promise<void> {
  const idleBefore = new Date(now.getTime() - config.SIFA_SESSION_IDLE_MINUTES * 60_000);
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleBefore)));
}
