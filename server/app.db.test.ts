// Bad input never gets a 500 and never half-writes; the API describes itself.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../platform/db/index.js';
import {
  createTestApp,
  loginAs,
  seedTestAccounts,
  type Session,
  type TestApp,
} from '../platform/testing/app.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp({ SIFA_BODY_LIMIT_BYTES: '2048' });
  await seedTestAccounts(t);
  admin = await loginAs(t.app, 'admin');
});
afterAll(() => t.close());

const json = { 'content-type': 'application/json' };

describe('bad input gets a 4xx with a stable code and a Chinese message', () => {
  it.each([
    [
      'malformed JSON',
      { method: 'POST', url: '/api/users', headers: json, payload: '{"username": ' },
      400,
      'MALFORMED_JSON',
    ],
    [
      'an empty JSON body',
      { method: 'POST', url: '/api/users', headers: json, payload: '' },
      400,
      'EMPTY_BODY',
    ],
    [
      'a body over the limit',
      {
        method: 'POST',
        url: '/api/users',
        headers: json,
        payload: JSON.stringify({ username: 'x'.repeat(4000) }),
      },
      413,
      'BODY_TOO_LARGE',
    ],
    [
      'a body that is not JSON',
      {
        method: 'POST',
        url: '/api/users',
        headers: { 'content-type': 'text/xml' },
        payload: '<user/>',
      },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'wrong types',
      {
        method: 'POST',
        url: '/api/users',
        payload: { username: 42, displayName: [], role: 'admin', organizationId: 'x', password: 1 },
      },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'unknown fields',
      {
        method: 'POST',
        url: '/api/users',
        payload: {
          username: 'abc',
          displayName: '甲',
          role: 'admin',
          organizationId: '00000000-0000-4000-8000-000000000000',
          password: 'Password-123',
          isRoot: true,
        },
      },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a query parameter out of range',
      { method: 'GET', url: '/api/users?pageSize=5000' },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an unknown query parameter',
      { method: 'GET', url: '/api/users?drop=1' },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a malformed id in the path',
      { method: 'POST', url: '/api/users/not-a-uuid/disable', payload: {} },
      400,
      'VALIDATION_FAILED',
    ],
    ['an unknown route', { method: 'GET', url: '/api/nothing-here' }, 404, 'ROUTE_NOT_FOUND'],
    [
      'an unknown method on a route',
      { method: 'DELETE', url: '/api/users' },
      404,
      'ROUTE_NOT_FOUND',
    ],
    [
      'an unknown user',
      {
        method: 'POST',
        url: '/api/users/00000000-0000-4000-8000-000000000000/disable',
        payload: {},
      },
      404,
      'USER_NOT_FOUND',
    ],
    [
      'an unknown role',
      {
        method: 'POST',
        url: '/api/users',
        payload: {
          username: 'abc',
          displayName: '甲',
          role: 'emperor',
          organizationId: '00000000-0000-4000-8000-000000000000',
          password: 'Password-123',
        },
      },
      400,
      'USER_ROLE_UNKNOWN',
    ],
    [
      'a bad date filter',
      { method: 'GET', url: '/api/audit/events?from=2026-13' },
      400,
      'VALIDATION_FAILED',
    ],
  ] as const)('%s', async (_name, request, status, code) => {
    const response = await admin.request(request as never);
    expect(response.statusCode).toBe(status);
    const body = response.json();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(body)).toEqual(['error']);
  });

  it('lists every wrong field with its place and a message', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: '1',
        displayName: '',
        role: 'admin',
        organizationId: 'x',
        password: 'p',
      },
    });
    const details = response.json().error.details as {
      in: string;
      path: string;
      message: string;
    }[];
    expect(details.map((d) => d.path).sort()).toEqual([
      'displayName',
      'organizationId',
      'username',
    ]);
    expect(details.find((d) => d.path === 'organizationId')!.message).toBe('请选择所属机构');
    expect(details.every((d) => d.in === 'body')).toBe(true);
  });

  it('writes nothing when a create fails, not even an audit event', async () => {
    const count = async () =>
      (
        await rows<{ u: number; e: number }>(
          t.database.db,
          sql`select (select count(*) from auth.users)::int as u, (select count(*) from audit.events)::int as e`,
        )
      )[0];
    const before = await count();
    const response = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'weakling',
        displayName: '弱',
        role: 'admin',
        organizationId: (
          await admin.request({ method: 'GET', url: '/api/organizations/tree' })
        ).json().items[0].id,
        password: 'short',
      },
    });
    expect(response.json().error.code).toBe('AUTH_PASSWORD_WEAK');
    expect(await count()).toEqual(before);
  });
});

describe('health and API description', () => {
  it('health reports the database kind and migration state without login', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const expectedKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: { kind: expectedKind, migrations: { upToDate: true } },
    });
  });

  it('every route is in /api/openapi.json with its request and response schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(
      doc.paths as Record<
        string,
        Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>
      >,
    )) {
      for (const [method, op] of Object.entries(ops)) {
        documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
        // Every reply but a file download has a described JSON shape (or is empty: 204).
        const file = /\.xlsx$|\/documents\/|\/checkpoint$/.test(path);
        const described = Object.entries(op.responses).some(
          ([status, r]) => status === '204' || !!(r as { content?: object }).content,
        );
        expect(file || described, `${method} ${path} describes its reply`).toBe(true);
      }
    }
    expect(t.app.apiRoutes.length).toBeGreaterThan(10);
    for (const route of t.app.apiRoutes) expect(documented, route).toContain(route);
    expect(
      doc.paths['/api/users'].post.requestBody.content['application/json'].schema.properties,
    ).toHaveProperty('organizationId');
    expect(
      doc.paths['/api/users'].get.responses['200'].content['application/json'].schema.properties,
    ).toHaveProperty('items');
  });

  it('lists the divisions under a region without login', async () => {
    const districts = await t.app.inject({ method: 'GET', url: '/api/regions?parent=4401' });
    expect(districts.json().items).toHaveLength(11);
    const streets = await t.app.inject({ method: 'GET', url: '/api/regions?parent=440106' });
    expect(streets.json().items[0]).toMatchObject({
      code: '440106001',
      name: '五山街道',
      level: 'street',
    });
    const bad = await t.app.inject({ method: 'GET', url: '/api/regions?parent=44x' });
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('serves the browsable API docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });
});
