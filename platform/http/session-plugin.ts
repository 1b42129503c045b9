// Resolves the session cookie into request.actor, guards non-public routes, and checks CSRF:
// a write made with the session cookie must carry the session's token in X-CSRF-Token and,
// when the browser says where it comes from, come from this site.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions.js';
import { AppError } from '../errors/index.js';
import { pickLocale } from '../i18n/index.js';
import type { RequestContext } from './context.js';
import './types.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export const sessionPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionHash', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request) => {
    request.locale = pickLocale(request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    const lookup = await resolveSession(app.sifa.database.db, token, app.sifa.config);
    if (lookup.kind === 'expired') request.sessionExpired = true;
    if (lookup.kind !== 'active') return;
    request.actor = lookup.actor;
    request.sessionHash = lookup.tokenHash;
    request.csrfToken = lookup.csrfToken;
    // Public routes act for no one (a citizen's form, the login itself): a staff member's
    // cookie in the same browser lends them no authority, so there is nothing to forge.
    if (!SAFE_METHODS.has(request.method) && !request.routeOptions.config.public) {
      const header = request.headers['x-csrf-token'];
      if (header !== lookup.csrfToken || !sameOrigin(request))
        throw new AppError('AUTH_CSRF_INVALID');
    }
  });

  app.addHook('preHandler', async (request) => {
    // Only the API is guarded: the UI's files are public, and the UI asks /api/auth/me itself.
    if (!request.url.startsWith('/api/')) return;
    if (request.routeOptions.config.public || request.actor) return;
    if (request.url.startsWith('/api/docs')) return; // the browsable API description is public
    if (!request.routeOptions.url) return; // unknown route: the not-found handler answers
    throw new AppError(request.sessionExpired ? 'AUTH_SESSION_EXPIRED' : 'AUTH_REQUIRED');
  });
});

/** The use-case context of a request. */
export function contextOf(app: FastifyInstance, request: FastifyRequest): RequestContext {
  return {
    db: app.sifa.database.db,
    config: app.sifa.config,
    cipher: app.sifa.cipher,
    actor: request.actor,
    requestId: request.id,
    locale: request.locale,
  };
}
