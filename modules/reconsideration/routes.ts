// HTTP routes of the reconsideration module: parse with the contract -> one use case -> reply.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseReadQuery } from '../../platform/access-log/index.js';
import { sendXlsx } from '../../platform/http/excel.js';
import { pageOf } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract.js';
import { documentReviewRoutes } from './document-review-routes.js';
import { publicRoutes } from './public-routes.js';
import { acceptCase, rejectCase, requestCorrection } from './use-cases/acceptance-review.js';
import { assignHandler } from './use-cases/assign-handler.js';
import { switchToOrdinary } from './use-cases/change-procedure.js';
import {
  approveDecision,
  draftDecision,
  returnDraft,
  serveDecision,
} from './use-cases/decide-case.js';
import { downloadDocument, listHandlers } from './use-cases/case-files.js';
import { extendPeriod } from './use-cases/extend-period.js';
import { getCase } from './use-cases/get-case.js';
import { listLawsuits, recordLawsuit } from './use-cases/lawsuits.js';
import { listCases } from './use-cases/list-cases.js';
import {
  preparePublication,
  publishDecision,
  withdrawPublication,
} from './use-cases/publish-decision.js';
import { recordAnswer } from './use-cases/record-answer.js';
import { recordHearing } from './use-cases/record-hearing.js';
import { registerApplication } from './use-cases/register-application.js';
import { runTimersNow } from './use-cases/run-timers.js';
import { scheduleHearing } from './use-cases/schedule-hearing.js';
import { sendCopy } from './use-cases/send-copy.js';
import { caseStatistics } from './use-cases/statistics.js';
import { supplyCorrection } from './use-cases/supply-correction.js';
import { resumeCase, suspendCase } from './use-cases/suspend-case.js';
import type { RequestContext } from '../../platform/http/context.js';

const UPLOAD_LIMIT = 30 * 1024 * 1024;
const tags = ['reconsideration'];

type Step = (ctx: RequestContext, id: string, body: never) => Promise<void>;
const STEPS: [string, keyof typeof c.actionBodies, Step, string][] = [
  ['assign', 'assign', assignHandler as Step, '分配承办人'],
  ['request-correction', 'requestCorrection', requestCorrection as Step, '通知补正'],
  ['supply-correction', 'supplyCorrection', supplyCorrection as Step, '登记补正材料'],
  ['accept', 'accept', acceptCase as Step, '受理'],
  ['reject', 'reject', rejectCase as Step, '不予受理'],
  ['send-copy', 'sendCopy', sendCopy as Step, '发送申请书副本'],
  ['record-answer', 'recordAnswer', recordAnswer as Step, '登记被申请人答复'],
  ['schedule-hearing', 'scheduleHearing', scheduleHearing as Step, '安排听证'],
  ['record-hearing', 'recordHearing', recordHearing as Step, '登记听证笔录'],
  ['switch-to-ordinary', 'switchToOrdinary', switchToOrdinary as Step, '简易程序转普通程序'],
  ['extend', 'extend', extendPeriod as Step, '延长审理期限'],
  ['suspend', 'suspend', suspendCase as Step, '中止审理'],
  ['resume', 'resume', resumeCase as Step, '恢复审理'],
  ['draft-decision', 'draftDecision', draftDecision as Step, '提请审批决定'],
  ['return-draft', 'returnDraft', returnDraft as Step, '退回决定草稿'],
  ['approve-decision', 'approveDecision', approveDecision as Step, '批准决定'],
  ['serve', 'serve', serveDecision as Step, '登记送达'],
];

