// Logs carry request ids and never secrets: no password, session token, CSRF token or query text.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  loginAs,
  seedTestAccounts,
  TEST_PASSWORD,
  type TestApp,
} from '../platform/testing/app.js';

let t: TestApp;
let output = '';
beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  t = await createTestApp({ LOG_LEVEL: 'info' }, stream);
  await seedTestAccounts(t);
});
afterAll(() => t.close());

describe('request logs', () => {
  it('have a request id per request and no secrets or personal search terms', async () => {
    const session = await loginAs(t.app, 'admin');
    const response = await session.request({
      method: 'GET',
      url: '/api/users?q=%E5%BC%A0%E4%B8%89',
    });
    await session.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'Wrong-guess-123' },
    });
    const lines = output
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { reqId?: string });
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.some((l) => l.reqId === response.headers['x-request-id'])).toBe(true);
    const sessionToken = session.cookie.split('=')[1]!;
    for (const secret of [
      TEST_PASSWORD,
      'Wrong-guess-123',
      sessionToken,
      session.csrfToken,
      '张三',
      '%E5%BC%A0',
    ]) {
      expect(output).not.toContain(secret);
    }
  });
});
