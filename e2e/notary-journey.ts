// Helpers of the notarization journey (e2e/notarization.e2e.ts): the browsers of its people, steps
// that stop after the first failure, the case page's actions, antd selects, the offline bundle
// check, and the legal clock of the server under test (SIFA_CLOCK_CONTROL, moved as admin).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { launchBrowser, newContext } from './browser.js';
import { apiCall, apiLogin } from './staff.js';

export const RESULTS = fileURLToPath(new URL('../test-results', import.meta.url));

export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
const DESK = { viewport: { width: 1366, height: 900 } };

/**
 * One browser, a phone for the citizen and a desk for each staff member (logged in), steps that
 * skip once one failed, and screenshots and HTTP problems printed on failure.
 */
export function browserJourney<Staff extends string>(options: {
  name: string;
  baseUrl: string;
  staff: Record<Staff, { username: string }>;
  password: string;
  /** Runs before the browsers open (accounts through the API). */
  prepare: () => Promise<void>;
}) {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = {} as Record<Staff | 'citizen', Page>;
  let pageErrors: string[] = [];
  let network: string[] = [];
  let failedStep: string | null = null;

  async function openPage(name: string, device: object): Promise<Page> {
    const context = await newContext(browser, device);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400)
        network.push(`${name}: ${r.status()} ${r.request().method()} ${r.url()}`);
    });
    return page;
  }

  async function logIn(page: Page, who: Staff): Promise<void> {
    await page.goto(`${options.baseUrl}/login`);
    await page.locator('#username').fill(options.staff[who].username);
    await page.locator('#password').fill(options.password);
    await page.getByRole('button', { name: /^\s*登\s*录\s*$/ }).click();
    await page.locator('[data-testid="current-user"]').waitFor();
  }

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    await options.prepare();
    browser = await launchBrowser();
    pages.citizen = await openPage('citizen', PHONE);
    for (const who of Object.keys(options.staff) as Staff[]) {
      pages[who] = await openPage(who, DESK);
      await logIn(pages[who], who);
    }
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      failedStep ??= task.name;
      for (const [name, page] of Object.entries<Page>(pages)) {
        const file = join(RESULTS, `failed-${options.name}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        console.error(`${task.name}: ${name} at ${page.url()}; screenshot ${file}`);
      }
      if (network.length > 0) console.error(`HTTP problems:\n  ${network.slice(-20).join('\n  ')}`);
    }
    network = [];
    const errors = pageErrors;
    pageErrors = [];
    expect(errors, 'uncaught errors in the pages').toEqual([]);
  });

  /** The steps build on each other: after a failure the rest would only fail for the same cause. */
  function step(name: string, body: () => Promise<void>) {
    it(name, async (context) => {
      if (failedStep) context.skip(`an earlier step failed: ${failedStep}`);
      await body();
    });
  }

  return { pages, step };
}

/** Opens a next action, lets `fill` fill its modal, submits and returns the HTTP status. */
export async function runAction(
  page: Page,
  action: string,
  path: string = action.replace(/_/g, '-'),
  fill: () => Promise<void> = async () => undefined,
): Promise<number> {
  await byTestId(page, `action-${action}`).click();
  await byTestId(page, `action-form-${action}`).waitFor();
  await fill();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/${path}`)),
    byTestId(page, 'action-submit').click(),
  ]);
  if (response.status() === 200)
    await byTestId(page, `action-form-${action}`).waitFor({ state: 'detached' });
  return response.status();
}

export async function expectState(page: Page, label: string): Promise<void> {
  await expect.poll(() => byTestId(page, 'case-state').innerText()).toBe(label);
}

/** Opens the antd select with this test id and picks the visible option containing `text`. */
export async function choose(page: Page, testId: string, text: string): Promise<void> {
  await byTestId(page, testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
}

/** Verifies the bundle in the page (pasting `bundleText` first when given): each check's result. */
export async function verifyOffline(
  page: Page,
  bundleText?: string,
): Promise<Record<string, string>> {
  if (bundleText !== undefined) await byTestId(page, 'bundle-text').fill(bundleText);
  await byTestId(page, 'bundle-verify').click();
  const result = byTestId(page, 'bundle-result');
  await result.waitFor();
  const checks: Record<string, string> = { ok: (await result.getAttribute('data-ok')) ?? '' };
  for (const name of ['signature', 'root', 'inclusion'])
    checks[name] = (await byTestId(page, `bundle-check-${name}`).getAttribute('data-passed'))!;
  return checks;
}

/** The legal clock of the server under test, read and moved by the demo administrator. */
export function legalClock(baseUrl: string) {
  let session: ReturnType<typeof apiLogin> | null = null;
  const reply = async (method: string, body?: unknown) => {
    session ??= apiLogin(baseUrl, 'admin', 'Sifa-demo-2026');
    const response = await apiCall(baseUrl, await session, method, '/api/dev/clock', body);
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    return response.json as { today: string; offsetDays: number };
  };
  return {
    read: () => reply('GET'),
    /** Days after the real date (0 restores it). */
    set: (offsetDays: number) => reply('POST', { offsetDays }),
  };
}
