// The citizen pages' API (no staff login): verify who you are, then read your own matters and
// the log of who read your data. The citizen session is its own HttpOnly, SameSite=Strict
// cookie limited to these routes; it gives no access to any staff route.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors/index.js';
import { pageOf } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract.js';
import { CITIZEN_COOKIE } from './domain/identity.js';
import {
  citizenAccessLog,
  citizenMatters,
  citizenMe,
  citizenOf,
  endCitizenSession,
  verifyCitizen,
} from './use-cases/citizen.js';

const tags = ['persons (citizen)'];
const COOKIE_PATH = '/api/public/persons';

/** A write that sets or ends the citizen session must come from this site. */
function requireSameSite(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    host = null;
  }
  if (host !== request.headers.host) throw new AppError('AUTH_CSRF_INVALID');
}

export const citizenRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => contextOf(app, request);
  const cookieOptions = {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: app.sifa.config.SIFA_COOKIE_SECURE,
  };
  const session = (request: FastifyRequest) =>
    citizenOf(ctx(request), request.cookies[CITIZEN_COOKIE]);
  const clear = (reply: FastifyReply) => reply.clearCookie(CITIZEN_COOKIE, cookieOptions);

  app.post(
    '/api/public/persons/verify',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '本人身份核验（身份证号码 + 窗口提供的一次性验证码）',
        body: c.verifyBody,
        response: { 200: c.citizenMe },
      },
    },
    async (request, reply) => {
      requireSameSite(request);
      const context = ctx(request);
      const { token, expiresAt } = await verifyCitizen(context, request.body, request.ip);
      reply.setCookie(CITIZEN_COOKIE, token, { ...cookieOptions, expires: expiresAt });
      return citizenMe(context, await citizenOf(context, token));
    },
  );
  app.get(
    '/api/public/persons/me',
    {
      config: { public: true },
      schema: { tags, summary: '当前核验的本人', response: { 200: c.citizenMe } },
    },
    async (request) => citizenMe(ctx(request), await session(request)),
  );
  app.get(
    '/api/public/persons/me/matters',
    {
      config: { public: true },
      schema: { tags, summary: '我的法律服务', response: { 200: c.citizenMatters } },
    },
    async (request) => citizenMatters(ctx(request), await session(request)),
  );
  app.get(
    '/api/public/persons/me/access-log',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '谁查看了我的信息',
        querystring: c.accessLogQuery,
        response: { 200: pageOf(c.accessEntry) },
      },
    },
    async (request) => citizenAccessLog(ctx(request), await session(request), request.query),
  );
  app.post(
    '/api/public/persons/logout',
    {
      config: { public: true },
      schema: { tags, summary: '结束本人查询', response: { 204: z.null() } },
    },
    async (request, reply) => {
      requireSameSite(request);
      await endCitizenSession(ctx(request), request.cookies[CITIZEN_COOKIE]);
      clear(reply);
      return reply.status(204).send(null);
    },
  );
};
