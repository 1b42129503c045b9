// The life of a 学历 certificate in real browsers: a citizen applies online on a phone and keeps
// the tracking code, the clerk accepts and records the fee, the notary asks for a missing
// material and seven days pass on the server's legal clock before it comes (the issue deadline
// moves by the working days it stopped), the head approves the issue, the public page verifies
// the certificate by number, by file and offline (WebCrypto in the page, and a changed byte
// fails), the head records a relative of a notary, opens a re-examination with another notary
// picked by name, the certificate is revoked, and the public pages show the revocation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { DEADLINES } from '../modules/notarization/domain/case-type.js';
import { chinaCalendar } from '../platform/workflow/calendar.js';
import { addDays } from '../platform/workflow/dates.js';
import { computeDeadline } from '../platform/workflow/deadline.js';
import { journey, pickOption, RESULTS } from './journey.js';
import { byTestId, expectState, legalClock, runAction, verifyOffline } from './notary-journey.js';
import { withCheckCharacter } from './staff.js';

const STAFF_PASSWORD = 'Notary-pass-2026';
const STAFF = {
  clerk: { username: 'e2e_nclerk', displayName: '周受理', role: 'notary_clerk' },
  notary: { username: 'e2e_notary1', displayName: '吴公证', role: 'notary' },
  notary2: { username: 'e2e_notary2', displayName: '郑公证', role: 'notary' },
  head: { username: 'e2e_nhead', displayName: '冯主任', role: 'notary_head' },
} as const;
type Staff = keyof typeof STAFF;

const APPLICANT = '陈学历';
const ID_NUMBER = withCheckCharacter('44010619950512123');
const SPOUSE_ID = withCheckCharacter('44010419800202567');
/** Calendar days the supplement takes to arrive, on the server's legal clock. */
const SUPPLEMENT_DAYS = 7;

const { baseUrl, pages, step } = journey({
  name: 'notarization',
  organization: '广州公证处',
  staff: STAFF,
  password: STAFF_PASSWORD,
});
const clock = legalClock(baseUrl);
afterAll(async () => {
  await clock.set(0);
});

let caseNumber = '';
let trackingCode = '';
let caseUrl = '';
let certificateNumber = '';
let certificateFile = '';

