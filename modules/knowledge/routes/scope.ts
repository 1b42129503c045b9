// What a caller of the public routes sees: staff who may read the library's staff pages see
// unpublished versions too; everyone else only what the portal publishes.
import { hasPermission } from '../../../platform/auth/permissions.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { RegulationsPermissions } from '../../regulations/index.js';
import type { ReadScope } from '../use-cases/document-links.js';

export const readScope = (ctx: RequestContext): ReadScope => ({
  publishedOnly: !(ctx.actor && hasPermission(ctx.actor, RegulationsPermissions.read)),
});
