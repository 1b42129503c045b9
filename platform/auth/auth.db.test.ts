import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  loginAs,
  seedTestAccounts,
  TEST_PASSWORD,
  type TestApp,
} from '../testing/app.js';
import { loginAttempts, sessions, users } from './schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIFA_LOGIN_MAX_FAILURES: '3', SIFA_SESSION_IDLE_MINUTES: '30' });
  await seedTestAccounts(t);
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('login', () => {
  it('opens a session behind an HttpOnly, SameSite cookie and returns the user with a CSRF token', async () => {
    const response = await login('Tianhe', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'sifa_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const body = response.json();
    expect(body.user).toMatchObject({
      username: 'tianhe',
      role: 'district_staff',
      roleName: '区局工作人员',
    });
    expect(body.user.organization).toMatchObject({
      name: '广州市天河区司法局',
      regionCode: '440106',
      regionName: '天河区',
    });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    // Only the hash of the token is stored.
    const stored = await t.database.db.select().from(sessions);
    expect(stored.some((s) => s.tokenHash === cookie.value)).toBe(false);
  });

  it('rejects a wrong password with a Chinese message', async () => {
    const response = await login('leader', 'wrong-password-1');
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toEqual({
      code: 'AUTH_INVALID_CREDENTIALS',
      message: '用户名或密码错误',
    });
  });

  it('answers in English when the browser prefers English', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { username: 'leader', password: 'nope' },
    });
    expect(response.json().error.message).toBe('Wrong username or password');
  });

  it('locks a username after repeated failures and says for how long', async () => {
    for (let i = 0; i < 3; i++)
      expect((await login('haizhu', 'bad-password-x')).statusCode).toBe(401);
    const locked = await login('haizhu', TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toMatch(/^登录失败次数过多，请 \d+ 分钟后再试$/);
    // Once the window has passed, the right password works again.
    await t.database.db
      .update(loginAttempts)
      .set({ at: sql`${loginAttempts.at} - interval '1 hour'` })
      .where(eq(loginAttempts.username, 'haizhu'));
    expect((await login('haizhu', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a disabled account', async () => {
    await t.database.db
      .update(users)
      .set({ status: 'disabled' })
      .where(eq(users.username, 'yuancun'));
    const response = await login('yuancun', TEST_PASSWORD);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('AUTH_ACCOUNT_DISABLED');
    await t.database.db
      .update(users)
      .set({ status: 'active' })
      .where(eq(users.username, 'yuancun'));
  });
});

describe('sessions', () => {
  it('without a cookie a private route answers AUTH_REQUIRED', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('AUTH_REQUIRED');
  });

  it('an idle session expires and says so', async () => {
    const session = await loginAs(t.app, 'wushan');
    await t.database.db.update(sessions).set({ lastSeenAt: sql`now() - interval '31 minutes'` });
    const response = await session.request({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({
      code: 'AUTH_SESSION_EXPIRED',
      message: '登录已过期，请重新登录',
    });
  });

  it('logout ends the session', async () => {
    const session = await loginAs(t.app, 'wushan');
    expect((await session.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(
      204,
    );
    expect((await session.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});

describe('CSRF protection of cookie-authenticated writes', () => {
  it('rejects a write without the CSRF header', async () => {
    const session = await loginAs(t.app, 'admin');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('AUTH_CSRF_INVALID');
  });

  it('rejects a write from another origin even with the token', async () => {
    const session = await loginAs(t.app, 'admin');
    const response = await session.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('does not ask for the token on public routes, which act for no one', async () => {
    const session = await loginAs(t.app, 'admin');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: session.cookie },
      payload: { username: 'admin', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
  });

  it('lets reads through without the header', async () => {
    const session = await loginAs(t.app, 'admin');
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('password change', () => {
  it('needs the current password, a strong new one, and ends the other sessions', async () => {
    const first = await loginAs(t.app, 'leader');
    const second = await loginAs(t.app, 'leader');
    const wrong = await first.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'x', newPassword: 'New-password-2026' },
    });
    expect(wrong.json().error.code).toBe('AUTH_PASSWORD_WRONG');
    const weak = await first.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toBe('新密码至少 10 位，且须同时包含字母和数字');
    const ok = await first.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'New-password-2026' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await first.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await second.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await login('leader', 'New-password-2026')).statusCode).toBe(200);
  });
});

describe('user administration', () => {
  it('creates an account that must change its password, and refuses a taken username', async () => {
    const admin = await loginAs(t.app, 'admin');
    const tree = await admin.request({ method: 'GET', url: '/api/organizations/tree' });
    const cityBureau = tree.json().items[0];
    const payload = {
      username: 'zhangsan',
      displayName: '张三',
      role: 'district_staff',
      organizationId: cityBureau.id,
      password: 'Initial-pass-1',
    };
    const created = await admin.request({ method: 'POST', url: '/api/users', payload });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      username: 'zhangsan',
      organizationName: '广州市司法局',
      status: 'active',
    });
    const again = await admin.request({ method: 'POST', url: '/api/users', payload });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('用户名“zhangsan”已被使用');
    const me = await loginAs(t.app, 'zhangsan', 'Initial-pass-1');
    expect(
      (await me.request({ method: 'GET', url: '/api/auth/me' })).json().user.mustChangePassword,
    ).toBe(true);
  });

  it('resets a password to a temporary one shown once', async () => {
    const admin = await loginAs(t.app, 'admin');
    const list = await admin.request({ method: 'GET', url: '/api/users?q=zhangsan' });
    const id = list.json().items[0].id;
    const reset = await admin.request({
      method: 'POST',
      url: `/api/users/${id}/reset-password`,
      payload: {},
    });
    const { temporaryPassword } = reset.json();
    expect(temporaryPassword).toHaveLength(12);
    expect((await login('zhangsan', temporaryPassword)).statusCode).toBe(200);
  });

  it('an administrator cannot disable their own account', async () => {
    const admin = await loginAs(t.app, 'admin');
    const me = (await admin.request({ method: 'GET', url: '/api/auth/me' })).json().user;
    const response = await admin.request({
      method: 'POST',
      url: `/api/users/${me.id}/disable`,
      payload: {},
    });
    expect(response.json().error.code).toBe('USER_CANNOT_DISABLE_SELF');
  });

  it('exports the users of the region to Excel', async () => {
    const tianhe = await loginAs(t.app, 'tianhe');
    const response = await tianhe.request({ method: 'GET', url: '/api/users/export.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
