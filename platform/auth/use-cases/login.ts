// 登录: checks the password, limits repeated failures per username, opens a session.
import { and, eq, gt, sql } from 'drizzle-orm';
import { record } from '../../audit/index.js';
import { withTx } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { auditContext, type RequestContext } from '../../http/context.js';
import type { Me } from '../contract.js';
import { dummyPasswordHash, verifyPassword } from '../password.js';
import { findUserByUsername, loadMe } from '../queries.js';
import { loginAttempts, users } from '../schema.js';
import { createSession } from '../sessions.js';

export interface LoginResult {
  user: Me;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Minutes until the oldest counted failure leaves the window, or 0 when the user may try. */
async function lockoutMinutes(ctx: RequestContext, username: string): Promise<number> {
  const { SIFA_LOGIN_MAX_FAILURES: max, SIFA_LOGIN_WINDOW_MINUTES: window } = ctx.config;
  const since = new Date(Date.now() - window * 60_000);
  // Failures count only after the last success inside the window.
  const [stats] = await ctx.db
    .select({
      failures: sql<number>`count(*) filter (where not ${loginAttempts.succeeded} and ${loginAttempts.at} > coalesce((select max(s.at) from auth.login_attempts s where s.username = ${username} and s.succeeded), '-infinity'))::int`,
      newest: sql<Date | null>`max(${loginAttempts.at}) filter (where not ${loginAttempts.succeeded})`,
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), gt(loginAttempts.at, since)));
  if (!stats || Number(stats.failures) < max || !stats.newest) return 0;
  const newest = new Date(stats.newest).getTime();
  return Math.max(1, Math.ceil((newest + window * 60_000 - Date.now()) / 60_000));
}

export async function login(
  ctx: RequestContext,
  input: { username: string; password: string },
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const minutes = await lockoutMinutes(ctx, username);
  if (minutes > 0) throw new AppError('AUTH_RATE_LIMITED', { minutes });

  const user = await findUserByUsername(ctx.db, username);
  const valid = await verifyPassword(
    user?.passwordHash ?? (await dummyPasswordHash()),
    input.password,
  );
  if (!user || !valid) {
    await withTx(ctx.db, async (tx) => {
      await tx.insert(loginAttempts).values({ username, succeeded: false });
      await record(tx, auditContext(ctx), {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        regionCode: user?.regionCode ?? null,
        details: { username },
      });
    });
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  if (user.status !== 'active') throw new AppError('AUTH_ACCOUNT_DISABLED');

  return withTx(ctx.db, async (tx) => {
    await tx.insert(loginAttempts).values({ username, succeeded: true });
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    const session = await createSession(tx, user.id, ctx.config);
    await record(
      tx,
      { actor: { userId: user.id, displayName: user.displayName }, requestId: ctx.requestId },
      { action: 'auth.login', entityType: 'user', entityId: user.id, regionCode: user.regionCode },
    );
    return { user: await loadMe(tx, user.id, ctx.locale), ...session };
  });
}
