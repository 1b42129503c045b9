// HTTP routes of login, sessions, users, roles and organizations. Parse -> use case -> reply.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../http/excel.js';
import { pageOf } from '../http/pagination.js';
import { contextOf } from '../http/session-plugin.js';
import type { Locale } from '../i18n/index.js';
import * as c from './contract.js';
import type { User } from './contract.js';
import { requireActor } from '../http/context.js';
import { loadMe } from './queries.js';
import { listRoles } from './roles.js';
import { SESSION_COOKIE } from './sessions.js';
import { changePassword } from './use-cases/change-password.js';
import { createUser } from './use-cases/create-user.js';
import { exportUsers, listUsers } from './use-cases/list-users.js';
import { login } from './use-cases/login.js';
import { logout } from './use-cases/logout.js';
import { resetUserPassword, setUserStatus } from './use-cases/manage-user.js';
import { organizationTree } from './use-cases/organization-tree.js';

const USER_HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['用户名', '姓名', '角色', '所属机构', '区划代码', '状态', '创建时间', '最近登录'],
  en: [
    'Username',
    'Name',
    'Role',
    'Organization',
    'Region code',
    'Status',
    'Created',
    'Last login',
  ],
};
const STATUS: Record<Locale, Record<User['status'], string>> = {
  'zh-CN': { active: '启用', disabled: '停用' },
  en: { active: 'active', disabled: 'disabled' },
};

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.sifa.config.SIFA_COOKIE_SECURE,
  };
  const clearCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, cookieOptions);

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: '登录', body: c.loginBody, response: { 200: c.session } },
    },
    async (request, reply) => {
      const result = await login(contextOf(app, request), request.body);
      reply.setCookie(SESSION_COOKIE, result.token, {
        ...cookieOptions,
        expires: result.expiresAt,
      });
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: { tags: ['auth'], summary: '退出登录', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await logout(contextOf(app, request), request.sessionHash!);
      clearCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: { tags: ['auth'], summary: '当前用户', response: { 200: c.session } },
    },
    async (request) => {
      const ctx = contextOf(app, request);
      const actor = requireActor(ctx);
      return {
        user: await loadMe(ctx.db, actor.userId, ctx.locale),
        csrfToken: request.csrfToken!,
      };
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: '修改密码',
        body: c.changePasswordBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changePassword(contextOf(app, request), request.body, request.sessionHash!);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/roles',
    {
      schema: {
        tags: ['users'],
        summary: '角色列表',
        response: { 200: z.object({ items: z.array(c.role) }) },
      },
    },
    async (request) => {
      requireActor(contextOf(app, request));
      const items = listRoles().map((r) => ({
        code: r.code,
        name: r.name[request.locale],
        permissions: [...r.permissions].sort(),
      }));
      return { items };
    },
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: '用户列表（按辖区）',
        querystring: c.userListQuery,
        response: { 200: pageOf(c.user) },
      },
    },
    async (request) => listUsers(contextOf(app, request), request.query),
  );

  app.get(
    '/api/users/export.xlsx',
    {
      schema: { tags: ['users'], summary: '导出用户 Excel', querystring: c.userListQuery },
    },
    async (request, reply) => {
      const page = await exportUsers(contextOf(app, request), request.query);
      const status = STATUS[request.locale];
      const values: ((u: User) => string | null)[] = [
        (u) => u.username,
        (u) => u.displayName,
        (u) => u.roleName,
        (u) => u.organizationName,
        (u) => u.regionCode,
        (u) => status[u.status],
        (u) => u.createdAt,
        (u) => u.lastLoginAt,
      ];
      const columns = USER_HEADERS[request.locale].map((header, i) => ({
        header,
        value: values[i]!,
      }));
      return sendXlsx(reply, 'users.xlsx', 'users', columns, page.items);
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: '新建用户',
        body: c.createUserBody,
        response: { 201: c.user },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(contextOf(app, request), request.body)),
  );

  for (const [action, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const) {
    app.post(
      `/api/users/:id/${action}`,
      {
        schema: {
          tags: ['users'],
          summary: action === 'disable' ? '停用用户' : '启用用户',
          params: c.userIdParams,
          body: c.emptyBody,
          response: { 200: c.user },
        },
      },
      async (request) => setUserStatus(contextOf(app, request), request.params.id, status),
    );
  }

  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags: ['users'],
        summary: '重置密码',
        params: c.userIdParams,
        body: c.emptyBody,
        response: { 200: z.object({ temporaryPassword: z.string() }) },
      },
    },
    async (request) => resetUserPassword(contextOf(app, request), request.params.id),
  );

  app.get(
    '/api/organizations/tree',
    {
      schema: {
        tags: ['organizations'],
        summary: '组织机构树（按辖区）',
        response: { 200: z.object({ items: z.array(c.orgNode) }) },
      },
    },
    async (request) => ({ items: await organizationTree(contextOf(app, request)) }),
  );
};
