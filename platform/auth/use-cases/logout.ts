// 退出登录: ends the session behind the cookie.
import { record } from '../../audit/index.js';
import { withTx } from '../../db/index.js';
import { auditContext, requireActor, type RequestContext } from '../../http/context.js';
import { deleteSession } from '../sessions.js';

export async function logout(ctx: RequestContext, sessionHash: string): Promise<void> {
  const actor = requireActor(ctx);
  await withTx(ctx.db, async (tx) => {
    await deleteSession(tx, sessionHash);
    await record(tx, auditContext(ctx), {
      action: 'auth.logout',
      entityType: 'user',
      entityId: actor.userId,
      regionCode: actor.regionCode,
    });
  });
}
