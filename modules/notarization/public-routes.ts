// Public routes of the notarization module (no login, never personal data): apply online, the
// meta the forms need, certificate verification and the offline bundle, the notice of
// revocations, and the applicant's progress by tracking code.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../platform/http/pagination.js';
import { contextOf } from '../../platform/http/session-plugin.js';
import * as c from './contract.js';
import { STATES } from './domain/case-type.js';
import { FAULTS, PAYMENT_METHODS } from './domain/fees.js';
import { REFUSAL_GROUNDS, REVOCATION_GROUNDS, TERMINATION_GROUNDS } from './domain/grounds.js';
import { FEE_TABLE_YUAN, MATTER_TYPES } from './domain/matters.js';
import { RELATIONS } from './domain/offices.js';
import { REQUESTER_KINDS } from './domain/re-examination.js';
import { submitApplication } from './use-cases/create-case.js';
import { listRevocations } from './use-cases/revocations.js';
import { trackCase } from './use-cases/track-case.js';
import { proofBundle, verifyFile, verifyNumber } from './use-cases/verify-certificate.js';

const UPLOAD_LIMIT = 30 * 1024 * 1024;
const publicTags = ['notarization (public)'];
const table = z.record(z.string(), z.string());

type Locale = 'zh-CN' | 'en';
const labels = (entries: Record<string, { 'zh-CN': string; en: string }>, locale: Locale) =>
  Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, v[locale]]));

export const publicRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: Parameters<typeof contextOf>[1]) => contextOf(app, request);

  app.post(
    '/api/public/notary/applications',
    {
      config: { public: true },
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags: publicTags,
        summary: '网上申请公证',
        body: c.applicationBody,
        response: { 201: c.applicationReceipt },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitApplication(ctx(request), request.body)),
  );
  app.get(
    '/api/public/notary/meta',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '公证事项、所需材料、收费、状态与法定情形',
        response: {
          200: z.object({
            matterTypes: z.array(
              z.object({
                code: z.string(),
                label: z.string(),
                materials: z.array(z.string()),
                inPerson: z.boolean(),
                feeYuan: z.number(),
              }),
            ),
            states: table,
            refusalGrounds: table,
            terminationGrounds: table,
            revocationGrounds: table,
            requesterKinds: table,
            relations: table,
            paymentMethods: table,
            faults: table,
          }),
        },
      },
    },
    async (request) => ({
      matterTypes: Object.entries(MATTER_TYPES).map(([code, m]) => ({
        code,
        label: m.label[request.locale],
        materials: [...m.materials],
        inPerson: m.inPerson,
        feeYuan: FEE_TABLE_YUAN[code as keyof typeof FEE_TABLE_YUAN],
      })),
      states: labels(
        Object.fromEntries(Object.entries(STATES).map(([k, v]) => [k, v.label])),
        request.locale,
      ),
      refusalGrounds: REFUSAL_GROUNDS,
      terminationGrounds: TERMINATION_GROUNDS,
      revocationGrounds: REVOCATION_GROUNDS,
      requesterKinds: Object.fromEntries(
        Object.entries(REQUESTER_KINDS).map(([k, v]) => [k, `${v.label}（自${v.known}起计算）`]),
      ),
      relations: RELATIONS,
      paymentMethods: labels(PAYMENT_METHODS, request.locale),
      faults: labels(FAULTS, request.locale),
    }),
  );
  app.get(
    '/api/public/notary/certificates/verify',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '按编号查验公证书真伪与效力',
        querystring: c.numberQuery,
        response: { 200: c.publicVerification },
      },
    },
    async (request) => verifyNumber(ctx(request), request.query.number),
  );
  app.post(
    '/api/public/notary/certificates/verify-file',
    {
      config: { public: true },
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags: publicTags,
        summary: '上传公证书文件，核对是否与出具的文件完全一致',
        body: c.verifyFileBody,
        response: { 200: c.verifyFileResult },
      },
    },
    async (request) => verifyFile(ctx(request), request.body),
  );
  app.get(
    '/api/public/notary/certificates/bundle',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '离线证明包：账本条目、包含性证明、已签名树头和公钥',
        querystring: c.numberQuery,
        response: { 200: c.proofBundle },
      },
    },
    async (request) => proofBundle(ctx(request), app.sifa.ledgerSigner, request.query.number),
  );

  app.get(
    '/api/public/notary/revocations',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '公证书撤销公告（编号、公证处、撤销日期、撤销情形）',
        querystring: c.revocationsQuery,
        response: { 200: pageOf(c.revocationItem) },
      },
    },
    async (request) => listRevocations(ctx(request), request.query),
  );
  app.post(
    '/api/public/notary/track',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '凭受理编号和查询码查询办理进度',
        body: c.trackBody,
        response: { 200: c.trackView },
      },
    },
    async (request) => trackCase(ctx(request), request.body.caseNumber, request.body.trackingCode),
  );
};