async function openCase(who: Staff): Promise<Page> {
  const page = pages[who];
  await page.goto(caseUrl);
  await byTestId(page, 'case-state').waitFor();
  return page;
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

describe('a 学历 certificate from the online application to its revocation', () => {
  step(
    'a citizen applies online on a phone and gets a case number and a tracking code',
    async () => {
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
          {
            name: '毕业证书.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.from('%PDF-1.4 毕业'),
          },
        ]);
      await byTestId(page, 'apply-submit').click();
      caseNumber = await byTestId(page, 'receipt-case-number').innerText();
      expect(caseNumber).toMatch(/公受字第\d+号$/);
      trackingCode = (await byTestId(page, 'receipt-tracking-code').innerText()).trim();
      expect(trackingCode).toMatch(/^[A-Z2-9]{10}$/);
      const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(scrollWidth).toBeLessThanOrEqual(390);
      await page.screenshot({
        path: join(RESULTS, 'notarization-apply-phone.png'),
        fullPage: true,
      });
    },
  );

  step('the clerk accepts it with the told-record and records the fee paid', async () => {
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

    await page.getByRole('tab', { name: /收费/ }).click();
    await byTestId(page, 'fee-pay').click();
    await pickOption(page, '[data-testid="fee-method"]', '微信支付');
    await page.locator('#receiptNumber').fill('GZGZ-2026-0001');
    const [paid] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/payments')),
      byTestId(page, 'fee-submit').click(),
    ]);
    expect(paid.status()).toBe(200);
    await expect.poll(() => byTestId(page, 'fees-paid').innerText()).toBe('80');
  });

  step(
    'the notary asks for a missing material; 7 days later it comes and the deadline moves by the suspended working days',
    async () => {
      const page = await openCase('notary');
      expect(await runAction(page, 'start_review')).toBe(200);
      await expectState(page, '审查中');
      await expect.poll(() => byTestId(page, 'case-notary').innerText()).toBe('吴公证');
      const due = byTestId(page, 'deadline-issue-due');
      const before = await due.innerText();
      // Acceptance, review and the request all happen on the server's legal date of today.
      const { today: accepted } = await clock.read();
      const calendar = chinaCalendar();
      const period = DEADLINES.issue.period;
      expect(before).toBe(computeDeadline({ start: accepted, period }, calendar).dueDate);

      const requested = await runAction(page, 'request_supplement', 'request-supplement', () =>
        page.locator('#items_0').fill('学位证书原件'),
      );
      expect(requested).toBe(200);
      await expectState(page, '待补充材料');
      await expect.poll(() => due.innerText()).toBe('期限暂停中');

      const { today: resumed } = await clock.set(SUPPLEMENT_DAYS);
      expect(resumed).toBe(addDays(accepted, SUPPLEMENT_DAYS));
      await page.reload();
      await byTestId(page, 'case-state').waitFor();
      const supplied = await runAction(page, 'supply', 'supply', () =>
        page.locator('[data-testid="action-form-supply"] input[type="file"]').setInputFiles({
          name: '学位证书.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4 学位'),
        }),
      );
      expect(supplied).toBe(200);
      await expectState(page, '审查中');

      // The working days after the request up to the supply did not count (公证法第三十条):
      // the old last day, shifted by that many working days.
      let stopped = 0;
      for (let d = addDays(accepted, 1); d <= resumed; d = addDays(d, 1))
        if (calendar.isWorkingDay(d)) stopped += 1;
      expect(stopped).toBeGreaterThan(0);
      const shifted = computeDeadline(
        { start: before, period: { amount: stopped, unit: 'workday' } },
        calendar,
      ).dueDate;
      const expected = computeDeadline(
        {
          start: accepted,
          period,
          suspensions: [{ from: accepted, to: resumed, reason: '补充材料' }],
        },
        calendar,
      ).dueDate;
      expect(expected).toBe(shifted);
      await expect.poll(() => due.innerText()).toBe(expected);
      expect(await byTestId(page, 'deadline-issue-explanation').innerText()).toContain(
        `${stopped}个工作日不计入`,
      );
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

  step("the head records a notary's spouse: the ID number is shown masked", async () => {
    const head = pages.head;
    await head.goto(`${baseUrl}/notarization/notaries`);
    await byTestId(head, 'relatives-郑公证').click();
    const form = byTestId(head, 'relative-form');
    await form.locator('#name').fill('郑某某');
    await pickOption(head, '[data-testid="relative-form"] .ant-select', '配偶');
    await form.locator('#idNumber').fill(SPOUSE_ID);
    await byTestId(head, 'relative-add').click();
    const list = byTestId(head, 'relatives-list');
    await expect.poll(() => list.innerText()).toContain('郑某某 · 配偶 · 4401**********');
    expect(await head.locator('body').innerText()).not.toContain(SPOUSE_ID);
  });

  step(
    'the head opens a re-examination with another notary, who revokes the certificate',
    async () => {
      const head = await openCase('head');
      const opened = await runAction(
        head,
        'start_re_examination',
        'start-re-examination',
        async () => {
          await byTestId(head, 'notary-picker').click();
          const options = head.locator('.ant-select-dropdown:visible .ant-select-item-option');
          // The notary who issued it may not re-examine it (公证程序规则第六十二条).
          await expect
            .poll(() => options.filter({ hasText: '吴公证' }).getAttribute('aria-disabled'))
            .toBe('true');
          await options.filter({ hasText: '郑公证' }).click();
          await head.locator('#requestedBy').fill('利害关系人李四');
          await pickOption(
            head,
            '[data-testid="requester-kind"]',
            '公证事项的利害关系人（自知道或者应当知道该项公证之日起计算）',
          );
          await head.locator('#reasons').fill('毕业证书系伪造');
        },
      );
      expect(opened).toBe(200);
      await expectState(head, '复查中');

      const other = await openCase('notary2');
      const revoked = await runAction(other, 'revoke', 'decide-re-examination', async () => {
        await pickOption(
          other,
          '[data-testid="revocation-ground"]',
          '公证书的基本内容违法或者与事实不符',
        );
        await other.locator('#reasons').fill('经复查，毕业证书系伪造，公证书内容不真实');
      });
      expect(revoked).toBe(200);
      await expectState(other, '已撤销');
    },
  );

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

  step(
    'the notice of revocations lists it, and the applicant follows the case by code',
    async () => {
      const page = pages.citizen;
      await byTestId(page, 'revocations-link').click();
      const row = byTestId(page, 'revocations-table')
        .locator('tbody tr')
        .filter({ hasText: certificateNumber });
      await row.waitFor();
      expect(await row.innerText()).toContain('公证书的基本内容违法或者与事实不符');
      expect(await page.locator('body').innerText()).not.toContain(APPLICANT);

      await page.goto(
        `${baseUrl}/public/notary/track?caseNumber=${encodeURIComponent(caseNumber)}`,
      );
      await page.locator('#trackingCode').fill(trackingCode);
      await byTestId(page, 'track-submit').click();
      await expect.poll(() => byTestId(page, 'track-state').innerText()).toBe('已撤销');
      const steps = await byTestId(page, 'track-steps').innerText();
      for (const label of [
        '网上申请',
        '受理',
        '缴纳公证费',
        '通知补充材料',
        '批准出具公证书',
        '撤销公证书',
      ])
        expect(steps).toContain(label);
      expect(steps).not.toContain('提请审批');
      await page.screenshot({
        path: join(RESULTS, 'notarization-track-phone.png'),
        fullPage: true,
      });
    },
  );
});
