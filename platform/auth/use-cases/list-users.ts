// 用户列表: the accounts inside the actor's region, filtered and paginated.
import { requireActor, type RequestContext } from '../../http/context.js';
import { EXPORT_LIMIT, type Page } from '../../http/pagination.js';
import type { User, UserListQuery } from '../contract.js';
import { authorize } from '../permissions.js';
import { KernelPermissions } from '../roles.js';
import { listUsers as queryUsers } from '../queries.js';

export function listUsers(ctx: RequestContext, query: UserListQuery): Promise<Page<User>> {
  const actor = requireActor(ctx);
  authorize(actor, KernelPermissions.userRead);
  return queryUsers(ctx.db, actor, query, ctx.locale);
}

export function exportUsers(ctx: RequestContext, query: UserListQuery): Promise<Page<User>> {
  const actor = requireActor(ctx);
  authorize(actor, KernelPermissions.userRead);
  return queryUsers(ctx.db, actor, query, ctx.locale, EXPORT_LIMIT);
}
