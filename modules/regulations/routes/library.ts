// Routes of the law library: public reading (no login), the staff view, and the administrator's
// import (upload of .md files, then the run's progress).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../../platform/auth/permissions.js';
import { AppError } from '../../../platform/errors/index.js';
import { requireActor } from '../../../platform/http/context.js';
import { pageOf } from '../../../platform/http/pagination.js';
import { contextOf } from '../../../platform/http/session-plugin.js';
import * as c from '../contract.js';
import { LEVELS, LAW_LEVELS } from '../domain/levels.js';
import { RegulationsPermissions } from '../domain/permissions.js';
import { articleLabel } from '../domain/numerals.js';
import { VERSION_STATUSES } from '../domain/status.js';
import {
  articleInForce,
  getVersion,
  libraryFacets,
  listDocuments,
  versionInForce,
  versionsOfWork,
} from '../use-cases/library.js';
import { getImportRun, listImportRuns, startUploadImport } from '../use-cases/upload-import.js';

const tags = ['regulations'];
/** JSON of the whole corpus is about 30 MB; the body may carry a bit more than the files. */
const UPLOAD_BODY_LIMIT = c.UPLOAD_MAX_BYTES + 8 * 1024 * 1024;

export const libraryRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);
  const pub = { config: { public: true } } as const;

  app.get(
    '/api/regulations/meta',
    {
      ...pub,
      schema: {
        tags,
        summary: '效力级别与效力状态（中文名称）',
        response: {
          200: z.object({
            levels: z.array(z.object({ code: z.string(), label: z.string() })),
            statuses: z.record(z.string(), z.string()),
          }),
        },
      },
    },
    async (request) => ({
      levels: LAW_LEVELS.map((code) => ({ code, label: LEVELS[code].label[request.locale] })),
      statuses: Object.fromEntries(
        Object.entries(VERSION_STATUSES).map(([k, v]) => [k, v[request.locale]]),
      ),
    }),
  );

  app.get(
    '/api/regulations/documents',
    {
      ...pub,
      schema: {
        tags,
        summary: '浏览法规库（按效力级别、状态、制定机关、年份筛选）',
        querystring: c.documentListQuery,
        response: { 200: pageOf(c.versionSummary) },
      },
    },
    async (request) => listDocuments(ctx(request).db, request.query, { publishedOnly: true }),
  );

  app.get(
    '/api/regulations/facets',
    {
      ...pub,
      schema: { tags, summary: '筛选项及其文件数', response: { 200: c.libraryFacets } },
    },
    async (request) => libraryFacets(ctx(request).db, { publishedOnly: true }),
  );

  app.get(
    '/api/regulations/works/:workKey/versions',
    {
      ...pub,
      schema: {
        tags,
        summary: '一部法规的各个版本及其效力状态',
        params: c.workParams,
        response: { 200: z.array(c.versionSummary) },
      },
    },
    async (request) => {
      const all = await versionsOfWork(ctx(request).db, request.params.workKey);
      const published = all.filter((v) => v.published);
      if (published.length === 0) {
        throw new AppError('REGULATIONS_WORK_NOT_FOUND', { key: request.params.workKey });
      }
      return published;
    },
  );

  app.get(
    '/api/regulations/works/:workKey/in-force',
    {
      ...pub,
      schema: {
        tags,
        summary: '某日有效的文本（默认今天）',
        params: c.workParams,
        querystring: c.dateQuery,
        response: { 200: c.versionSummary },
      },
    },
    async (request) => {
      const { workKey } = request.params;
      const found = await versionInForce(ctx(request).db, workKey, request.query.date);
      if (!found) {
        throw new AppError('REGULATIONS_VERSION_NOT_FOUND', {
          key: `${workKey}${request.query.date ? ` (${request.query.date})` : ''}`,
        });
      }
      return found;
    },
  );

  app.get(
    '/api/regulations/works/:workKey/article',
    {
      ...pub,
      schema: {
        tags,
        summary: '某日有效文本中的某一条（如 article=62 或 第六十二条）',
        params: c.workParams,
        querystring: c.articleInForceQuery,
        response: { 200: c.articleInForceReply },
      },
    },
    async (request) => {
      const { workKey } = request.params;
      const { article, date } = request.query;
      const found = await articleInForce(ctx(request).db, workKey, article, date);
      if (!found) {
        const n = /^\d+$/.test(article) ? articleLabel(Number(article)) : article;
        throw new AppError('REGULATIONS_ARTICLE_NOT_FOUND', {
          key: workKey,
          label: n,
          date: date ?? '',
        });
      }
      return found;
    },
  );

  app.get(
    '/api/regulations/versions/:workKey/:date',
    {
      ...pub,
      schema: {
        tags,
        summary: '一个版本的全文（条文、题注、版本沿革）',
        params: c.keyParams,
        response: { 200: c.versionDetail },
      },
    },
    async (request) => {
      const key = `${request.params.workKey}/${request.params.date}`;
      const found = await getVersion(ctx(request).db, { key }, { publishedOnly: true });
      if (!found) throw new AppError('REGULATIONS_VERSION_NOT_FOUND', { key });
      return found;
    },
  );

  // ---- staff: every version, published or not ----
  app.get(
    '/api/regulations/library',
    {
      schema: {
        tags,
        summary: '法规库（工作人员，含未发布版本）',
        querystring: c.documentListQuery,
        response: { 200: pageOf(c.versionSummary) },
      },
    },
    async (request) => {
      const context = ctx(request);
      authorize(requireActor(context), RegulationsPermissions.read);
      return listDocuments(context.db, request.query);
    },
  );

  // ---- administrator: import ----
  app.post(
    '/api/regulations/imports',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags,
        summary: '上传 .md 法规文本导入法规库（后台进行，返回导入任务编号）',
        body: c.uploadBody,
        response: { 202: c.runStarted },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await startUploadImport(ctx(request), request.body)),
  );

  app.get(
    '/api/regulations/imports',
    {
      schema: {
        tags,
        summary: '最近的导入任务',
        response: { 200: z.array(c.importRun) },
      },
    },
    async (request) => listImportRuns(ctx(request)),
  );

  app.get(
    '/api/regulations/imports/:id',
    {
      schema: {
        tags,
        summary: '导入进度与报告（新增、未变、失败及原因）',
        params: c.idParam,
        response: { 200: c.importRun },
      },
    },
    async (request) => getImportRun(ctx(request), request.params.id),
  );
};
