// 修改密码: the user proves the current password; other sessions of the user end.
import { and, eq, ne } from 'drizzle-orm';
import { record } from '../../audit/index.js';
import { withTx } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../http/context.js';
import { hashPassword, isStrongPassword, verifyPassword } from '../password.js';
import { findUserRecord } from '../queries.js';
import { sessions, users } from '../schema.js';

export function assertStrongPassword(ctx: RequestContext, password: string): void {
  const minLength = ctx.config.SIFA_PASSWORD_MIN_LENGTH;
  if (!isStrongPassword(password, minLength))
    throw new AppError('AUTH_PASSWORD_WEAK', { minLength });
}

export async function changePassword(
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
  currentSessionHash: string,
): Promise<void> {
  const actor = requireActor(ctx);
  const user = await findUserRecord(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('AUTH_PASSWORD_WRONG');
  }
  assertStrongPassword(ctx, input.newPassword);
  if (input.newPassword === input.currentPassword) throw new AppError('AUTH_PASSWORD_REUSED');
  const passwordHash = await hashPassword(input.newPassword);
  await withTx(ctx.db, async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(users.id, actor.userId));
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, actor.userId), ne(sessions.tokenHash, currentSessionHash)));
    await record(tx, auditContext(ctx), {
      action: 'auth.password_change',
      entityType: 'user',
      entityId: actor.userId,
      regionCode: actor.regionCode,
    });
  });
}
