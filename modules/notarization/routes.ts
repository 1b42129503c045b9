// HTTP routes of the notarization module: parse with the contract -> one use case -> reply.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '../../platform/http/context.js';
import { sendXlsx } from '../../platform/http/excel.js';
import { pageOf } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract.js';
import { STATES } from './domain/case-type.js';
import { REFUSAL_GROUNDS, TERMINATION_GROUNDS } from './domain/grounds.js';
import { FEE_TABLE_YUAN, MATTER_TYPES } from './domain/matters.js';
import { acceptCase, assignNotary, notAccept, startReview } from './use-cases/acceptance.js';
import { downloadDocument } from './use-cases/case-files.js';
import { registerApplication, submitApplication } from './use-cases/create-case.js';
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
import { officeStatistics } from './use-cases/statistics.js';
import { proofBundle, verifyFile, verifyNumber } from './use-cases/verify-certificate.js';

const UPLOAD_LIMIT = 30 * 1024 * 1024;
const tags = ['notarization'];
const publicTags = ['notarization (public)'];

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

const labels = <T extends Record<string, { label: { 'zh-CN': string; en: string } }>>(
  table: T,
  locale: 'zh-CN' | 'en',
) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v.label[locale]]));

export const notarizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  // ---- public: apply online, meta, certificate verification ----
  app.post(
    '/api/public/notary/applications',
    {
      config: { public: true },
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags: publicTags,
        summary: '网上申请公证',
        body: c.applicationBody,
        response: { 201: c.applicationReceipt },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitApplication(ctx(request), request.body)),
  );
  app.get(
    '/api/public/notary/meta',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '公证事项、所需材料、收费、状态与法定情形',
        response: {
          200: z.object({
            matterTypes: z.array(
              z.object({
                code: z.string(),
                label: z.string(),
                materials: z.array(z.string()),
                inPerson: z.boolean(),
                feeYuan: z.number(),
              }),
            ),
            states: z.record(z.string(), z.string()),
            refusalGrounds: z.record(z.string(), z.string()),
            terminationGrounds: z.record(z.string(), z.string()),
          }),
        },
      },
    },
    async (request) => ({
      matterTypes: Object.entries(MATTER_TYPES).map(([code, m]) => ({
        code,
        label: m.label[request.locale],
        materials: [...m.materials],
        inPerson: m.inPerson,
        feeYuan: FEE_TABLE_YUAN[code as keyof typeof FEE_TABLE_YUAN],
      })),
      states: labels(STATES, request.locale),
      refusalGrounds: REFUSAL_GROUNDS,
      terminationGrounds: TERMINATION_GROUNDS,
    }),
  );
  app.get(
    '/api/public/notary/certificates/verify',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '按编号查验公证书真伪与效力',
        querystring: c.numberQuery,
        response: { 200: c.publicVerification },
      },
    },
    async (request) => verifyNumber(ctx(request), request.query.number),
  );
  app.post(
    '/api/public/notary/certificates/verify-file',
    {
      config: { public: true },
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags: publicTags,
        summary: '上传公证书文件，核对是否与出具的文件完全一致',
        body: c.verifyFileBody,
        response: { 200: c.verifyFileResult },
      },
    },
    async (request) => verifyFile(ctx(request), request.body),
  );
  app.get(
    '/api/public/notary/certificates/bundle',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '离线证明包：账本条目、包含性证明、已签名树头和公钥',
        querystring: c.numberQuery,
        response: { 200: c.proofBundle },
      },
    },
    async (request) => proofBundle(ctx(request), app.sifa.ledgerSigner, request.query.number),
  );

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
        summary: '案件详情',
        params: c.caseIdParams,
        response: { 200: c.caseDetail },
      },
    },
    async (request) => getCase(ctx(request), request.params.id),
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
  app.get(
    '/api/notarization/statistics',
    {
      schema: {
        tags,
        summary: '统计：按公证事项和月份',
        querystring: c.statisticsQuery,
        response: { 200: c.statistics },
      },
    },
    async (request) => officeStatistics(ctx(request), request.query.year, request.query.officeCode),
  );
  app.get(
    '/api/notarization/statistics/export.xlsx',
    { schema: { tags, summary: '导出统计 Excel', querystring: c.statisticsQuery } },
    async (request, reply) => {
      const { rows } = await officeStatistics(
        ctx(request),
        request.query.year,
        request.query.officeCode,
      );
      type Row = (typeof rows)[number];
      const columns = [
        { header: '月份', value: (r: Row) => r.month },
        { header: '公证事项', value: (r: Row) => r.matterLabel },
        { header: '申请数', value: (r: Row) => r.applied },
        { header: '出证数', value: (r: Row) => r.issued },
        { header: '不予办理数', value: (r: Row) => r.refused },
        { header: '收费（元）', value: (r: Row) => r.feesYuan },
      ];
      return sendXlsx(
        reply,
        `notarization-${request.query.year}.xlsx`,
        'statistics',
        columns,
        rows,
      );
    },
  );
};
