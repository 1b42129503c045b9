// The web shell in a real browser: login, the menu of each role, the audit log, logout, the
// Chinese error message of a failed login, and the login page on a phone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext } from './browser.js';

const baseUrl = inject('baseUrl');
const PASSWORD = 'Sifa-demo-2026';
const RESULTS = fileURLToPath(new URL('../test-results', import.meta.url));

let browser: Browser;
let context: BrowserContext | undefined;
let page: Page | undefined;
let pageErrors: string[] = [];
/** HTTP errors and failed requests of the page, shown when a test fails. */
let network: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(RESULTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) {
    const file = join(RESULTS, `failed-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`${task.name}: at ${page.url()}; screenshot ${file}`);
    if (network.length > 0) console.error(`HTTP problems:\n  ${network.slice(0, 20).join('\n  ')}`);
  }
  await context?.close();
  context = undefined;
  page = undefined;
  // An exception the page did not catch is a failure even when the screen looks right.
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

async function openPage(options: Parameters<typeof newContext>[1] = {}): Promise<Page> {
  context = await newContext(browser, options);
  pageErrors = [];
  network = [];
  const opened = await context.newPage();
  opened.on('pageerror', (error) => pageErrors.push(error.message));
  opened.on('response', (r) => {
    if (r.status() >= 400) network.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  opened.on('requestfailed', (r) =>
    network.push(`${r.failure()?.errorText} ${r.method()} ${r.url()}`),
  );
  page = opened;
  return opened;
}

/** Ant Design puts a space between two Chinese characters of a button: 登 录. */
const LOGIN_BUTTON = /^\s*登\s*录\s*$/;

async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: LOGIN_BUTTON }).click();
}

async function logIn(page: Page, username: string): Promise<void> {
  await submitLogin(page, username, PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('[data-testid="current-user"]').waitFor();
}

/** The menu's text once it shows `expected` (menus render after the session has loaded). */
async function menuText(page: Page, expected: string): Promise<string> {
  const menu = page.locator('[data-testid="side-menu"]');
  await menu.getByText(expected, { exact: true }).first().waitFor();
  return menu.innerText();
}

describe('web shell', () => {
  it('a district officer logs in, sees the menu of that role, opens the audit log and logs out', async () => {
    const page = await openPage();
    await logIn(page, 'tianhe');
    expect(await page.locator('[data-testid="current-user"]').innerText()).toContain('陈天河');

    // district_staff: user:read, organization:read, audit:read
    const menu = await menuText(page, '组织机构');
    expect(menu).toContain('审计日志');
    expect(menu).toContain('用户管理');

    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(RESULTS, 'home.png'), fullPage: true });

    await page.locator('[data-testid="side-menu"]').getByText('审计日志', { exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/admin/audit');
    // exact: auth.login_failed would match a plain substring
    const loginRows = page
      .locator('[data-testid="audit-table"] tbody tr')
      .filter({ has: page.getByText('auth.login', { exact: true }) });
    await loginRows.first().waitFor();
    expect(await loginRows.count()).toBeGreaterThanOrEqual(1);

    await page.locator('[data-testid="logout"]').click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.locator('#username').waitFor();
  });

  it('a failed login shows the Chinese error message', async () => {
    const page = await openPage();
    // haizhu: a failure here must not count towards another test's login lockout
    await submitLogin(page, 'haizhu', 'Wrong-password-1');
    const error = page.locator('[data-testid="login-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('an office officer sees only the pages of that role', async () => {
    const page = await openPage();
    await logIn(page, 'wushan');
    expect(await page.locator('[data-testid="current-user"]').innerText()).toContain('吴五山');
    // office_staff: organization:read only
    const menu = await menuText(page, '组织机构');
    expect(menu).not.toContain('审计日志');
    expect(menu).not.toContain('用户管理');
  });

  it('the login page fits a phone screen', async () => {
    const page = await openPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(`${baseUrl}/login`);
    const button = page.getByRole('button', { name: LOGIN_BUTTON });
    await button.waitFor();
    expect(await button.isVisible()).toBe(true);
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(RESULTS, 'login-phone.png'), fullPage: true });
  });
});
