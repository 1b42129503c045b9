// Legal aid in real browsers: a resident runs the self-check on a phone ("我能申请法律援助吗？"),
// applies online and keeps the tracking code; the officer opens the case (ID number masked), the
// head grants it, the officer assigns a lawyer by rotation, records the service and closes the
// case with its materials; the head reviews its quality on the score sheet; the resident follows
// the case to its close and answers the satisfaction survey; the lawyer's figures show it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { journey, pickOption, RESULTS } from './journey.js';
import { apiCall, apiLogin, withCheckCharacter } from './staff.js';

const STAFF = {
  officer: { username: 'e2e_laofficer', displayName: '何援助', role: 'legal_aid_officer' },
  head: { username: 'e2e_lahead', displayName: '马主任', role: 'legal_aid_head' },
} as const;
type Staff = keyof typeof STAFF;
const PASSWORD = 'Legal-aid-pass-2026';
const { baseUrl, pages, step, byTestId } = journey({
  name: 'legal-aid',
  organization: '广州市天河区法律援助中心',
  staff: STAFF,
  password: PASSWORD,
});

const APPLICANT = '黄小工';
const ID_NUMBER = withCheckCharacter('44010619881203123');
const LAWYER = '欧阳律师';

let caseNumber = '';
let trackingCode = '';
let caseUrl = '';

/** The facts of a worker owed wages in Tianhe, as the self-check and the application ask. */
async function fillFacts(page: Page): Promise<void> {
  await pickOption(page, '#civilMatter', '请求确认劳动关系或者支付劳动报酬');
  await page.locator('#members').fill('3');
  await page.locator('#income').fill('3600');
  await pickOption(page, '#residenceRegion', '天河区');
  await pickOption(page, '#placeRegion', '天河区');
}

async function openCase(who: Staff): Promise<Page> {
  const page = pages[who];
  await page.goto(caseUrl);
  await byTestId(page, 'case-state').waitFor();
  return page;
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
  if (response.status() === 200)
    await byTestId(page, `action-form-${action}`).waitFor({ state: 'detached' });
  return response.status();
}

async function expectState(page: Page, label: string): Promise<void> {
  await expect.poll(() => byTestId(page, 'case-state').innerText()).toBe(label);
}

