// Builds the Fastify app: kernel plugins, the kernel's routes, every module's routes, the
// OpenAPI document and, when built, the web UI on the same port.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { modules } from '../modules/index.js';
import { auditRoutes } from '../platform/audit/routes.js';
import { authRoutes } from '../platform/auth/routes.js';
import type { Config } from '../platform/config/index.js';
import type { DataCipher } from '../platform/crypto/index.js';
import type { NoteSigner } from '../platform/ledger/checkpoint.js';
import { ledgerRoutes } from '../platform/ledger/routes.js';
import type { Database } from '../platform/db/index.js';
import { handleError, handleNotFound } from '../platform/http/errors.js';
import { sessionPlugin } from '../platform/http/session-plugin.js';
import { notifyRoutes } from '../platform/notify/routes.js';
import { regionRoutes } from '../platform/regions/routes.js';
import { fromRoot } from '../platform/paths.js';
import { version } from '../platform/version.js';
import { healthRoutes } from './health.js';
import { clockRoutes } from '../platform/workflow/clock-routes.js';
import { loggerOptions } from './logger.js';

z.config(z.locales.zhCN());

export interface AppOptions {
  config: Config;
  database: Database;
  cipher: DataCipher;
  ledgerSigner: NoteSigner;
  /** Serve web/dist when it exists (production); tests and the dev server leave it out. */
  serveWeb?: boolean;
  /** The built UI to serve; web/dist by default. */
  webDist?: string;
  /** Where log lines go (stdout by default); tests read them from here. */
  logStream?: NodeJS.WritableStream;
}

export async function buildApp({
  config,
  database,
  cipher,
  ledgerSigner,
  serveWeb = false,
  webDist = fromRoot('web/dist'),
  logStream,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config, logStream),
    bodyLimit: config.SIFA_BODY_LIMIT_BYTES,
    trustProxy: config.SIFA_TRUST_PROXY,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('sifa', { config, database, cipher, ledgerSigner });
  // Every API route, so that tests can check each one is described in the OpenAPI document.
  const apiRoutes: string[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    const hidden = (route.schema as { hide?: boolean } | undefined)?.hide;
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs') || hidden) return;
    for (const method of [route.method].flat())
      if (method !== 'HEAD') apiRoutes.push(`${method} ${route.url}`);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Sifa 司法行政综合平台 API',
        version: version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sifa_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(sessionPlugin);

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(auditRoutes);
  await app.register(regionRoutes);
  await app.register(notifyRoutes);
  await app.register(ledgerRoutes);
  if (config.SIFA_CLOCK_CONTROL) await app.register(clockRoutes);
  for (const module of modules) await app.register(module.routes);

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  if (serveWeb && existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
    // The UI routes in the browser: any unknown GET outside /api gets index.html.
    app.setNotFoundHandler((request, reply) => {
      // Pages of the UI get index.html; a missing file (a path with an extension) stays a 404.
      const path = request.url.split('?')[0] ?? '';
      if (request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
        return reply.type('text/html').sendFile('index.html');
      }
      return handleNotFound(request, reply);
    });
  } else {
    app.setNotFoundHandler(handleNotFound);
  }
  return app;
}
