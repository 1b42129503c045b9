// Staff routes for the office's own data: its notaries (for the pickers) and their relatives
// (公证法 Art. 23), fee payments and refunds of a case, and the statistics with their export.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendXlsx } from '../../platform/http/excel.js';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract.js';
import { getCase } from './use-cases/get-case.js';
import { recordPayment, recordRefund } from './use-cases/fees.js';
import { listNotaries } from './use-cases/notaries.js';
import { addRelative, getRelatives, removeRelative } from './use-cases/relatives.js';
import { officeStatistics } from './use-cases/statistics.js';

const tags = ['notarization'];

export const officeRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  app.get(
    '/api/notarization/notaries',
    {
      schema: {
        tags,
        summary: '本公证处的公证员（指派与复查的选择；给出案件时标明应回避者）',
        querystring: c.notaryListQuery,
        response: { 200: c.notaryList },
      },
    },
    async (request) => listNotaries(ctx(request), request.query),
  );
  app.get(
    '/api/notarization/notaries/:userId/relatives',
    {
      schema: {
        tags,
        summary: '公证员的近亲属（身份证号码脱敏）',
        params: c.notaryParams,
        response: { 200: c.relativesView },
      },
    },
    async (request) => getRelatives(ctx(request), request.params.userId),
  );
  app.post(
    '/api/notarization/notaries/:userId/relatives',
    {
      schema: {
        tags,
        summary: '登记公证员的近亲属（公证法第二十三条回避）',
        params: c.notaryParams,
        body: c.relativeBody,
        response: { 200: c.relativesView },
      },
    },
    async (request) => addRelative(ctx(request), request.params.userId, request.body),
  );
  app.delete(
    '/api/notarization/notaries/:userId/relatives/:relativeId',
    {
      schema: {
        tags,
        summary: '删除公证员的近亲属记录',
        params: c.relativeParams,
        response: { 200: c.relativesView },
      },
    },
    async (request) =>
      removeRelative(ctx(request), request.params.userId, request.params.relativeId),
  );
  app.post(
    '/api/notarization/cases/:id/payments',
    {
      schema: {
        tags,
        summary: '登记收费（金额、方式、收据号、日期）',
        params: c.caseIdParams,
        body: c.paymentBody,
        response: { 200: c.caseDetail },
      },
    },
    async (request) => {
      await recordPayment(ctx(request), request.params.id, request.body);
      return getCase(ctx(request), request.params.id);
    },
  );
  app.post(
    '/api/notarization/cases/:id/refunds',
    {
      schema: {
        tags,
        summary: '登记退费（按收费规则与责任方确定的可退范围）',
        params: c.caseIdParams,
        body: c.refundBody,
        response: { 200: c.caseDetail },
      },
    },
    async (request) => {
      await recordRefund(ctx(request), request.params.id, request.body);
      return getCase(ctx(request), request.params.id);
    },
  );
  app.get(
    '/api/notarization/statistics',
    {
      schema: {
        tags,
        summary: '统计：按公证事项和月份',
        querystring: c.statisticsQuery,
        response: { 200: c.statistics },
      },
    },
    async (request) => officeStatistics(ctx(request), request.query.year, request.query.officeCode),
  );
  app.get(
    '/api/notarization/statistics/export.xlsx',
    { schema: { tags, summary: '导出统计 Excel', querystring: c.statisticsQuery } },
    async (request, reply) => {
      const { rows } = await officeStatistics(
        ctx(request),
        request.query.year,
        request.query.officeCode,
      );
      type Row = (typeof rows)[number];
      const columns = [
        { header: '月份', value: (r: Row) => r.month },
        { header: '公证事项', value: (r: Row) => r.matterLabel },
        { header: '申请数', value: (r: Row) => r.applied },
        { header: '出证数', value: (r: Row) => r.issued },
        { header: '不予办理数', value: (r: Row) => r.refused },
        { header: '出证应收（元）', value: (r: Row) => r.feesYuan },
        { header: '实收（元）', value: (r: Row) => r.paidYuan },
        { header: '退费（元）', value: (r: Row) => r.refundedYuan },
      ];
      return sendXlsx(
        reply,
        `notarization-${request.query.year}.xlsx`,
        'statistics',
        columns,
        rows,
      );
    },
  );
};
