// The life of a 学历 certificate in real browsers: a citizen applies online on a phone, the clerk
// accepts, the notary asks for a missing material (the issue deadline stops) and records it, the
// head approves the issue, the public page verifies the certificate by number, by file and offline
// (WebCrypto in the page, and a changed byte fails), the head opens a re-examination, another
// notary revokes the certificate, and the public page shows it revoked.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext } from './browser.js';
import { createStaff, withCheckCharacter } from './staff.js';

const baseUrl = inject('baseUrl');
const RESULTS = fileURLToPath(new URL('../test-results', import.meta.url));
const STAFF_PASSWORD = 'Notary-pass-2026';
const STAFF = {
  clerk: { username: 'e2e_nclerk', displayName: '周受理', role: 'notary_clerk' },
  notary: { username: 'e2e_notary1', displayName: '吴公证', role: 'notary' },
  notary2: { username: 'e2e_notary2', displayName: '郑公证', role: 'notary' },
  head: { username: 'e2e_nhead', displayName: '冯主任', role: 'notary_head' },
} as const;
type Staff = keyof typeof STAFF;
let staffIds = {} as Record<Staff, string>;

const APPLICANT = '陈学历';
const ID_NUMBER = withCheckCharacter('44010619950512123');

// ---- browsers: the citizen on a phone, each staff member at a desk ----

let browser: Browser;
const contexts: BrowserContext[] = [];
const pages = {} as Record<Staff | 'citizen', Page>;
let pageErrors: string[] = [];
let network: string[] = [];

