// HTTP routes of the audit log: list, export to Excel, verify the hash chain.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { emptyBody } from '../auth/contract.js';
import { sendXlsx } from '../http/excel.js';
import { pageOf } from '../http/pagination.js';
import { contextOf } from '../http/session-plugin.js';
import type { Locale } from '../i18n/index.js';
import { auditEvent, auditListQuery, type AuditEventView, verifyResult } from './contract.js';
import { exportAuditEvents, listAuditEvents, verifyAuditChain } from './use-cases.js';

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['序号', '时间', '操作人', '操作', '对象类型', '对象ID', '区域', '请求ID', '详情'],
  en: [
    'Seq',
    'Time',
    'Actor',
    'Action',
    'Entity type',
    'Entity id',
    'Region',
    'Request id',
    'Details',
  ],
};
const VALUES: ((e: AuditEventView) => string | number | null)[] = [
  (e) => e.seq,
  (e) => e.occurredAt,
  (e) => e.actorName,
  (e) => e.action,
  (e) => e.entityType,
  (e) => e.entityId,
  (e) => e.regionCode,
  (e) => e.requestId,
  (e) => JSON.stringify(e.details),
];

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit/events',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志（按辖区）',
        querystring: auditListQuery,
        response: { 200: pageOf(auditEvent) },
      },
    },
    async (request) => listAuditEvents(contextOf(app, request), request.query),
  );

  app.get(
    '/api/audit/events/export.xlsx',
    {
      schema: { tags: ['audit'], summary: '导出审计日志 Excel', querystring: auditListQuery },
    },
    async (request, reply) => {
      const page = await exportAuditEvents(contextOf(app, request), request.query);
      const columns = HEADERS[request.locale].map((header, i) => ({ header, value: VALUES[i]! }));
      return sendXlsx(reply, 'audit-events.xlsx', 'audit', columns, page.items);
    },
  );

  app.post(
    '/api/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: '校验审计哈希链',
        body: emptyBody,
        response: { 200: verifyResult },
      },
    },
    async (request) => verifyAuditChain(contextOf(app, request)),
  );
};
