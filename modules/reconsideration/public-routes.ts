// Public routes of the reconsideration module (no login): apply online, follow a case with its
// tracking code, supply 补正 materials, read published decisions.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract.js';
import { STATES } from './domain/case-type.js';
import { OUTCOMES, OUTCOME_TYPES, SUSPENSION_GROUNDS } from './domain/outcomes.js';
import { getPublication, searchPublications } from './use-cases/search-publications.js';
import { submitApplication } from './use-cases/submit-application.js';
import { supplyByApplicant } from './use-cases/supply-correction.js';
import { trackCase } from './use-cases/track-case.js';

const UPLOAD_LIMIT = 30 * 1024 * 1024;
const publicTags = ['reconsideration (public)'];

const publicationItem = z.object({
  caseId: z.string(),
  title: z.string(),
  respondentName: z.string(),
  outcome: z.string(),
  outcomeLabel: z.string(),
  year: z.number(),
  publishedAt: z.string().nullable(),
});

export const publicRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  app.post(
    '/api/public/reconsideration/applications',
    {
      config: { public: true },
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags: publicTags,
        summary: '网上申请行政复议',
        body: c.applicationBody,
        response: { 201: c.applicationReceipt },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitApplication(ctx(request), request.body)),
  );
  app.post(
    '/api/public/reconsideration/track',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '凭案件编号和查询码查询进度',
        body: c.trackQuery,
        response: { 200: c.trackView },
      },
    },
    async (request) => trackCase(ctx(request), request.body.caseNumber, request.body.trackingCode),
  );
  app.post(
    '/api/public/reconsideration/supply',
    {
      config: { public: true },
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags: publicTags,
        summary: '申请人上传补正材料',
        body: c.publicSupplyBody,
        response: { 200: c.trackView },
      },
    },
    async (request) => {
      await supplyByApplicant(ctx(request), request.body);
      return trackCase(ctx(request), request.body.caseNumber, request.body.trackingCode);
    },
  );
  app.get(
    '/api/public/reconsideration/decisions',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '公开的复议决定',
        querystring: z.strictObject({
          ...pageQuery.shape,
          respondent: z.string().max(100).optional(),
          outcome: z.enum(OUTCOME_TYPES).optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          q: z.string().max(100).optional(),
        }),
        response: { 200: pageOf(publicationItem) },
      },
    },
    async (request) => searchPublications(ctx(request), request.query),
  );
  app.get(
    '/api/public/reconsideration/decisions/:id',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '公开的复议决定全文',
        params: c.caseIdParams,
        response: { 200: publicationItem.extend({ redactedText: z.string() }) },
      },
    },
    async (request) => getPublication(ctx(request), request.params.id),
  );
  app.get(
    '/api/public/reconsideration/meta',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '状态、决定类型、中止情形',
        response: {
          200: z.object({
            states: z.record(z.string(), z.string()),
            outcomes: z.record(z.string(), z.string()),
            suspensionGrounds: z.record(z.string(), z.string()),
          }),
        },
      },
    },
    async (request) => ({
      states: Object.fromEntries(
        Object.entries(STATES).map(([k, v]) => [k, v.label[request.locale]]),
      ),
      outcomes: Object.fromEntries(
        Object.entries(OUTCOMES).map(([k, v]) => [k, v.label[request.locale]]),
      ),
      suspensionGrounds: SUSPENSION_GROUNDS,
    }),
  );
};
