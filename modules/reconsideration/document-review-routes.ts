// Routes of 附带审查 requests (行政复议法 Art. 13, 56): send one to the filing review of module
// regulations, and list those of a case.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../platform/http/session-plugin.js';
import { caseIdParams } from './contract.js';
import {
  documentReviewsOfCase,
  requestDocumentReview,
} from './use-cases/request-document-review.js';

const tags = ['reconsideration'];

const reviewItem = z.object({
  id: z.string(),
  caseNumber: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  subjectCaseNumber: z.string().nullable(),
  outcome: z.string().nullable(),
});

export const documentReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  app.post(
    '/api/reconsideration/cases/:id/document-review',
    {
      schema: {
        tags,
        summary: '提请附带审查规范性文件（第十三条、第五十六条）',
        params: caseIdParams,
        body: z.strictObject({
          /** Defaults to the document the application named. */
          document: z.string().trim().min(1).max(300).optional(),
          reason: z.string().trim().min(1).max(2000).optional(),
        }),
        response: { 201: reviewItem },
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
        response: { 200: z.array(reviewItem) },
      },
    },
    async (request) => documentReviewsOfCase(ctx(request), request.params.id),
  );
};