describe('legal aid from the self-check to the quality review', () => {
  step('the login page links the public legal-aid services', async () => {
    const page = pages.citizen;
    await page.goto(`${baseUrl}/login`);
    const links = byTestId(page, 'public-services');
    await expect.poll(() => links.innerText()).toContain('我能申请法律援助吗？');
    expect(await links.innerText()).toContain('网上申请法律援助');
    expect(await links.innerText()).toContain('法律援助进度查询');
  });

  step('a resident runs the self-check on a phone: each criterion with its reason', async () => {
    const page = pages.citizen;
    await page.getByRole('link', { name: '我能申请法律援助吗？' }).click();
    await byTestId(page, 'selfcheck-form').waitFor();
    await fillFacts(page);
    await byTestId(page, 'selfcheck-submit').click();
    const result = byTestId(page, 'selfcheck-result');
    await result.waitFor();
    expect(await result.getAttribute('data-passed')).toBe('true');
    expect(await byTestId(page, 'selfcheck-centre').innerText()).toContain(
      '广州市天河区法律援助中心',
    );
    const hardship = byTestId(page, 'criterion-economic_hardship');
    expect(await hardship.getAttribute('data-status')).toBe('pass');
    expect(await hardship.innerText()).toContain('1200.00');
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({
      path: join(RESULTS, 'legal-aid-self-check-phone.png'),
      fullPage: true,
    });
  });

  step('the resident applies online and keeps the case number and tracking code', async () => {
    const page = pages.citizen;
    await byTestId(page, 'selfcheck-apply').click();
    await byTestId(page, 'apply-form').waitFor();
    await fillFacts(page);
    await page.locator('#name').fill(APPLICANT);
    await page.locator('#idNumber').fill(ID_NUMBER);
    await page.locator('#phone').fill('13912345678');
    await page.locator('#matterSummary').fill('某装修公司拖欠本人工资三个月，共计一万五千元。');
    await byTestId(page, 'apply-form')
      .locator('input[type="file"]')
      .setInputFiles([
        { name: '身份证明.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 id') },
        {
          name: '经济困难状况说明.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4 m'),
        },
      ]);
    await byTestId(page, 'apply-submit').click();
    caseNumber = await byTestId(page, 'receipt-case-number').innerText();
    trackingCode = (await byTestId(page, 'receipt-tracking-code').innerText()).trim();
    expect(caseNumber).toMatch(/^\(\d{4}\)穗天河法援字第\d+号$/);
    expect(trackingCode).toMatch(/^[A-Z2-9]{8}$/);
  });

  step('the officer finds it on the workbench; the ID number is masked', async () => {
    const head = await apiLogin(baseUrl, STAFF.head.username, PASSWORD);
    const created = await apiCall(baseUrl, head, 'POST', '/api/legal-aid/lawyers', {
      name: LAWYER,
      kind: 'lawyer',
      firm: '天河正义律师事务所',
      licenceNumber: '14401201810999001',
      practiceSince: '2016-07-01',
      specialties: ['labour'],
      contactPhone: '020-38881234',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);

    const page = pages.officer;
    await page.goto(`${baseUrl}/legal-aid/workbench`);
    const row = byTestId(page, 'cases-table').locator('tbody tr').filter({ hasText: caseNumber });
    await row.waitFor();
    expect(await row.innerText()).toContain(APPLICANT);
    await row.getByRole('link', { name: caseNumber }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/legal-aid/cases/'));
    caseUrl = page.url();
    await expectState(page, '待审查');
    expect(await byTestId(page, 'case-eligible').innerText()).toBe('符合法律援助条件');
    expect(await page.locator('body').innerText()).not.toContain(ID_NUMBER);
  });

  step('the head grants legal aid', async () => {
    const page = await openCase('head');
    expect(await runAction(page, 'grant')).toBe(200);
    await expectState(page, '决定给予法律援助');
  });

  step('the officer assigns a lawyer by rotation and records the service', async () => {
    const page = await openCase('officer');
    expect(await runAction(page, 'assign')).toBe(200);
    await expectState(page, '已指派');
    expect(await byTestId(page, 'case-provider').innerText()).toContain(LAWYER);
    expect(await runAction(page, 'start_service')).toBe(200);
    await expectState(page, '承办中');
    const recorded = await runAction(page, 'record_service', async () => {
      await pickOption(page, '#kind', '调解、和解');
      await page.locator('#description').fill('与公司协商，公司同意一次性支付欠薪');
    });
    expect(recorded).toBe(200);
  });

  step('the officer closes the case with the closing materials', async () => {
    const page = pages.officer;
    const closed = await runAction(page, 'close', async () => {
      await page.locator('#outcome').fill('调解结案');
      await page.locator('#report').fill('经调解，公司已支付全部欠薪一万五千元。');
      await byTestId(page, 'action-form-close')
        .locator('input[type="file"]')
        .setInputFiles({
          name: '调解协议.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4 agreement'),
        });
    });
    expect(closed).toBe(200);
    await expectState(page, '已结案');
  });

  step('the head reviews the quality on the score sheet', async () => {
    const page = await openCase('head');
    await page.getByRole('tab', { name: '质量评查' }).click();
    await byTestId(page, 'quality-form').waitFor();
    const scores = {
      timeliness: 19,
      diligence: 23,
      documents: 18,
      advocacy: 13,
      closing: 9,
      communication: 10,
    };
    for (const [code, score] of Object.entries(scores))
      await page.locator(`#scores_${code}`).fill(String(score));
    await page.locator('#comment').fill('办理及时，调解效果好');
    await byTestId(page, 'quality-submit').click();
    await expect.poll(() => byTestId(page, 'quality-total').innerText()).toBe('92');
    await page.screenshot({ path: join(RESULTS, 'legal-aid-case.png'), fullPage: true });
  });

  step('the resident sees the case closed and rates the service once', async () => {
    const page = pages.citizen;
    await page.goto(`${baseUrl}/public/legal-aid/track`);
    await page.locator('#caseNumber').fill(caseNumber);
    await page.locator('#trackingCode').fill(trackingCode);
    await byTestId(page, 'track-submit').click();
    await expect.poll(() => byTestId(page, 'track-state').innerText()).toBe('已结案');
    expect(await byTestId(page, 'track-provider').innerText()).toContain(LAWYER);
    await byTestId(page, 'track-survey').click();
    await byTestId(page, 'survey-form').waitFor();
    for (const code of ['attitude', 'communication', 'professionalism', 'overall'])
      await page.locator(`#ratings_${code} li.ant-rate-star`).nth(4).click();
    await byTestId(page, 'survey-submit').click();
    await byTestId(page, 'survey-done').waitFor();
    expect(await page.locator('body').innerText()).not.toContain(ID_NUMBER);
  });

  step('the centre sees the lawyer’s figures: the score and the satisfaction', async () => {
    const page = pages.head;
    await page.goto(`${baseUrl}/legal-aid/quality`);
    const row = byTestId(page, 'quality-lawyers').locator('tbody tr').filter({ hasText: LAWYER });
    await row.waitFor();
    await expect.poll(() => row.innerText()).toContain('92');
    expect(await row.innerText()).toContain('5');
  });
});
