// HTTP routes of the legal-aid module: parse with the contract -> one use case -> reply. The
// public routes and those of the pool (lawyers, duty lawyers, quality, statistics) are in their
// own files and registered from here.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseReadQuery } from '../../platform/access-log/index.js';
import type { RequestContext } from '../../platform/http/context.js';
import { pageOf } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract.js';
import * as v from './contract-views.js';
import { poolRoutes } from './pool-routes.js';
import { publicRoutes } from './public-routes.js';
import { assign, reassign } from './use-cases/assign.js';
import { downloadDocument } from './use-cases/case-files.js';
import { registerApplication, registerForwarded } from './use-cases/create-case.js';
import { getCase } from './use-cases/get-case.js';
import { listCases } from './use-cases/list-cases.js';
import { decideObjection, fileObjection, terminate } from './use-cases/objection.js';
import { reviewQuality } from './use-cases/quality.js';
import { registerNotice } from './use-cases/register-notice.js';
import {
  deemWithdrawn,
  grant,
  overrideCheck,
  provideProvisionally,
  refuse,
  requestMaterial,
  supplyMaterial,
} from './use-cases/review.js';
import { closeCase, paySubsidy, recordService, startService } from './use-cases/service.js';

const UPLOAD_LIMIT = 30 * 1024 * 1024;
const tags = ['legal-aid'];

type Intake = (ctx: RequestContext, body: unknown) => Promise<z.infer<typeof v.applicationReceipt>>;
type Step = (ctx: RequestContext, id: string, body: never) => Promise<unknown>;
const STEPS: [string, keyof typeof c.actionBodies, Step, string][] = [
  ['request-material', 'requestMaterial', requestMaterial as Step, '一次性告知补充材料'],
  ['supply-material', 'supplyMaterial', supplyMaterial as Step, '登记补充材料'],
  ['deem-withdrawn', 'deemWithdrawn', deemWithdrawn as Step, '逾期未补充，视为撤回申请'],
  [
    'override-eligibility',
    'overrideEligibility',
    overrideCheck as Step,
    '变更审查结论（书面理由）',
  ],
  ['grant', 'grant', grant as Step, '决定给予法律援助'],
  ['provide-provisionally', 'provideProvisionally', provideProvisionally as Step, '先行提供'],
  ['refuse', 'refuse', refuse as Step, '决定不予法律援助'],
  ['assign', 'assign', assign as Step, '指派（轮换或指定）'],
  ['reassign', 'reassign', reassign as Step, '更换法律援助人员'],
  ['start-service', 'startService', startService as Step, '承办人员开始办理'],
  ['record-service', 'recordService', recordService as Step, '登记办理情况'],
  ['close', 'close', closeCase as Step, '结案（提交结案材料）'],
  ['pay-subsidy', 'paySubsidy', paySubsidy as Step, '核定并发放补贴'],
  ['terminate', 'terminate', terminate as Step, '终止法律援助'],
  ['file-objection', 'fileObjection', fileObjection as Step, '登记异议'],
  ['decide-objection', 'decideObjection', decideObjection as Step, '异议审查决定'],
  ['quality-review', 'qualityReview', reviewQuality as Step, '质量评查'],
];

export const legalAidRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);
  await app.register(publicRoutes);
  await app.register(poolRoutes);

  const intake = [
    ['/api/legal-aid/cases', c.windowBody, registerApplication, '窗口申请登记'],
    [
      '/api/legal-aid/forwarded',
      c.detentionBody,
      registerForwarded,
      '羁押场所转交的申请（24小时）',
    ],
    ['/api/legal-aid/notices', c.noticeBody, registerNotice, '登记公检法通知辩护、代理'],
  ] as const;
  for (const [url, body, useCase, summary] of intake) {
    app.post(
      url,
      {
        bodyLimit: UPLOAD_LIMIT,
        schema: { tags, summary, body, response: { 201: v.applicationReceipt } },
      },
      async (request, reply) =>
        reply.status(201).send(await (useCase as Intake)(ctx(request), request.body)),
    );
  }
  app.get(
    '/api/legal-aid/cases',
    {
      schema: {
        tags,
        summary: '案件列表 / 工作台（按法定期限排序）',
        querystring: c.caseListQuery,
        response: { 200: pageOf(v.caseSummary) },
      },
    },
    async (request) => listCases(ctx(request), request.query),
  );
  app.get(
    '/api/legal-aid/cases/:id',
    {
      schema: {
        tags,
        summary: '案件详情（记录对当事人信息的查阅及目的）',
        params: c.caseIdParams,
        querystring: caseReadQuery,
        response: { 200: v.caseDetail },
      },
    },
    async (request) => getCase(ctx(request), request.params.id, request.query.purpose),
  );
  app.get(
    '/api/legal-aid/cases/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: '下载材料或文书',
        params: z.strictObject({ id: z.uuid(), documentId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const doc = await downloadDocument(
        ctx(request),
        request.params.id,
        request.params.documentId,
      );
      return reply
        .header('content-type', doc.mimeType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        )
        .header('x-content-sha256', doc.sha256)
        .send(doc.content);
    },
  );
  for (const [path, key, step, summary] of STEPS) {
    app.post(
      `/api/legal-aid/cases/:id/${path}`,
      {
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags,
          summary,
          params: c.caseIdParams,
          body: c.actionBodies[key],
          response: { 200: v.caseDetail },
        },
      },
      async (request) => {
        await step(ctx(request), request.params.id, request.body as never);
        return getCase(ctx(request), request.params.id);
      },
    );
  }
};
