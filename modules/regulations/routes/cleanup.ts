// Routes of cleanup campaigns (清理): start one, list, read with its documents, decide, close.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../../platform/http/pagination.js';
import { contextOf } from '../../../platform/http/session-plugin.js';
import { idParam } from '../contract.js';
import * as c from '../domain/filing-contract.js';
import '../domain/filing-permissions.js';
import {
  closeCampaign,
  decideCleanupItem,
  getCampaign,
  listCampaigns,
  startCampaign,
} from '../use-cases/cleanup-campaigns.js';

const tags = ['regulations-cleanup'];
const BASE = '/api/regulations/cleanup-campaigns';

export const cleanupRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  app.post(
    BASE,
    {
      schema: {
        tags,
        summary: '启动清理：列出有效期届满（将满）或上位法已修改的规范性文件',
        body: c.campaignBody,
        response: { 201: z.object({ id: z.string(), total: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await startCampaign(ctx(request), request.body)),
  );

  app.get(
    BASE,
    {
      schema: {
        tags,
        summary: '清理工作（本辖区）',
        querystring: pageQuery,
        response: { 200: pageOf(c.campaignSummary) },
      },
    },
    async (request) => listCampaigns(ctx(request), request.query),
  );

  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags,
        summary: '清理工作详情：文件、清理理由与决定',
        params: idParam,
        response: { 200: c.campaignDetail },
      },
    },
    async (request) => getCampaign(ctx(request), request.params.id),
  );

  app.post(
    `${BASE}/:id/items/:itemId/decision`,
    {
      schema: {
        tags,
        summary: '清理决定：继续有效 / 修改 / 废止（须说明理由）',
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
        body: c.decisionBody,
        response: { 200: c.campaignDetail },
      },
    },
    async (request) => {
      const { id, itemId } = request.params;
      await decideCleanupItem(ctx(request), id, itemId, request.body);
      return getCampaign(ctx(request), id);
    },
  );

  app.post(
    `${BASE}/:id/close`,
    {
      schema: {
        tags,
        summary: '结束清理（全部文件已作决定）',
        params: idParam,
        response: { 200: c.campaignDetail },
      },
    },
    async (request) => {
      await closeCampaign(ctx(request), request.params.id);
      return getCampaign(ctx(request), request.params.id);
    },
  );
};
