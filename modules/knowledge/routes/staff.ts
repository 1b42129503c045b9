// Staff routes of the graph: the citations the library could not place, and the impact alerts
// raised when a new version changed articles other documents cite.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf, pageQuery } from '../../../platform/http/pagination.js';
import { contextOf } from '../../../platform/http/session-plugin.js';
import { z } from 'zod';
import * as c from '../contract.js';
import { impactAlert, impactAlertList, unresolvedCitations } from '../use-cases/staff-views.js';

const tags = ['knowledge'];

export const staffRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/knowledge/citations/unresolved',
    {
      schema: {
        tags,
        summary: '未能对应到法规库的引用',
        querystring: c.unresolvedQuery,
        response: { 200: pageOf(c.unresolvedCitation) },
      },
    },
    async (request) => unresolvedCitations(contextOf(app, request), request.query),
  );
  app.get(
    '/api/knowledge/impact-alerts',
    {
      schema: {
        tags,
        summary: '影响提示：新版本修改了被其他文件引用的条文',
        querystring: pageQuery.extend({ workKey: z.string().trim().max(200).optional() }),
        response: { 200: pageOf(c.impactAlertSummary) },
      },
    },
    async (request) => impactAlertList(contextOf(app, request), request.query),
  );
  app.get(
    '/api/knowledge/impact-alerts/:id',
    {
      schema: {
        tags,
        summary: '影响提示详情：引用了被修改条文的文件和条文',
        params: c.idParam,
        response: { 200: c.impactAlertDetail },
      },
    },
    async (request) => impactAlert(contextOf(app, request), request.params.id),
  );
};
