// Helpers of the notarization journey (e2e/notarization.e2e.ts, on the harness of
// e2e/journey.ts): the case page's actions, the offline bundle check in the page, and the legal
// clock of the server under test (SIFA_CLOCK_CONTROL), read and moved as the demo admin.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { apiCall, apiLogin } from './staff.js';

export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

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
