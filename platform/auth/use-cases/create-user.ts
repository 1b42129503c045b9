// 新建用户: an administrator creates an account in an organization of their region.
import { record } from '../../audit/index.js';
import { withTx } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../http/context.js';
import type { CreateUserBody, User } from '../contract.js';
import { hashPassword } from '../password.js';
import { authorize } from '../permissions.js';
import { findOrganization, findUser, findUserByUsername } from '../queries.js';
import { getRole, KernelPermissions } from '../roles.js';
import { users } from '../schema.js';
import { assertStrongPassword } from './change-password.js';

export async function createUser(ctx: RequestContext, input: CreateUserBody): Promise<User> {
  const actor = requireActor(ctx);
  authorize(actor, KernelPermissions.userManage);
  if (!getRole(input.role)) throw new AppError('USER_ROLE_UNKNOWN', { role: input.role });
  const organization = await findOrganization(ctx.db, input.organizationId);
  if (!organization) throw new AppError('ORGANIZATION_NOT_FOUND');
  authorize(actor, KernelPermissions.userManage, organization);
  assertStrongPassword(ctx, input.password);
  const passwordHash = await hashPassword(input.password);

  const id = await withTx(ctx.db, async (tx) => {
    if (await findUserByUsername(tx, input.username)) {
      throw new AppError('USER_USERNAME_TAKEN', { username: input.username });
    }
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        role: input.role,
        organizationId: organization.id,
        regionCode: organization.regionCode,
        // Whoever set the first password is not the owner: the owner picks their own.
        mustChangePassword: true,
      })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    if (!row) throw new AppError('USER_USERNAME_TAKEN', { username: input.username });
    await record(tx, auditContext(ctx), {
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      regionCode: organization.regionCode,
      details: { username: input.username, role: input.role, organizationId: organization.id },
    });
    return row.id;
  });
  return (await findUser(ctx.db, id, ctx.locale))!;
}
