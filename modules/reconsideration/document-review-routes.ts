// Routes of 附带审查 requests (行政复议法 Art. 13, 56): send one to the filing review of module
// regulations, and list those of a case.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../platform/http/session-plugin.js';
import { caseIdParams, documentReviewBody, documentReviewItem } from './contract.js';
import {
  documentReviewsOfCase,
  requestDocumentReview,
} from './use-cases/request-document-review.js';

const tags = ['reconsideration'];

export const documentReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  app.post(
    '/api/reconsideration/cases/:id/document-review',
    {
      schema: {
        tags,
        summary: '提请附带审查规范性文件（第十三条、第五十六条）',
        params: caseIdParams,
        body: documentReviewBody,
        response: { 201: documentReviewItem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestDocumentReview(ctx(request), request.params.id, request.body)),
  );

  app.get(
    '/api/reconsideration/cases/:id/document-reviews',
    {
      schema: {
        tags,
        summary: '本案提请的附带审查及其办理情况',
        params: caseIdParams,
        response: { 200: z.array(documentReviewItem) },
      },
    },
    async (request) => documentReviewsOfCase(ctx(request), request.params.id),
  );
};
