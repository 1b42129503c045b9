// Routes of committees, their members and mediators, and the 以案定补 rates.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract-committees.js';
import {
  createCommittee,
  getCommittee,
  listCommittees,
  updateCommittee,
} from './use-cases/committees.js';
import { createMediator, updateMediator } from './use-cases/mediators.js';
import { listRates, setRate } from './use-cases/subsidy-rates.js';

const tags = ['mediation committees'];

export const committeeRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  app.get(
    '/api/mediation/committees',
    {
      schema: {
        tags,
        summary: '辖区内的人民调解委员会（含委员、调解员及第八、九条检查结果）',
        response: { 200: z.object({ items: z.array(c.committeeView) }) },
      },
    },
    async (request) => listCommittees(ctx(request)),
  );
  app.post(
    '/api/mediation/committees',
    {
      schema: {
        tags,
        summary: '设立人民调解委员会',
        body: c.committeeBody,
        response: { 201: c.committeeView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCommittee(ctx(request), request.body)),
  );
  app.get(
    '/api/mediation/committees/:id',
    {
      schema: {
        tags,
        summary: '人民调解委员会详情',
        params: c.idParams,
        response: { 200: c.committeeView },
      },
    },
    async (request) => getCommittee(ctx(request), request.params.id),
  );
  app.put(
    '/api/mediation/committees/:id',
    {
      schema: {
        tags,
        summary: '修改人民调解委员会（含换届、委员）',
        params: c.idParams,
        body: c.committeeUpdateBody,
        response: { 200: c.committeeView },
      },
    },
    async (request) => updateCommittee(ctx(request), request.params.id, request.body),
  );
  app.post(
    '/api/mediation/committees/:id/mediators',
    {
      schema: {
        tags,
        summary: '聘任人民调解员',
        params: c.idParams,
        body: c.mediatorBody,
        response: { 201: c.committeeView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMediator(ctx(request), request.params.id, request.body)),
  );
  app.put(
    '/api/mediation/mediators/:id',
    {
      schema: {
        tags,
        summary: '修改人民调解员',
        params: c.idParams,
        body: c.mediatorBody,
        response: { 200: c.committeeView },
      },
    },
    async (request) => updateMediator(ctx(request), request.params.id, request.body),
  );
  app.get(
    '/api/mediation/subsidy-rates',
    { schema: { tags, summary: '以案定补标准', response: { 200: c.ratesView } } },
    async (request) => listRates(ctx(request)),
  );
  app.put(
    '/api/mediation/subsidy-rates',
    {
      schema: {
        tags,
        summary: '设定以案定补标准',
        body: c.rateBody,
        response: { 200: c.ratesView },
      },
    },
    async (request) => setRate(ctx(request), request.body),
  );
};
