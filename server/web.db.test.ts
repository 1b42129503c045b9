// The built UI is served on the API's port: pages without login, a missing file as 404,
// and the API still guarded.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../platform/config/index.js';
import { ephemeralKeys } from '../platform/testing/app.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/db.js';
import { buildApp } from './app.js';

const dist = mkdtempSync(join(tmpdir(), 'sifa-web-'));
let app: FastifyInstance;
let database: TestDatabase;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>司法行政综合平台</title><div id="root"></div>',
  );
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  database = await createTestDatabase();
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  app = await buildApp({
    config,
    database,
    ...ephemeralKeys(),
    serveWeb: true,
    webDist: dist,
  });
});
afterAll(async () => {
  await app.close();
  await database.destroy();
  rmSync(dist, { recursive: true, force: true });
});

describe('serving the UI', () => {
  it.each(['/', '/login', '/admin/audit?page=2'])(
    'GET %s gives the UI without login',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('司法行政综合平台');
    },
  );

  it('serves the assets and answers 404 for a missing one', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).statusCode).toBe(200);
    const missing = await app.inject({ method: 'GET', url: '/assets/gone.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('keeps the API guarded and its unknown routes JSON', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/users' })).json().error.code).toBe(
      'AUTH_REQUIRED',
    );
    expect((await app.inject({ method: 'GET', url: '/api/nope' })).json().error.code).toBe(
      'ROUTE_NOT_FOUND',
    );
  });
});
