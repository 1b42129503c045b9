// Routes of the centre's pool and oversight: lawyers and firms with their figures, duty-lawyer
// stations, rosters and consultations, statistics and their Excel export.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../platform/http/excel.js';
import { pageOf } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as p from './contract-pool.js';
import {
  createStation,
  getRoster,
  listConsultations,
  listStations,
  recordConsultation,
  setRoster,
} from './use-cases/duty.js';
import { createLawyer, firms, listLawyers, updateLawyer } from './use-cases/lawyers.js';
import { statistics } from './use-cases/statistics.js';

const tags = ['legal-aid'];

export const poolRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  app.get(
    '/api/legal-aid/lawyers',
    {
      schema: {
        tags,
        summary: '律师库（含承办量、质量评分、满意度）',
        querystring: p.lawyerListQuery,
        response: { 200: pageOf(p.lawyerView) },
      },
    },
    async (request) => listLawyers(ctx(request), request.query),
  );
  app.post(
    '/api/legal-aid/lawyers',
    {
      schema: {
        tags,
        summary: '登记法律援助人员',
        body: p.lawyerBody,
        response: { 201: p.lawyerView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createLawyer(ctx(request), request.body)),
  );
  app.post(
    '/api/legal-aid/lawyers/:id',
    {
      schema: {
        tags,
        summary: '修改法律援助人员（停止/恢复承办、专长、所在机构）',
        params: z.strictObject({ id: z.uuid() }),
        body: p.lawyerPatch,
        response: { 200: p.lawyerView },
      },
    },
    async (request) => updateLawyer(ctx(request), request.params.id, request.body),
  );
  app.get(
    '/api/legal-aid/firms',
    {
      schema: {
        tags,
        summary: '承办机构（律师事务所、法律服务所）统计',
        response: { 200: z.object({ items: z.array(p.firmView) }) },
      },
    },
    async (request) => ({ items: await firms(ctx(request)) }),
  );

  app.get(
    '/api/legal-aid/duty/stations',
    {
      schema: {
        tags,
        summary: '值班律师工作站',
        response: { 200: z.object({ items: z.array(p.stationView) }) },
      },
    },
    async (request) => ({ items: await listStations(ctx(request)) }),
  );
  app.post(
    '/api/legal-aid/duty/stations',
    {
      schema: {
        tags,
        summary: '设立值班律师工作站',
        body: p.stationBody,
        response: { 201: p.stationView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createStation(ctx(request), request.body)),
  );
  app.get(
    '/api/legal-aid/duty/roster',
    {
      schema: {
        tags,
        summary: '一周值班表',
        querystring: p.rosterQuery,
        response: { 200: p.rosterView },
      },
    },
    async (request) => getRoster(ctx(request), request.query.stationId, request.query.weekStart),
  );
  app.put(
    '/api/legal-aid/duty/roster',
    {
      schema: {
        tags,
        summary: '排定一周值班表',
        body: p.rosterBody,
        response: { 200: p.rosterView },
      },
    },
    async (request) => setRoster(ctx(request), request.body),
  );
  app.get(
    '/api/legal-aid/duty/consultations',
    {
      schema: {
        tags,
        summary: '值班律师法律帮助记录',
        querystring: p.consultationQuery,
        response: { 200: pageOf(p.consultationView) },
      },
    },
    async (request) => listConsultations(ctx(request), request.query),
  );
  app.post(
    '/api/legal-aid/duty/consultations',
    {
      schema: {
        tags,
        summary: '登记值班律师法律帮助',
        body: p.consultationBody,
        response: { 201: p.consultationView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordConsultation(ctx(request), request.body)),
  );

  app.get(
    '/api/legal-aid/statistics',
    {
      schema: {
        tags,
        summary: '统计：按月份的申请、决定、指派、结案、补贴与值班咨询',
        querystring: p.statisticsQuery,
        response: { 200: p.statistics },
      },
    },
    async (request) => statistics(ctx(request), request.query.year),
  );
  app.get(
    '/api/legal-aid/statistics/export.xlsx',
    { schema: { tags, summary: '导出统计 Excel', querystring: p.statisticsQuery } },
    async (request, reply) => {
      const { rows } = await statistics(ctx(request), request.query.year);
      type Row = (typeof rows)[number];
      const columns: { header: string; value: (r: Row) => string | number }[] = [
        { header: '月份', value: (r) => r.month },
        { header: '申请数', value: (r) => r.applications },
        { header: '通知辩护数', value: (r) => r.notices },
        { header: '决定给予', value: (r) => r.granted },
        { header: '决定不予', value: (r) => r.refused },
        { header: '指派', value: (r) => r.assigned },
        { header: '结案', value: (r) => r.closed },
        { header: '终止', value: (r) => r.terminated },
        { header: '补贴（元）', value: (r) => r.subsidyYuan },
        { header: '值班律师法律帮助', value: (r) => r.consultations },
      ];
      return sendXlsx(reply, `legal-aid-${request.query.year}.xlsx`, 'statistics', columns, rows);
    },
  );
};