export const reconsiderationRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  await app.register(publicRoutes);
  await app.register(documentReviewRoutes);

  // ---- staff ----
  app.post(
    '/api/reconsideration/cases',
    {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary: '登记复议申请（当面、邮寄、口头）',
        body: c.registerBody,
        response: { 201: c.applicationReceipt },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerApplication(ctx(request), request.body)),
  );
  app.get(
    '/api/reconsideration/cases',
    {
      schema: {
        tags,
        summary: '案件列表（按下一法定期限排序）',
        querystring: c.caseListQuery,
        response: { 200: pageOf(c.caseSummary) },
      },
    },
    async (request) => listCases(ctx(request), request.query),
  );
  app.get(
    '/api/reconsideration/cases/export.xlsx',
    { schema: { tags, summary: '导出案件 Excel', querystring: c.caseListQuery } },
    async (request, reply) => {
      const page = await listCases(ctx(request), request.query, true);
      const columns = [
        { header: '案件编号', value: (r: c.CaseSummary) => r.caseNumber },
        { header: '申请人', value: (r: c.CaseSummary) => r.applicantNames },
        { header: '被申请人', value: (r: c.CaseSummary) => r.respondentName },
        { header: '状态', value: (r: c.CaseSummary) => r.stateLabel },
        { header: '收到日期', value: (r: c.CaseSummary) => r.receivedDate },
        { header: '下一法定期限', value: (r: c.CaseSummary) => r.nextDueDate },
        { header: '承办人', value: (r: c.CaseSummary) => r.handlerName },
      ];
      return sendXlsx(reply, 'reconsideration-cases.xlsx', 'cases', columns, page.items);
    },
  );
  app.get(
    '/api/reconsideration/cases/:id',
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
    '/api/reconsideration/cases/:id/handlers',
    {
      schema: {
        tags,
        summary: '可分配的承办人',
        params: c.caseIdParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                openCases: z.number(),
                conflicted: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await listHandlers(ctx(request), request.params.id) }),
  );
  app.get(
    '/api/reconsideration/cases/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: '下载案件文书或材料',
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
      `/api/reconsideration/cases/:id/${path}`,
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
  app.get(
    '/api/reconsideration/cases/:id/publication/draft',
    {
      schema: {
        tags,
        summary: '生成公开文本（已脱敏，待审核）',
        params: c.caseIdParams,
        response: { 200: z.object({ redactedText: z.string(), replacements: z.number() }) },
      },
    },
    async (request) => preparePublication(ctx(request), request.params.id),
  );
  app.post(
    '/api/reconsideration/cases/:id/publication',
    {
      schema: {
        tags,
        summary: '审核后公开决定',
        params: c.caseIdParams,
        body: z.strictObject({ redactedText: z.string().trim().min(1).max(100_000) }),
        response: { 200: c.caseDetail },
      },
    },
    async (request) => {
      await publishDecision(ctx(request), request.params.id, request.body.redactedText);
      return getCase(ctx(request), request.params.id);
    },
  );
  app.post(
    '/api/reconsideration/cases/:id/publication/withdraw',
    {
      schema: {
        tags,
        summary: '撤回公开',
        params: c.caseIdParams,
        body: z.strictObject({}).optional(),
        response: { 200: c.caseDetail },
      },
    },
    async (request) => {
      await withdrawPublication(ctx(request), request.params.id);
      return getCase(ctx(request), request.params.id);
    },
  );
  app.get(
    '/api/reconsideration/statistics',
    {
      schema: {
        tags,
        summary: '统计：阶段、超期、纠错率',
        querystring: z.strictObject({
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
        response: { 200: c.statistics },
      },
    },
    async (request) => caseStatistics(ctx(request), request.query.year),
  );
  app.get(
    '/api/reconsideration/statistics/export.xlsx',
    {
      schema: {
        tags,
        summary: '导出纠错率 Excel',
        querystring: z.strictObject({
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
      },
    },
    async (request, reply) => {
      const stats = await caseStatistics(ctx(request), request.query.year);
      const rows = stats.correctionByRespondent;
      const columns = [
        { header: '被申请人', value: (r: (typeof rows)[number]) => r.key },
        { header: '审结数', value: (r: (typeof rows)[number]) => r.decided },
        { header: '纠错数', value: (r: (typeof rows)[number]) => r.corrected },
        { header: '纠错率(%)', value: (r: (typeof rows)[number]) => r.rate },
      ];
      return sendXlsx(reply, 'correction-rates.xlsx', 'rates', columns, rows);
    },
  );
  app.post(
    '/api/reconsideration/lawsuits',
    {
      schema: {
        tags,
        summary: '登记行政应诉案件',
        body: c.lawsuitBody,
        response: { 201: c.lawsuit },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordLawsuit(ctx(request), request.body)),
  );
  app.get(
    '/api/reconsideration/lawsuits',
    { schema: { tags, summary: '行政应诉案件与负责人出庭率', response: { 200: c.lawsuitList } } },
    async (request) => listLawsuits(ctx(request)),
  );
  app.post(
    '/api/reconsideration/timers/run',
    {
      schema: {
        tags,
        summary: '执行期限届满的法定步骤（视为受理、视为放弃）',
        body: z.strictObject({}).optional(),
        response: { 200: z.object({ deemedAccepted: z.number(), deemedAbandoned: z.number() }) },
      },
    },
    async (request) => runTimersNow(ctx(request)),
  );
};
