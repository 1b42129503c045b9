// The harness of a browser journey: one Chromium, a citizen on a phone and each staff member at
// a desk (logged in), steps that build on each other (after a failure the rest are skipped),
// and after every step a check that no page threw — with screenshots and the failed HTTP calls
// when a step fails. Each journey file calls `journey(...)` once at its top level.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, newContext } from './browser.js';
import { createStaff, type StaffSpec } from './staff.js';

export const RESULTS = fileURLToPath(new URL('../test-results', import.meta.url));

export interface JourneyOptions<S extends string> {
  /** Used in screenshot names. */
  name: string;
  /** The organization (by name) the staff accounts belong to. */
  organization: string;
  staff: Record<S, StaffSpec>;
  password: string;
}

export interface Journey<S extends string> {
  baseUrl: string;
  /** Filled before the first step: the citizen's phone and one desk per staff member. */
  pages: Record<S | 'citizen', Page>;
  /** The staff accounts' user ids, by key. */
  staffIds: Record<S, string>;
  step(name: string, body: () => Promise<void>): void;
  byTestId(page: Page, id: string): ReturnType<Page['locator']>;
  /** Another page (e.g. a second citizen), watched like the others. */
  openPage(name: string, options?: Parameters<typeof newContext>[1]): Promise<Page>;
}

export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESK = { viewport: { width: 1366, height: 900 } };

export function journey<S extends string>(options: JourneyOptions<S>): Journey<S> {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];
  let network: string[] = [];
  let failedStep: string | null = null;

  const self: Journey<S> = {
    baseUrl,
    pages: {} as Record<S | 'citizen', Page>,
    staffIds: {} as Record<S, string>,
    byTestId: (page, id) => page.locator(`[data-testid="${id}"]`),
    openPage: async (name, contextOptions = DESK) => {
      const context = await newContext(browser, contextOptions);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400)
          network.push(`${name}: ${r.status()} ${r.request().method()} ${r.url()}`);
      });
      (self.pages as Record<string, Page>)[name] = page;
      return page;
    },
    step: (name, body) => {
      it(name, async (context) => {
        if (failedStep) context.skip(`an earlier step failed: ${failedStep}`);
        await body();
      });
    },
  };

  async function logIn(page: Page, who: S): Promise<void> {
    await page.goto(`${baseUrl}/login`);
    await page.locator('#username').fill(options.staff[who].username);
    await page.locator('#password').fill(options.password);
    await page.getByRole('button', { name: /^\s*登\s*录\s*$/ }).click();
    await page.locator('[data-testid="current-user"]').waitFor();
  }

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    Object.assign(
      self.staffIds,
      await createStaff(baseUrl, options.organization, options.staff, options.password),
    );
    browser = await launchBrowser();
    await self.openPage('citizen', PHONE);
    for (const who of Object.keys(options.staff) as S[]) {
      await logIn(await self.openPage(who, DESK), who);
    }
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      failedStep ??= task.name;
      for (const [name, page] of Object.entries(self.pages as Record<string, Page>)) {
        const file = join(RESULTS, `failed-${options.name}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        console.error(`${task.name}: ${name} at ${page.url()}; screenshot ${file}`);
      }
      if (network.length > 0) console.error(`HTTP problems:\n  ${network.slice(-20).join('\n  ')}`);
    }
    network = [];
    // An exception the page did not catch is a failure even when the screen looks right.
    const errors = pageErrors;
    pageErrors = [];
    expect(errors, 'uncaught errors in the pages').toEqual([]);
  });

  return self;
}

/** Types a date into an antd DatePicker and confirms it. */
export async function fillDate(page: Page, selector: string, date: string): Promise<void> {
  const input = page.locator(selector);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  // The value is taken and the calendar closed before the next click: an open calendar's
  // closing swallowed the click on 提交 once.
  await expect.poll(() => input.inputValue()).toBe(date);
  await expect
    .poll(() => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count())
    .toBe(0);
}

/** Opens an antd Select and picks the option with this title. */
export async function pickOption(page: Page, selector: string, option: string): Promise<void> {
  await page.locator(selector).click();
  // The dropdown of this select holds its listbox `<id>_list`; another select's dropdown that is
  // still closing may offer the same option, so the option is looked for in this one only.
  const id = selector.startsWith('#') ? selector.slice(1) : undefined;
  const dropdown = id
    ? `.ant-select-dropdown:has([id="${id}_list"])`
    : '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';
  await page.locator(`${dropdown} .ant-select-item-option[title="${option}"]`).click();
}
