// The filing review and the unified publication portal in real browsers: a clerk files a
// normative document, the reviewer asks for a correction, the clerk submits the corrected text,
// the reviewer confirms it and the document is published; a citizen reaches the portal from the
// login page, finds the document with its corrected text and validity, then searches 复议期限 and
// opens the right article of 行政复议法 at its anchor.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { fillDate, journey } from './journey.js';
import { shanghaiDate } from './staff.js';

const STAFF = {
  clerk: { username: 'e2e_fclerk', displayName: '钱报备', role: 'filing_clerk' },
  reviewer: { username: 'e2e_freviewer', displayName: '孙审查', role: 'filing_reviewer' },
} as const;
type Staff = keyof typeof STAFF;
const { baseUrl, pages, step, byTestId } = journey({
  name: 'regulations',
  organization: '广州市司法局',
  staff: STAFF,
  password: 'Filing-pass-2026',
});

const TODAY = shanghaiDate();
const TITLE = '广州市行政执法信息公示办法';
const NUMBER = `穗府办规〔${TODAY.slice(0, 4)}〕7号`;
const TEXT = [
  '第一条 为了规范行政执法信息公示，根据《中华人民共和国行政处罚法》，制定本办法。',
  '第二条 行政执法机关应当自作出行政处罚决定之日起十五个工作日内公示。',
  '第三条 本办法自公布之日起施行，有效期五年。',
].join('\n');
const CORRECTED = TEXT.replace('十五个工作日内', '七个工作日内');

let itemUrl = '';

async function openItem(who: Staff): Promise<Page> {
  const page = pages[who];
  await page.goto(itemUrl);
  await byTestId(page, 'filing-state').waitFor();
  return page;
}

async function expectState(page: Page, state: string): Promise<void> {
  await expect.poll(() => byTestId(page, 'filing-state').getAttribute('data-state')).toBe(state);
}

/** Opens a next action, lets `fill` fill its modal, submits and returns the HTTP status. */
async function runAction(
  page: Page,
  action: string,
  fill: () => Promise<void> = async () => undefined,
): Promise<number> {
  await byTestId(page, `action-${action}`).click();
  await byTestId(page, `action-form-${action}`).waitFor();
  await fill();
  const path = action.replace(/_/g, '-');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/${path}`)),
    byTestId(page, 'action-submit').click(),
  ]);
  if (response.status() === 200) {
    await byTestId(page, `action-form-${action}`).waitFor({ state: 'detached' });
  }
  return response.status();
}

describe('the publication portal and the filing review of a normative document', () => {
  step('a clerk files a normative document of the city', async () => {
    const page = pages.clerk;
    await page.goto(`${baseUrl}/regulations/filings/new`);
    await page.locator('#filing-title').fill(TITLE);
    await page.locator('#filing-body').fill('广州市人民政府办公厅');
    await page.locator('#filing-number').fill(NUMBER);
    await fillDate(page, '#filing-published', TODAY);
    await page.locator('#filing-text').fill(TEXT);
    await byTestId(page, 'filing-law').first().fill('行政处罚法');
    await byTestId(page, 'filing-law-articles').first().fill('48');
    await byTestId(page, 'filing-submit').click();
    await page.waitForURL(/\/regulations\/filings\/[0-9a-f-]{36}$/);
    itemUrl = page.url();
    await expectState(page, 'FILED');
    expect(await byTestId(page, 'filing-number').innerText()).toMatch(/^备审〔\d{4}〕\d+号$/);
    expect(await byTestId(page, 'validity-tag').innerText()).toBe('未发布');
  });

  step('the reviewer starts the review and asks for a correction', async () => {
    const page = await openItem('reviewer');
    expect(await runAction(page, 'start_review')).toBe(200);
    await expectState(page, 'FILING_REVIEW');
    const status = await runAction(page, 'request_correction', async () => {
      await page.locator('#action-reasons').fill('第二条公示期限与上位法不一致');
      await page.locator('#action-items').fill('第二条“十五个工作日”应改为“七个工作日”');
    });
    expect(status).toBe(200);
    await expectState(page, 'CORRECTION');
    expect(await byTestId(page, 'correction-state').allInnerTexts()).toEqual(['待纠正']);
  });

  step('the clerk submits the corrected text, answering the item', async () => {
    const page = await openItem('clerk');
    const status = await runAction(page, 'submit_correction', async () => {
      await byTestId(page, 'correction-response').first().fill('已将第二条改为七个工作日');
      await page.locator('#action-text').fill(CORRECTED);
    });
    expect(status).toBe(200);
    await expectState(page, 'CORRECTION_SUBMITTED');
    expect(await byTestId(page, 'correction-state').allInnerTexts()).toEqual(['已说明待核查']);
  });

  step('the reviewer confirms the correction: closed and published', async () => {
    const page = await openItem('reviewer');
    expect(await runAction(page, 'confirm_correction')).toBe(200);
    await expectState(page, 'CORRECTED');
    expect(await byTestId(page, 'correction-state').allInnerTexts()).toEqual(['已纠正']);
    await expect.poll(() => byTestId(page, 'validity-tag').innerText()).toBe('有效');
    await byTestId(page, 'filing-portal-link').waitFor();
  });

  step('the citizen finds the document on the portal with its corrected text', async () => {
    const page = pages.citizen;
    await page.goto(`${baseUrl}/login`);
    await byTestId(page, 'public-services').getByText('法规规章规范性文件统一发布平台').click();
    await page.waitForURL(/\/portal$/);
    await byTestId(page, 'portal-table').waitFor();
    await page.getByPlaceholder('标题包含').fill(TITLE);
    await page.getByPlaceholder('标题包含').press('Enter');
    const link = byTestId(page, 'portal-open').filter({ hasText: TITLE });
    await link.click();
    await page.waitForURL(/\/portal\/versions\//);
    expect(await byTestId(page, 'portal-title').innerText()).toBe(TITLE);
    await expect.poll(() => byTestId(page, 'validity-tag').innerText()).toBe('有效');
    const second = page.locator('#art-2');
    expect(await second.innerText()).toContain('七个工作日内');
    expect(await page.getByText(NUMBER).count()).toBeGreaterThan(0);
  });

  step('the citizen searches 复议期限 and opens the right article of 行政复议法', async () => {
    const page = pages.citizen;
    await page.goto(`${baseUrl}/portal`);
    await byTestId(page, 'portal-search').locator('input').fill('复议期限');
    await byTestId(page, 'portal-search').locator('input').press('Enter');
    await byTestId(page, 'portal-results').waitFor();
    const article = byTestId(page, 'portal-hit-article')
      .filter({ hasText: /第(二十|六十二)条/ })
      .and(page.locator('[href*="2023-09-01"]'))
      .first();
    const href = decodeURIComponent((await article.getAttribute('href')) ?? '');
    expect(href).toMatch(/^\/portal\/versions\/行政复议法\/2023-09-01#art-(20|62)$/);
    await article.click();
    const anchor = href.split('#')[1]!;
    await page.waitForURL((url) => url.hash === `#${anchor}`);
    const target = page.locator(`#${anchor}`);
    await expect.poll(() => target.getAttribute('data-target')).toBe('true');
    expect(await target.innerText()).toContain('六十日');
    await expect.poll(() => target.isVisible()).toBe(true);
    expect(await byTestId(page, 'portal-title').innerText()).toBe('中华人民共和国行政复议法');
  });
});
