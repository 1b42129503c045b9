// HTTP routes of the persons module (staff): parse with the contract -> one use case -> reply.
// ID numbers travel in request bodies, never in URLs (URLs end up in logs and browser history).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { READ_PURPOSES } from '../../platform/access-log/index.js';
import { sendXlsx } from '../../platform/http/excel.js';
import { pageOf } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract.js';
import { citizenRoutes } from './public-routes.js';
import { listPersons } from './use-cases/list-persons.js';
import { issueOneTimeCode } from './use-cases/one-time-code.js';
import {
  listOrganizations,
  lookupOrganization,
  registerOrganization,
} from './use-cases/organizations.js';
import { lookupPerson, openPersonFile, revealIdNumber } from './use-cases/person-file.js';
import { registerPerson } from './use-cases/register-person.js';

const tags = ['persons'];

export const personsRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  await app.register(citizenRoutes);

  app.get(
    '/api/persons/purposes',
    {
      schema: {
        tags,
        summary: '查阅目的（每次查阅个人信息须选择）',
        response: { 200: c.purposesReply },
      },
    },
    async (request) => ({
      items: Object.entries(READ_PURPOSES).map(([code, label]) => ({
        code,
        label: label[request.locale],
      })),
    }),
  );
  app.post(
    '/api/persons',
    {
      schema: {
        tags,
        summary: '建档（登记人员）',
        body: c.registerBody,
        response: { 201: c.personView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerPerson(ctx(request), request.body)),
  );
  app.post(
    '/api/persons/lookup',
    {
      schema: {
        tags,
        summary: '按身份证号码查询人员（记录查阅）',
        body: c.lookupBody,
        response: { 200: c.personView },
      },
    },
    async (request) => lookupPerson(ctx(request), request.body),
  );
  app.get(
    '/api/persons',
    {
      schema: {
        tags,
        summary: '人员列表（脱敏，记录查阅）',
        querystring: c.personListQuery,
        response: { 200: pageOf(c.personView) },
      },
    },
    async (request) => listPersons(ctx(request), request.query),
  );
  app.get(
    '/api/persons/export.xlsx',
    {
      schema: {
        tags,
        summary: '导出人员列表 Excel（脱敏，记录查阅）',
        querystring: c.personListQuery,
      },
    },
    async (request, reply) => {
      const page = await listPersons(ctx(request), request.query, true);
      type Row = c.PersonView;
      const columns = [
        { header: '姓名', value: (r: Row) => r.name },
        { header: '性别', value: (r: Row) => r.sexLabel },
        { header: '身份证号码', value: (r: Row) => r.idNumberMasked },
        { header: '手机号码', value: (r: Row) => r.phoneMasked },
        { header: '所在地区', value: (r: Row) => r.regionName ?? r.regionCode },
        { header: '建档时间', value: (r: Row) => r.createdAt.slice(0, 10) },
      ];
      return sendXlsx(reply, 'persons.xlsx', 'persons', columns, page.items);
    },
  );
  app.get(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary: '打开个人档案（须选择查阅目的，记录查阅）',
        params: c.personIdParams,
        querystring: c.purposeQuery,
        response: { 200: c.personFile },
      },
    },
    async (request) => openPersonFile(ctx(request), request.params.id, request.query.purpose),
  );
  app.post(
    '/api/persons/:id/reveal',
    {
      schema: {
        tags,
        summary: '查看完整身份证号码（须有权限，记录查阅）',
        params: c.personIdParams,
        body: c.purposeBody,
        response: { 200: c.revealReply },
      },
    },
    async (request) => revealIdNumber(ctx(request), request.params.id, request.body.purpose),
  );
  app.post(
    '/api/persons/:id/codes',
    {
      schema: {
        tags,
        summary: '生成一次性验证码（供本人查询自己的档案）',
        params: c.personIdParams,
        response: { 200: c.codeReply },
      },
    },
    async (request) => issueOneTimeCode(ctx(request), request.params.id),
  );

  // ---- organizations ----
  app.post(
    '/api/persons/organizations',
    {
      schema: {
        tags,
        summary: '登记组织（统一社会信用代码）',
        body: c.organizationBody,
        response: { 201: c.organizationView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerOrganization(ctx(request), request.body)),
  );
  app.post(
    '/api/persons/organizations/lookup',
    {
      schema: {
        tags,
        summary: '按统一社会信用代码查询组织',
        body: c.organizationLookupBody,
        response: { 200: c.organizationView },
      },
    },
    async (request) => lookupOrganization(ctx(request), request.body.creditCode),
  );
  app.get(
    '/api/persons/organizations',
    {
      schema: {
        tags,
        summary: '组织列表',
        querystring: c.organizationListQuery,
        response: { 200: c.organizationsReply },
      },
    },
    async (request) => listOrganizations(ctx(request), request.query.q),
  );
};
