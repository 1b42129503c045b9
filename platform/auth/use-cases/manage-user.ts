// 停用 / 启用 / 重置密码 of an account inside the administrator's region.
import { eq, sql } from 'drizzle-orm';
import { record } from '../../audit/index.js';
import { withTx } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../http/context.js';
import type { User } from '../contract.js';
import { hashPassword, temporaryPassword } from '../password.js';
import { authorize, inScope } from '../permissions.js';
import { KernelPermissions } from '../roles.js';
import { findUser, findUserRecord } from '../queries.js';
import { sessions, users } from '../schema.js';

async function loadManaged(ctx: RequestContext, userId: string) {
  const actor = requireActor(ctx);
  authorize(actor, KernelPermissions.userManage);
  const target = await findUserRecord(ctx.db, userId);
  // Outside the region looks the same as absent: no probing of other districts' accounts.
  if (!target || !inScope(actor, target.regionCode)) throw new AppError('USER_NOT_FOUND');
  return { actor, target };
}

export async function setUserStatus(
  ctx: RequestContext,
  userId: string,
  status: 'active' | 'disabled',
): Promise<User> {
  const { actor, target } = await loadManaged(ctx, userId);
  if (status === 'disabled' && target.id === actor.userId)
    throw new AppError('USER_CANNOT_DISABLE_SELF');
  await withTx(ctx.db, async (tx) => {
    await tx
      .update(users)
      .set({ status, updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(eq(users.id, target.id));
    if (status === 'disabled') await tx.delete(sessions).where(eq(sessions.userId, target.id));
    await record(tx, auditContext(ctx), {
      action: status === 'disabled' ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: target.id,
      regionCode: target.regionCode,
    });
  });
  return (await findUser(ctx.db, target.id, ctx.locale))!;
}

/** Sets a generated temporary password, shown once; the user must change it at next login. */
export async function resetUserPassword(
  ctx: RequestContext,
  userId: string,
): Promise<{ temporaryPassword: string }> {
  const { target } = await loadManaged(ctx, userId);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await withTx(ctx.db, async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        updatedAt: new Date(),
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, target.id));
    await tx.delete(sessions).where(eq(sessions.userId, target.id));
    await record(tx, auditContext(ctx), {
      action: 'user.reset_password',
      entityType: 'user',
      entityId: target.id,
      regionCode: target.regionCode,
    });
  });
  return { temporaryPassword: password };
}
