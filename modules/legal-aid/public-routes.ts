// Public routes of the legal-aid module (no login): the self-check (stores nothing), the online
// application, tracking with the code, the satisfaction survey, and the lists the forms need.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract.js';
import * as pool from './contract-pool.js';
import * as v from './contract-views.js';
import { STATES } from './domain/case-type.js';
import {
  CATEGORIES,
  CIVIL_MATTERS,
  EXEMPT_GROUPS,
  MANDATORY_GROUNDS,
  NO_MEANS_TEST_GROUNDS,
} from './domain/eligibility-rules.js';
import {
  AUTHORITY_KINDS,
  CONSULTATION_KINDS,
  labelsOf,
  PROVIDER_KINDS,
  PROVISIONAL_GROUNDS,
  SERVICE_KINDS,
  SPECIALTIES,
  STATION_KINDS,
  TERMINATION_GROUNDS,
} from './domain/grounds.js';
import { SCORE_ITEMS, SURVEY_QUESTIONS } from './domain/quality.js';
import { allCentres } from './db/queries.js';
import { submitApplication } from './use-cases/create-case.js';
import { answerSurvey, getSurvey } from './use-cases/quality.js';
import { selfCheck } from './use-cases/self-check.js';
import { trackCase } from './use-cases/track-case.js';

const UPLOAD_LIMIT = 30 * 1024 * 1024;
const tags = ['legal-aid (public)'];
const labels = z.record(z.string(), z.string());

export const publicRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  app.post(
    '/api/public/legal-aid/self-check',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '我能申请法律援助吗？（自助评估，不保存任何信息）',
        body: c.selfCheckBody,
        response: { 200: v.selfCheckResult },
      },
    },
    async (request) => selfCheck(ctx(request), request.body),
  );
  app.post(
    '/api/public/legal-aid/applications',
    {
      config: { public: true },
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary: '网上申请法律援助',
        body: c.applicationBody,
        response: { 201: v.applicationReceipt },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitApplication(ctx(request), request.body)),
  );
  app.post(
    '/api/public/legal-aid/track',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '凭案件编号和查询码查询进度',
        body: c.trackBody,
        response: { 200: v.trackView },
      },
    },
    async (request) => trackCase(ctx(request), request.body.caseNumber, request.body.trackingCode),
  );
  app.get(
    '/api/public/legal-aid/surveys/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '受援人满意度评价',
        params: pool.surveyParams,
        response: { 200: pool.surveyView },
      },
    },
    async (request) => getSurvey(ctx(request), request.params.token),
  );
  app.post(
    '/api/public/legal-aid/surveys/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '提交满意度评价（一次）',
        params: pool.surveyParams,
        body: pool.surveyAnswer,
        response: { 200: pool.surveyView },
      },
    },
    async (request) => answerSurvey(ctx(request), request.params.token, request.body),
  );
  app.get(
    '/api/public/legal-aid/meta',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '事项类别、情形、法律援助中心、状态与各类代码表',
        response: {
          200: z.object({
            centres: z.array(
              z.object({ code: z.string(), name: z.string(), regionCode: z.string() }),
            ),
            categories: labels,
            civilMatters: labels,
            mandatoryGrounds: labels,
            noMeansTestGrounds: labels,
            exemptGroups: labels,
            states: labels,
            terminationGrounds: labels,
            provisionalGrounds: labels,
            authorityKinds: labels,
            providerKinds: labels,
            specialties: labels,
            serviceKinds: labels,
            consultationKinds: labels,
            stationKinds: labels,
            scoreItems: z.array(z.object({ code: z.string(), label: z.string(), max: z.number() })),
            surveyQuestions: z.array(z.object({ code: z.string(), label: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const locale = request.locale;
      const of = (table: Parameters<typeof labelsOf>[0]) => labelsOf(table, locale);
      return {
        centres: await allCentres(ctx(request).db),
        categories: of(CATEGORIES),
        civilMatters: of(CIVIL_MATTERS),
        mandatoryGrounds: of(MANDATORY_GROUNDS),
        noMeansTestGrounds: of(NO_MEANS_TEST_GROUNDS),
        exemptGroups: of(EXEMPT_GROUPS),
        states: Object.fromEntries(Object.entries(STATES).map(([k, s]) => [k, s.label[locale]])),
        terminationGrounds: of(TERMINATION_GROUNDS),
        provisionalGrounds: of(PROVISIONAL_GROUNDS),
        authorityKinds: of(AUTHORITY_KINDS),
        providerKinds: of(PROVIDER_KINDS),
        specialties: of(SPECIALTIES),
        serviceKinds: of(SERVICE_KINDS),
        consultationKinds: of(CONSULTATION_KINDS),
        stationKinds: of(STATION_KINDS),
        scoreItems: SCORE_ITEMS.map((i) => ({ code: i.code, label: i.label[locale], max: i.max })),
        surveyQuestions: SURVEY_QUESTIONS.map((q) => ({ code: q.code, label: q.label[locale] })),
      };
    },
  );
};
