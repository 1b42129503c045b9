// Routes of the term base: public list and term pages; administrators add terms and relate
// them as synonyms or related terms.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../../platform/http/pagination.js';
import { contextOf } from '../../../platform/http/session-plugin.js';
import * as c from '../contract.js';
import { addRelation, addTerm, removeRelation } from '../use-cases/term-relations.js';
import { listTerms, termDetail } from '../use-cases/terms.js';
import { readScope } from './scope.js';

const publicTags = ['knowledge (public)'];
const tags = ['knowledge'];

export const termRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/knowledge/terms',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '词库：按词条检索，附使用和定义次数',
        querystring: c.termListQuery,
        response: { 200: pageOf(c.termSummary) },
      },
    },
    async (request) => listTerms(contextOf(app, request).db, request.query),
  );
  app.get(
    '/api/knowledge/terms/:term',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '词条：定义、同义词和相关词、使用该词的条文',
        params: c.termParam,
        response: { 200: c.termDetail },
      },
    },
    async (request) => {
      const ctx = contextOf(app, request);
      return termDetail(ctx.db, request.params.term, readScope(ctx));
    },
  );
  app.post(
    '/api/knowledge/terms',
    {
      schema: {
        tags,
        summary: '新增词条',
        body: z.object({ term: z.string().trim().min(2).max(30) }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addTerm(contextOf(app, request), request.body.term)),
  );
  app.post(
    '/api/knowledge/terms/:term/relations',
    {
      schema: {
        tags,
        summary: '新增同义词或相关词（相关词不在词库中时一并新增）',
        params: c.termParam,
        body: c.relationBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addRelation(contextOf(app, request), request.params.term, request.body)),
  );
  app.delete(
    '/api/knowledge/term-relations/:id',
    {
      schema: {
        tags,
        summary: '删除同义词或相关词关系',
        params: c.idParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeRelation(contextOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
