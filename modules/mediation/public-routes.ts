// Public routes of the mediation module (no login): apply for mediation, see which committee
// would take a dispute, follow a dispute with its tracking code, and the lists the forms use.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract.js';
import { publicRoute } from './contract-committees.js';
import { STATES } from './domain/case-type.js';
import { COMMITTEE_LEVELS } from './domain/committees.js';
import { DISPUTE_TYPES } from './domain/dispute-types.js';
import {
  CHANNELS,
  FOLLOW_UP_METHODS,
  OTHER_ROUTES,
  PERFORMANCE,
  RISK_LEVELS,
  SIGNATURE_MANNERS,
  TERMINATION_GROUNDS,
} from './domain/outcomes.js';
import { submitApplication } from './use-cases/create-dispute.js';
import { publicRoute as routeFor } from './use-cases/routing.js';
import { trackCase } from './use-cases/track-case.js';

const publicTags = ['mediation (public)'];
const labelMap = z.record(z.string(), z.string());

export const publicRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  app.post(
    '/api/public/mediation/applications',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '申请人民调解',
        body: c.applicationBody,
        response: { 201: c.receipt },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitApplication(ctx(request), request.body)),
  );
  app.post(
    '/api/public/mediation/track',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '凭案件编号和查询码查询调解进度',
        body: c.trackQuery,
        response: { 200: c.trackView },
      },
    },
    async (request) => trackCase(ctx(request), request.body.caseNumber, request.body.trackingCode),
  );
  app.get(
    '/api/public/mediation/route',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '纠纷发生地的人民调解委员会',
        querystring: c.routeQuery,
        response: { 200: publicRoute },
      },
    },
    async (request) => routeFor(ctx(request), request.query.placeCode, request.query.disputeType),
  );
  app.get(
    '/api/public/mediation/meta',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '纠纷类型、状态及各项选项',
        response: {
          200: z.object({
            disputeTypes: labelMap,
            states: labelMap,
            channels: labelMap,
            otherRoutes: labelMap,
            terminationGrounds: labelMap,
            signatureManners: labelMap,
            followUpMethods: labelMap,
            performance: labelMap,
            riskLevels: labelMap,
            committeeLevels: labelMap,
          }),
        },
      },
    },
    async (request) => {
      const l = (table: Record<string, { 'zh-CN': string; en: string }>) =>
        Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[request.locale]]));
      return {
        disputeTypes: l(
          Object.fromEntries(Object.entries(DISPUTE_TYPES).map(([k, v]) => [k, v.label])),
        ),
        states: l(Object.fromEntries(Object.entries(STATES).map(([k, v]) => [k, v.label]))),
        channels: l(CHANNELS),
        otherRoutes: l(OTHER_ROUTES),
        terminationGrounds: l(TERMINATION_GROUNDS),
        signatureManners: l(SIGNATURE_MANNERS),
        followUpMethods: l(FOLLOW_UP_METHODS),
        performance: l(PERFORMANCE),
        riskLevels: l(RISK_LEVELS),
        committeeLevels: l(
          Object.fromEntries(Object.entries(COMMITTEE_LEVELS).map(([k, v]) => [k, v.label])),
        ),
      };
    },
  );
};
