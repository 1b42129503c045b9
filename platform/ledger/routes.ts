// The public face of the ledger: anyone may fetch the latest signed checkpoint of a log, the
// public key, and inclusion and consistency proofs, and check them without trusting the server.
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, defineErrors } from '../errors/index.js';
import { latestCheckpoint, proveConsistency, proveInclusion } from './log.js';
import { heads } from './schema.js';

export const LedgerErrors = defineErrors({
  LEDGER_NOT_FOUND: {
    status: 404,
    'zh-CN': '账本“{log}”不存在或尚无已签名的树头',
    en: 'Ledger "{log}" does not exist or has no signed checkpoint',
  },
  LEDGER_PROOF_OUT_OF_RANGE: {
    status: 400,
    'zh-CN': '证明范围无效：{reason}',
    en: 'Invalid proof range: {reason}',
  },
});

const logParams = z.strictObject({
  log: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, '账本名称格式不正确'),
});
const proof = z.object({ size: z.number(), proof: z.array(z.string()) });
const tags = ['ledger (public)'];

export const ledgerRoutes: FastifyPluginAsyncZod = async (app) => {
  const signed = async (log: string) => {
    const checkpoint = await latestCheckpoint(app.sifa.database.db, log);
    if (!checkpoint) throw new AppError('LEDGER_NOT_FOUND', { log });
    return checkpoint;
  };

  app.get(
    '/api/public/ledger/key',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '账本签名公钥',
        response: {
          200: z.object({
            name: z.string(),
            algorithm: z.string(),
            keyId: z.string(),
            publicKey: z.string(),
          }),
        },
      },
    },
    async () => {
      const { ledgerSigner: s } = app.sifa;
      return {
        name: s.name,
        algorithm: s.algorithm,
        keyId: s.keyId.toString('base64'),
        publicKey: s.publicKey.toString('base64'),
      };
    },
  );

  app.get(
    '/api/public/ledger/:log/checkpoint',
    {
      config: { public: true },
      schema: { tags, summary: '最新的已签名树头（C2SP signed note）', params: logParams },
    },
    async (request, reply) => {
      const checkpoint = await signed(request.params.log);
      return reply.type('text/plain; charset=utf-8').send(checkpoint.note);
    },
  );

  app.get(
    '/api/public/ledger/:log/inclusion',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '包含性证明',
        params: logParams,
        querystring: z.strictObject({
          index: z.coerce.number().int().min(0),
          size: z.coerce.number().int().min(1).optional(),
        }),
        response: { 200: proof },
      },
    },
    async (request) => {
      const size = request.query.size ?? (await signed(request.params.log)).size;
      if (request.query.index >= size)
        throw new AppError('LEDGER_PROOF_OUT_OF_RANGE', {
          reason: `第 ${request.query.index} 条不在大小为 ${size} 的树中`,
        });
      await assertIntegrated(request.params.log, size);
      const hashes = await proveInclusion(
        app.sifa.database.db,
        request.params.log,
        request.query.index,
        size,
      );
      return { size, proof: hashes.map((h) => h.toString('base64')) };
    },
  );

  app.get(
    '/api/public/ledger/:log/consistency',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '一致性证明',
        params: logParams,
        querystring: z.strictObject({
          from: z.coerce.number().int().min(1),
          to: z.coerce.number().int().min(1),
        }),
        response: { 200: proof },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      if (from > to)
        throw new AppError('LEDGER_PROOF_OUT_OF_RANGE', { reason: `起点 ${from} 大于终点 ${to}` });
      await assertIntegrated(request.params.log, to);
      const hashes = await proveConsistency(app.sifa.database.db, request.params.log, from, to);
      return { size: to, proof: hashes.map((h) => h.toString('base64')) };
    },
  );

  async function assertIntegrated(log: string, size: number) {
    const [head] = await app.sifa.database.db.select().from(heads).where(eq(heads.log, log));
    if (!head) throw new AppError('LEDGER_NOT_FOUND', { log });
    if (size > head.integrated)
      throw new AppError('LEDGER_PROOF_OUT_OF_RANGE', {
        reason: `树的大小最多为 ${head.integrated}`,
      });
  }
};
