// HTTP routes of the notarization module: parse with the contract -> one use case -> reply.
// The cases here; public pages in public-routes.ts, the office's own data in office-routes.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '../../platform/http/context.js';
import { caseReadQuery } from '../../platform/access-log/index.js';
import { pageOf } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract.js';
import { officeRoutes } from './office-routes.js';
import { publicRoutes } from './public-routes.js';
import { acceptCase, assignNotary, notAccept, startReview } from './use-cases/acceptance.js';
import { downloadDocument } from './use-cases/case-files.js';
import { registerApplication } from './use-cases/create-case.js';
import { getCase } from './use-cases/get-case.js';
import { approveIssue } from './use-cases/issue-certificate.js';
import { listCases } from './use-cases/list-cases.js';
import { decideReExamination, startReExamination } from './use-cases/re-examination.js';
import {
  finishVerification,
  proposeIssue,
  refuseCase,
  requestSupplement,
  returnProposal,
  startVerification,
  supplyMaterials,
  terminateCase,
} from './use-cases/review.js';

const UPLOAD_LIMIT = 30 * 1024 * 1024;
const tags = ['notarization'];

type Step = (ctx: RequestContext, id: string, body: never) => Promise<void>;
const STEPS: [string, keyof typeof c.actionBodies, Step, string][] = [
  ['accept', 'accept', acceptCase as Step, '受理（记录告知内容）'],
  ['not-accept', 'notAccept', notAccept as Step, '不予受理'],
  ['assign', 'assign', assignNotary as Step, '指派公证员'],
  ['start-review', 'startReview', startReview as Step, '开始审查'],
  ['start-verification', 'startVerification', startVerification as Step, '核实（期限暂停）'],
  ['finish-verification', 'finishVerification', finishVerification as Step, '核实完毕'],
  ['request-supplement', 'requestSupplement', requestSupplement as Step, '通知补充材料'],
  ['supply', 'supply', supplyMaterials as Step, '登记补充材料'],
  ['propose-issue', 'proposeIssue', proposeIssue as Step, '拟出具公证书，提请审批'],
  ['return-proposal', 'returnProposal', returnProposal as Step, '退回审查'],
  ['approve-issue', 'approveIssue', approveIssue as Step, '批准并出具公证书'],
  ['refuse', 'refuse', refuseCase as Step, '不予办理公证'],
  ['terminate', 'terminate', terminateCase as Step, '终止公证'],
  ['start-re-examination', 'startReExamination', startReExamination as Step, '受理复查申请'],
  ['decide-re-examination', 'decideReExamination', decideReExamination as Step, '作出复查结论'],
];

export const notarizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  await app.register(publicRoutes);
  await app.register(officeRoutes);

  // ---- staff ----
  app.post(
    '/api/notarization/cases',
    {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary: '窗口受理登记',
        body: c.counterBody,
        response: { 201: c.applicationReceipt },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerApplication(ctx(request), request.body)),
  );
  app.get(
    '/api/notarization/cases',
    {
      schema: {
        tags,
        summary: '案件列表 / 公证员工作台（按出证期限排序）',
        querystring: c.caseListQuery,
        response: { 200: pageOf(c.caseSummary) },
      },
    },
    async (request) => listCases(ctx(request), request.query),
  );
  app.get(
    '/api/notarization/cases/:id',
    {
      schema: {
        tags,
        summary: '案件详情（记录对当事人信息的查阅及目的）',
        params: c.caseIdParams,
        querystring: caseReadQuery,
        response: { 200: c.caseDetail },
      },
    },
    async (request) => getCase(ctx(request), request.params.id, request.query.purpose),
  );
  app.get(
    '/api/notarization/cases/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: '下载材料、文书、公证书或二维码',
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
      `/api/notarization/cases/:id/${path}`,
      {
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags,
          summary,
          params: c.caseIdParams,
          body: c.actionBodies[key],
          response: { 200: c.caseDetail },
        },
      },
      async (request) => {
        await step(ctx(request), request.params.id, request.body as never);
        return getCase(ctx(request), request.params.id);
      },
    );
  }
};
