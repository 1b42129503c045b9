// Routes of the everyday-words vocabulary: staff read it, the term base's administrators edit it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../../platform/http/pagination.js';
import { contextOf } from '../../../platform/http/session-plugin.js';
import {
  addVocabulary,
  deleteVocabulary,
  listVocabulary,
  updateVocabulary,
} from '../use-cases/vocabulary.js';
import * as c from '../vocabulary-contract.js';

const tags = ['knowledge'];
const idParam = z.object({ id: z.uuid('条目编号格式不正确') });

export const vocabularyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/knowledge/vocabulary',
    {
      schema: {
        tags,
        summary: '口语词表：口语说法与对应的法律用语（检索时扩展查询）',
        querystring: c.vocabularyListQuery,
        response: { 200: pageOf(c.vocabularyEntry) },
      },
    },
    async (request) => listVocabulary(contextOf(app, request), request.query),
  );
  app.post(
    '/api/knowledge/vocabulary',
    {
      schema: {
        tags,
        summary: '新增口语说法',
        body: c.vocabularyInput,
        response: { 201: c.vocabularyEntry },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addVocabulary(contextOf(app, request), request.body)),
  );
  app.patch(
    '/api/knowledge/vocabulary/:id',
    {
      schema: {
        tags,
        summary: '修改口语说法或其法律用语',
        params: idParam,
        body: c.vocabularyPatch,
        response: { 200: c.vocabularyEntry },
      },
    },
    async (request) => updateVocabulary(contextOf(app, request), request.params.id, request.body),
  );
  app.delete(
    '/api/knowledge/vocabulary/:id',
    {
      schema: { tags, summary: '删除口语说法', params: idParam, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteVocabulary(contextOf(app, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
