// Routes of filing review (备案审查): file a document, list and read review items, one POST per
// step, the validity registration, and the configurable periods. Every route needs a session;
// each use case authorizes by role and region.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { pageOf } from '../../../platform/http/pagination.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { contextOf } from '../../../platform/http/session-plugin.js';
import { idParam } from '../contract.js';
import * as c from '../domain/filing-contract.js';
import '../domain/filing-permissions.js';
import { submitCorrection } from '../use-cases/filing-correction.js';
import { fileDocument } from '../use-cases/filing-create.js';
import { getFiling, listFilings } from '../use-cases/filing-read.js';
import {
  approveFiling,
  confirmCorrection,
  requestCorrection,
  revokeFiling,
  startReview,
} from '../use-cases/filing-review.js';
import { getFilingSettings, updateFilingSettings } from '../use-cases/filing-settings.js';
import { setValidity } from '../use-cases/filing-validity.js';

const tags = ['regulations-filing'];
const BASE = '/api/regulations/filings';

type Step = (ctx: RequestContext, id: string, body: never) => Promise<void>;
const STEPS: [string, z.ZodType, Step, string][] = [
  ['start-review', c.stepBody, startReview as Step, '开始审查'],
  ['approve', c.approveBody, approveFiling as Step, '审查通过（发布到统一发布平台）'],
  [
    'request-correction',
    c.requestCorrectionBody,
    requestCorrection as Step,
    '要求纠正（列明纠正事项）',
  ],
  [
    'submit-correction',
    c.submitCorrectionBody,
    submitCorrection as Step,
    '报送纠正后文本并逐项说明',
  ],
  [
    'confirm-correction',
    c.confirmCorrectionBody,
    confirmCorrection as Step,
    '确认纠正完毕（发布）',
  ],
  ['revoke', c.revokeBody, revokeFiling as Step, '撤销'],
];

export const filingRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  app.post(
    BASE,
    {
      schema: {
        tags,
        summary: '报备规范性文件（文号、日期、正文、所依据的上位法）',
        body: c.fileBody,
        response: { 201: c.filingCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await fileDocument(ctx(request), request.body)),
  );

  app.get(
    BASE,
    {
      schema: {
        tags,
        summary: '备案审查事项（本辖区，按期限排序）',
        querystring: c.filingListQuery,
        response: { 200: pageOf(c.filingSummary) },
      },
    },
    async (request) => listFilings(ctx(request), request.query),
  );

  app.get(
    `${BASE}/settings`,
    {
      schema: {
        tags,
        summary: '备案审查与有效期的期限设置',
        response: { 200: c.filingSettingsSchema },
      },
    },
    async (request) => getFilingSettings(ctx(request)),
  );

  app.put(
    `${BASE}/settings`,
    {
      schema: {
        tags,
        summary: '修改期限设置（系统管理员）',
        body: c.filingSettingsSchema,
        response: { 200: c.filingSettingsSchema },
      },
    },
    async (request) => updateFilingSettings(ctx(request), request.body),
  );

  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags,
        summary: '备案审查事项详情（期限、纠正事项、办理记录、可执行操作）',
        params: idParam,
        response: { 200: c.filingDetail },
      },
    },
    async (request) => getFiling(ctx(request), request.params.id),
  );

  for (const [path, body, run, summary] of STEPS) {
    app.post(
      `${BASE}/:id/${path}`,
      { schema: { tags, summary, params: idParam, body, response: { 200: c.filingDetail } } },
      async (request) => {
        await run(ctx(request), request.params.id, request.body as never);
        return getFiling(ctx(request), request.params.id);
      },
    );
  }

  app.put(
    `${BASE}/:id/validity`,
    {
      schema: {
        tags,
        summary: '登记施行日期与有效期（仅限已统一发布的文件）',
        params: idParam,
        body: c.validityBody,
        response: { 200: c.filingDetail },
      },
    },
    async (request) => {
      await setValidity(ctx(request), request.params.id, request.body);
      return getFiling(ctx(request), request.params.id);
    },
  );
};
