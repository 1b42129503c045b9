// HTTP routes of the mediation module: parse with the contract -> one use case -> reply.
// Public routes: public-routes.ts; committees, mediators and rates: committee-routes.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseReadQuery } from '../../platform/access-log/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestContext } from '../../platform/http/context.js';
import { pageOf, pageQuery } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/session-plugin.js';
import { committeeRoutes } from './committee-routes.js';
import * as c from './contract.js';
import {
  caseDetail,
  caseSummary,
  riskSummary,
  statistics,
  subsidyReport,
} from './contract-views.js';
import { publicRoutes } from './public-routes.js';
import { statisticsExport } from './statistics-export.js';
import {
  agreeOrally,
  draftAgreement,
  reviseAgreement,
  signAgreement,
} from './use-cases/agreement.js';
import { assignMediator, transferUp } from './use-cases/assignment.js';
import { downloadDocument } from './use-cases/case-files.js';
import {
  applyConfirmation,
  courtAccept,
  courtDecline,
  courtExtend,
  courtRule,
  resumeMediation,
} from './use-cases/confirmation.js';
import { registerDispute } from './use-cases/create-dispute.js';
import { getCase } from './use-cases/get-case.js';
import { listCases, listRisks } from './use-cases/list-cases.js';
import { recordSession, refuseMediation, terminateMediation } from './use-cases/mediation-steps.js';
import {
  followUp,
  recordEnforcement,
  recordLitigation,
  recordPerformed,
} from './use-cases/performance.js';
import { clearRisk, flagRisk } from './use-cases/risk.js';
import { mediationStatistics, subsidyReport as subsidies } from './use-cases/statistics.js';

const tags = ['mediation'];
type Step = (ctx: RequestContext, id: string, body: never) => Promise<void>;
const STEPS: [string, keyof typeof c.actionBodies, Step, string][] = [
  ['assign', 'assign', assignMediator as Step, '指派调解员'],
  ['refuse', 'refuse', refuseMediation as Step, '当事人拒绝调解（第十七条）'],
  ['record-session', 'recordSession', recordSession as Step, '登记调解记录'],
  ['terminate', 'terminate', terminateMediation as Step, '终止调解并告知其他途径（第二十六条）'],
  ['draft-agreement', 'draftAgreement', draftAgreement as Step, '制作书面调解协议（第二十九条）'],
  ['revise-agreement', 'reviseAgreement', reviseAgreement as Step, '退回修改协议'],
  ['sign-agreement', 'signAgreement', signAgreement as Step, '登记签名盖章，协议生效'],
  ['agree-oral', 'agreeOral', agreeOrally as Step, '登记口头协议（第三十条）'],
  ['follow-up', 'followUp', followUp as Step, '履行回访（第三十一条）'],
  [
    'apply-confirmation',
    'applyConfirmation',
    applyConfirmation as Step,
    '登记申请司法确认（第三十三条）',
  ],
  ['court-accept', 'courtAccept', courtAccept as Step, '登记法院受理'],
  ['court-decline', 'courtDecline', courtDecline as Step, '登记法院不予受理'],
  ['court-extend', 'courtExtend', courtExtend as Step, '登记法院延长审查期限'],
  [
    'court-confirm',
    'courtConfirm',
    ((ctx, id, body) => courtRule(ctx, id, 'valid', body)) as Step,
    '登记裁定确认有效',
  ],
  [
    'court-reject',
    'courtReject',
    ((ctx, id, body) => courtRule(ctx, id, 'invalid', body)) as Step,
    '登记裁定驳回申请',
  ],
  ['resume-mediation', 'resumeMediation', resumeMediation as Step, '重新调解'],
  ['record-performed', 'recordPerformed', recordPerformed as Step, '登记履行完毕'],
  ['record-litigation', 'recordLitigation', recordLitigation as Step, '登记当事人起诉'],
  ['record-enforcement', 'recordEnforcement', recordEnforcement as Step, '登记申请强制执行'],
  ['flag-risk', 'flagRisk', flagRisk as Step, '标记民转刑风险并上报（第二十五条）'],
  ['clear-risk', 'clearRisk', clearRisk as Step, '解除风险标记'],
];

