// The library search (public, no login): GET /api/regulations/search?q=…&level=…&status=…
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/http/session-plugin.js';
import * as c from '../search-contract.js';
import { searchLibrary } from '../use-cases/search.js';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/regulations/search',
    {
      config: { public: true },
      schema: {
        tags: ['regulations (public)'],
        summary:
          '检索法规条文：条文引用（复议法 62条）、关键词与口语问题（BM25，按文件分组，引号内为精确短语）',
        querystring: c.searchQuery,
        response: { 200: c.searchResult },
      },
    },
    async (request) => searchLibrary(contextOf(app, request).db, request.query),
  );
};
