// Public routes of the unified publication portal (统一发布平台) beside the library's own reads:
// the article-by-article comparison of two versions and a normative document's filing and
// validity. No login.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../platform/errors/index.js';
import { contextOf } from '../../../platform/http/session-plugin.js';
import { idParam, workParams } from '../contract.js';
import * as c from '../domain/filing-contract.js';
import { compareVersions } from '../use-cases/portal-compare.js';
import { portalFilingOfVersion } from '../use-cases/portal-filing.js';

const tags = ['regulations-portal'];

export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);
  const pub = { config: { public: true } } as const;

  app.get(
    '/api/regulations/works/:workKey/compare',
    {
      ...pub,
      schema: {
        tags,
        summary: '版本对照：两个版本逐条比较（修改、新增、删除）',
        params: workParams,
        querystring: c.compareQuery,
        response: { 200: c.compareReply },
      },
    },
    async (request) =>
      compareVersions(
        ctx(request).db,
        request.params.workKey,
        request.query.from,
        request.query.to,
      ),
  );

  app.get(
    '/api/regulations/portal/versions/:id/filing',
    {
      ...pub,
      schema: {
        tags,
        summary: '规范性文件的备案与有效期（公开信息）',
        params: idParam,
        response: { 200: c.portalFiling },
      },
    },
    async (request) => {
      const found = await portalFilingOfVersion(ctx(request).db, request.params.id, request.locale);
      if (!found) throw new AppError('REGULATIONS_FILING_NOT_FOUND');
      return found;
    },
  );
};