async function openPage(name: string, options: Parameters<typeof newContext>[1]): Promise<Page> {
  const context = await newContext(browser, options);
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
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username').fill(STAFF[who].username);
  await page.locator('#password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: /^\s*登\s*录\s*$/ }).click();
  await page.locator('[data-testid="current-user"]').waitFor();
}

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  staffIds = await createStaff(baseUrl, '广州公证处', STAFF, STAFF_PASSWORD);
  browser = await launchBrowser();
  pages.citizen = await openPage('citizen', {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  for (const who of Object.keys(STAFF) as Staff[]) {
    pages[who] = await openPage(who, { viewport: { width: 1366, height: 900 } });
    await logIn(pages[who], who);
  }
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** The steps build on each other: after a failure the rest would only fail for the same cause. */
let failedStep: string | null = null;

function step(name: string, body: () => Promise<void>) {
  it(name, async (context) => {
    if (failedStep) context.skip(`an earlier step failed: ${failedStep}`);
    await body();
  });
}

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') {
    failedStep ??= task.name;
    for (const [name, page] of Object.entries(pages)) {
      const file = join(RESULTS, `failed-notarization-${name}.png`);
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

// ---- page helpers ----

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

let caseNumber = '';
let caseUrl = '';
let certificateNumber = '';
let certificateFile = '';

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

async function expectState(page: Page, label: string): Promise<void> {
  await expect.poll(() => byTestId(page, 'case-state').innerText()).toBe(label);
}

/** The public verification page for the certificate: its status tag. */
async function publicStatus(): Promise<string | null> {
  const page = pages.citizen;
  await page.goto(
    `${baseUrl}/public/notary/verify?number=${encodeURIComponent(certificateNumber)}`,
  );
  const tag = byTestId(page, 'verify-status');
  await tag.waitFor();
  return tag.getAttribute('data-status');
}

/** Downloads the proof bundle into the paste field and verifies it in the page. */
async function verifyOffline(page: Page, bundleText?: string): Promise<Record<string, string>> {
  if (bundleText !== undefined) await byTestId(page, 'bundle-text').fill(bundleText);
  await byTestId(page, 'bundle-verify').click();
  const result = byTestId(page, 'bundle-result');
  await result.waitFor();
  const checks: Record<string, string> = { ok: (await result.getAttribute('data-ok')) ?? '' };
  for (const name of ['signature', 'root', 'inclusion'])
    checks[name] = (await byTestId(page, `bundle-check-${name}`).getAttribute('data-passed'))!;
  return checks;
}

describe('a 学历 certificate from the online application to its revocation', () => {
  step('a citizen applies online on a phone and gets a case number', async () => {
    const page = pages.citizen;
    await page.goto(`${baseUrl}/public/notary/apply`);
    await byTestId(page, 'matter-select').click();
    await page.locator('.ant-select-item-option[title="学历"]').click();
    await expect.poll(() => byTestId(page, 'matter-info').innerText()).toContain('毕业证书');
    await page.locator('#name').fill(APPLICANT);
    await page.locator('#idNumber').fill(ID_NUMBER);
    await page.locator('#phone').fill('13812345678');
    await page.locator('#purpose').fill('出国留学');
    await page.locator('#useCountry').fill('英国');
    await page.locator('#jurisdiction_domicile').fill('440106');
    await byTestId(page, 'apply-form')
      .locator('input[type="file"]')
      .setInputFiles([
        {
          name: '申请人身份证明.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4 身份证明'),
        },
        { name: '毕业证书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 毕业') },
      ]);
    await byTestId(page, 'apply-submit').click();
    caseNumber = await byTestId(page, 'receipt-case-number').innerText();
    expect(caseNumber).toMatch(/公受字第\d+号$/);
    const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(RESULTS, 'notarization-apply-phone.png'), fullPage: true });
  });

  step('the clerk finds it on the workbench and accepts it with the told-record', async () => {
    const page = pages.clerk;
    await page.goto(`${baseUrl}/notarization/workbench`);
    const row = byTestId(page, 'cases-table').locator('tbody tr').filter({ hasText: caseNumber });
    await row.waitFor();
    expect(await row.innerText()).toContain(APPLICANT);
    await row.getByRole('link', { name: caseNumber }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/notarization/cases/'));
    caseUrl = page.url();
    await expectState(page, '待受理');
    expect(await page.locator('body').innerText()).not.toContain(ID_NUMBER);
    const status = await runAction(page, 'accept', 'accept', async () => {
      await page.locator('#toldItems_0').fill('学历公证仅证明毕业证书复印件与原件相符');
      await byTestId(page, 'add-item').click();
      await page.locator('#toldItems_1').fill('提供虚假材料须承担法律责任');
    });
    expect(status).toBe(200);
    await expectState(page, '已受理');
  });

  step(
    'the notary asks for a missing material: the issue deadline stops, and moves on supply',
    async () => {
      const page = await openCase('notary');
      expect(await runAction(page, 'start_review')).toBe(200);
      await expectState(page, '审查中');
      await expect.poll(() => byTestId(page, 'case-notary').innerText()).toBe('吴公证');
      const due = byTestId(page, 'deadline-issue-due');
      const before = await due.innerText();
      expect(before).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const requested = await runAction(page, 'request_supplement', 'request-supplement', () =>
        page.locator('#items_0').fill('学位证书原件'),
      );
      expect(requested).toBe(200);
      await expectState(page, '待补充材料');
      await expect.poll(() => due.innerText()).toBe('期限暂停中');
      expect(
        await byTestId(page, 'deadline-issue')
          .locator('[data-testid="deadline-tag"]')
          .getAttribute('data-status'),
      ).toBe('suspended');

      const supplied = await runAction(page, 'supply', 'supply', () =>
        page.locator('[data-testid="action-form-supply"] input[type="file"]').setInputFiles({
          name: '学位证书.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4 学位'),
        }),
      );
      expect(supplied).toBe(200);
      await expectState(page, '审查中');
      const after = await due.innerText();
      expect(after).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The server counts the working days after the stop up to the resumption; both happen
      // today here (the server's clock cannot be moved from a browser test), so the date may
      // stay, but it never moves earlier.
      expect(after >= before).toBe(true);
    },
  );

  step('the notary proposes the certificate and the head approves its issue', async () => {
    const notary = pages.notary;
    const proposed = await runAction(notary, 'propose_issue', 'propose-issue', () =>
      notary.locator('#certifiedFacts').fill(`兹证明${APPLICANT}于2017年毕业于广州大学。`),
    );
    expect(proposed).toBe(200);
    await expectState(notary, '出证待审批');

    const head = await openCase('head');
    expect(await runAction(head, 'approve_issue', 'approve-issue')).toBe(200);
    await expectState(head, '已出证');
    certificateNumber = await byTestId(head, 'case-certificate').innerText();
    expect(certificateNumber).toMatch(/证字第\d+号$/);

    await head.getByRole('tab', { name: /文书材料/ }).click();
    const row = byTestId(head, 'documents-table')
      .locator('tbody tr')
      .filter({ hasText: '公证书' })
      .filter({ hasNotText: '二维码' })
      .first();
    const [download] = await Promise.all([
      head.waitForEvent('download'),
      row.getByRole('button', { name: /下载/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    certificateFile = join(RESULTS, 'notarization-certificate.docx');
    await download.saveAs(certificateFile);
    await head.screenshot({ path: join(RESULTS, 'notarization-case.png'), fullPage: true });
  });

  step(
    'the public page shows it valid, the file identical, and the bundle verifies offline',
    async () => {
      expect(await publicStatus()).toBe('valid');
      const page = pages.citizen;
      const shown = await page.locator('body').innerText();
      expect(shown).not.toContain(APPLICANT);
      expect(shown).not.toContain(ID_NUMBER);

      await byTestId(page, 'verify-file').waitFor();
      await page
        .locator('input[type="file"]')
        .first()
        .setInputFiles({
          name: 'certificate.docx',
          mimeType: 'application/octet-stream',
          buffer: readFileSync(certificateFile),
        });
      const fileResult = byTestId(page, 'verify-file-result');
      await expect.poll(() => fileResult.getAttribute('data-identical')).toBe('true');

      await Promise.all([page.waitForEvent('download'), byTestId(page, 'bundle-download').click()]);
      await expect.poll(() => byTestId(page, 'bundle-text').inputValue()).toContain('checkpoint');
      expect(await verifyOffline(page)).toEqual({
        ok: 'true',
        signature: 'true',
        root: 'true',
        inclusion: 'true',
      });
      const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(scrollWidth).toBeLessThanOrEqual(390);
      await page.screenshot({
        path: join(RESULTS, 'notarization-verify-phone.png'),
        fullPage: true,
      });
    },
  );

  step('the head opens a re-examination and another notary revokes the certificate', async () => {
    const head = await openCase('head');
    const opened = await runAction(
      head,
      'start_re_examination',
      'start-re-examination',
      async () => {
        await head.locator('#reExaminerId').fill(staffIds.notary2);
        await head.locator('#requestedBy').fill('利害关系人李四');
        await head.locator('#reasons').fill('毕业证书系伪造');
      },
    );
    expect(opened).toBe(200);
    await expectState(head, '复查中');

    const other = await openCase('notary2');
    const revoked = await runAction(other, 'revoke', 'decide-re-examination', () =>
      other.locator('#reasons').fill('经复查，毕业证书系伪造，公证书内容不真实'),
    );
    expect(revoked).toBe(200);
    await expectState(other, '已撤销');
  });

  step('the public page shows it revoked; a changed byte in the bundle fails offline', async () => {
    expect(await publicStatus()).toBe('revoked');
    const page = pages.citizen;
    await Promise.all([page.waitForEvent('download'), byTestId(page, 'bundle-download').click()]);
    await expect.poll(() => byTestId(page, 'bundle-text').inputValue()).toContain('checkpoint');
    const text = await byTestId(page, 'bundle-text').inputValue();
    expect((await verifyOffline(page)).ok).toBe('true');

    const bundle = JSON.parse(text) as { certificate: string };
    const at = Math.floor(bundle.certificate.length / 2);
    const flipped = bundle.certificate[at] === 'A' ? 'B' : 'A';
    bundle.certificate =
      bundle.certificate.slice(0, at) + flipped + bundle.certificate.slice(at + 1);
    expect(await verifyOffline(page, JSON.stringify(bundle, null, 2))).toEqual({
      ok: 'false',
      signature: 'true',
      root: 'false',
      inclusion: 'false',
    });
  });
});