export const mediationRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);
  await app.register(publicRoutes);
  await app.register(committeeRoutes);

  app.post(
    '/api/mediation/cases',
    {
      schema: {
        tags,
        summary: '纠纷登记（窗口申请、主动调解、委托移送）',
        body: c.registerBody,
        response: { 201: c.receipt },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerDispute(ctx(request), request.body)),
  );
  app.get(
    '/api/mediation/cases',
    {
      schema: {
        tags,
        summary: '纠纷列表 / 调解员工作台（按期限排序）',
        querystring: c.caseListQuery,
        response: { 200: pageOf(caseSummary) },
      },
    },
    async (request) => listCases(ctx(request), request.query),
  );
  app.get(
    '/api/mediation/cases/:id',
    {
      schema: {
        tags,
        summary: '纠纷详情（记录对当事人信息的查阅及目的）',
        params: c.caseIdParams,
        querystring: caseReadQuery,
        response: { 200: caseDetail },
      },
    },
    async (request) => getCase(ctx(request), request.params.id, request.query.purpose),
  );
  app.get(
    '/api/mediation/cases/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: '下载调解协议书、告知书',
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
      `/api/mediation/cases/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: c.caseIdParams,
          body: c.actionBodies[key],
          response: { 200: caseDetail },
        },
      },
      async (request) => {
        await step(ctx(request), request.params.id, request.body as never);
        return getCase(ctx(request), request.params.id);
      },
    );
  }
  // After a transfer up the dispute may leave the actor's region: the reply says where it went.
  app.post(
    '/api/mediation/cases/:id/transfer',
    {
      schema: {
        tags,
        summary: '移交上级人民调解委员会',
        params: c.caseIdParams,
        body: c.actionBodies.transfer,
        response: { 200: z.object({ visible: z.boolean(), case: caseDetail.nullable() }) },
      },
    },
    async (request) => {
      await transferUp(ctx(request), request.params.id, request.body);
      try {
        return { visible: true, case: await getCase(ctx(request), request.params.id) };
      } catch (error) {
        if (error instanceof AppError && error.code === 'MEDIATION_CASE_NOT_FOUND')
          return { visible: false, case: null };
        throw error;
      }
    },
  );
  app.get(
    '/api/mediation/risks',
    {
      schema: {
        tags,
        summary: '民转刑风险纠纷台账（辖区内已标记风险的纠纷）',
        querystring: z.strictObject(pageQuery.shape),
        response: { 200: pageOf(riskSummary) },
      },
    },
    async (request) => listRisks(ctx(request), request.query),
  );
  app.get(
    '/api/mediation/statistics',
    {
      schema: {
        tags,
        summary: '统计：按调委会、街道或区；类型、成功率、调结用时、就地化解',
        querystring: c.statisticsQuery,
        response: { 200: statistics },
      },
    },
    async (request) => mediationStatistics(ctx(request), request.query.year, request.query.groupBy),
  );
  app.get(
    '/api/mediation/statistics/export.xlsx',
    { schema: { tags, summary: '导出统计 Excel', querystring: c.statisticsQuery } },
    async (request, reply) => {
      const figures = await mediationStatistics(
        ctx(request),
        request.query.year,
        request.query.groupBy,
      );
      return statisticsExport(reply, figures);
    },
  );
  app.get(
    '/api/mediation/subsidies',
    {
      schema: {
        tags,
        summary: '以案定补：各调解员调结纠纷数与补贴金额',
        querystring: c.subsidyQuery,
        response: { 200: subsidyReport },
      },
    },
    async (request) => subsidies(ctx(request), request.query.year, request.query.month),
  );
};
