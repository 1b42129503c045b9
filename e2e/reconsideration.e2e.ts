// The life of a reconsideration case in real browsers: a citizen applies on a phone, the clerk
// asks for 补正, the citizen supplies it on the tracking page, the clerk accepts, the head assigns
// a handler, the handler hears the case and drafts a 撤销 decision, the head approves, the handler
// serves it, the clerk publishes it redacted, and the public page shows it without personal data.
// The tracking page is checked at every stage.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { fillDate, journey, pickOption, RESULTS } from './journey.js';
import { shanghaiDate, withCheckCharacter } from './staff.js';

const STAFF = {
  clerk: { username: 'e2e_clerk', displayName: '王立案', role: 'reconsideration_clerk' },
  head: { username: 'e2e_head', displayName: '李科长', role: 'reconsideration_head' },
  handler: { username: 'e2e_handler', displayName: '赵承办', role: 'reconsideration_handler' },
} as const;
type Staff = keyof typeof STAFF;
const { baseUrl, pages, step, byTestId } = journey({
  name: 'reconsideration',
  organization: '广州市司法局',
  staff: STAFF,
  password: 'Recon-pass-2026',
});

const APPLICANT = '张三丰';
const PHONE = '13812345678';
/** A valid resident ID number: GB 11643 check character over the first 17 digits. */
const ID_NUMBER = withCheckCharacter('44010619900307123');

let caseNumber = '';
let trackingCode = '';
let caseUrl = '';

/** The stage the tracking page shows now (the form keeps the case number and the code). */
async function trackedStage(expected: string): Promise<string> {
  const page = pages.citizen;
  if (!page.url().endsWith('/public/reconsideration/track')) {
    await page.goto(`${baseUrl}/public/reconsideration/track`);
  }
  await page.locator('#caseNumber').fill(caseNumber);
  await page.locator('#trackingCode').fill(trackingCode);
  await byTestId(page, 'track-submit').click();
  const stage = byTestId(page, 'track-stage');
  await expect.poll(() => stage.innerText(), { timeout: 10_000 }).toBe(expected);
  return stage.innerText();
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

describe('a reconsideration case from the online application to the published decision', () => {
  step(
    'a citizen applies online on a phone and gets a case number and a tracking code',
    async () => {
      const page = pages.citizen;
      await page.goto(`${baseUrl}/public/reconsideration/apply`);
      await byTestId(page, 'apply-step-parties')
        .getByText('广州市人民政府', { exact: true })
        .waitFor();
      await page.locator('#applicants_0_name').fill(APPLICANT);
      await page.locator('#applicants_0_idNumber').fill(ID_NUMBER);
      await page.locator('#applicants_0_phone').fill(PHONE);
      await page.locator('#applicants_0_address').fill('广州市天河区五山路1号');
      await byTestId(page, 'apply-next').click();

      await page.locator('#respondentName').fill('广州市市场监督管理局');
      await page.locator('#contestedAct').fill('作出的穗市监罚〔2026〕88号行政处罚决定');
      await fillDate(page, '#actDate', shanghaiDate(-20));
      await fillDate(page, '#knewDate', shanghaiDate(-18));
      await byTestId(page, 'apply-next').click();

      await page.locator('#requests').fill('撤销被申请人作出的行政处罚决定');
      await page
        .locator('#factsAndReasons')
        .fill(`被申请人认定事实不清，证据不足。申请人${APPLICANT}，联系电话${PHONE}。`);
      await byTestId(page, 'apply-next').click();

      await page.locator('#simplifiedFacts_fineAmount').fill('20000');
      await byTestId(page, 'apply-next').click();

      await byTestId(page, 'apply-step-attachments')
        .locator('input[type="file"]')
        .setInputFiles({
          name: '处罚决定书.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4 处罚决定书'),
        });
      await byTestId(page, 'apply-submit').click();

      caseNumber = await byTestId(page, 'receipt-case-number').innerText();
      trackingCode = await byTestId(page, 'receipt-tracking-code').innerText();
      expect(caseNumber).toMatch(/^穗府行复〔\d{4}〕\d+号$/);
      expect(trackingCode).toMatch(/^[A-Z2-9]{8}$/);
      const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(scrollWidth).toBeLessThanOrEqual(390);
      await page.screenshot({
        path: join(RESULTS, 'reconsideration-apply-phone.png'),
        fullPage: true,
      });

      await byTestId(page, 'receipt-track').click();
      await page.waitForURL((url) => url.pathname === '/public/reconsideration/track');
      await expect.poll(() => byTestId(page, 'track-stage').innerText()).toBe('待审查');
      expect(await byTestId(page, 'track-next-date').innerText()).toContain('受理审查');
    },
  );

  step(
    'the clerk finds the case on the workbench and asks once for every missing item',
    async () => {
      const page = pages.clerk;
      await page.goto(`${baseUrl}/reconsideration/workbench`);
      const row = byTestId(page, 'cases-table').locator('tbody tr').filter({ hasText: caseNumber });
      await row.waitFor();
      expect(await row.innerText()).toContain(APPLICANT);
      expect(await row.locator('[data-testid="deadline-tag"]').getAttribute('data-status')).toMatch(
        /^(normal|due_soon)$/,
      );
      await page.waitForLoadState('networkidle');
      await page.screenshot({
        path: join(RESULTS, 'reconsideration-workbench.png'),
        fullPage: true,
      });

      await row.getByRole('link', { name: caseNumber }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/reconsideration/cases/'));
      caseUrl = page.url();
      await expectState(page, '待审查');
      // the ID number and the phone are shown masked only
      expect(await page.locator('body').innerText()).not.toContain(ID_NUMBER);

      const status = await runAction(page, 'request_correction', async () => {
        await page.locator('#items_0').fill('身份证复印件');
        await byTestId(page, 'add-item').click();
        await page.locator('#items_1').fill('处罚决定书原件照片');
      });
      expect(status).toBe(200);
      await expectState(page, '待补正');
      // the generated 补正通知书 is among the documents and downloads
      await page.getByRole('tab', { name: /文书材料/ }).click();
      const notice = byTestId(page, 'documents-table')
        .locator('tbody tr')
        .filter({ hasText: '行政复议补正通知书' });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        notice.getByRole('button', { name: /下载/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^行政复议补正通知书.*\.docx$/);

      expect(await trackedStage('待补正')).toBe('待补正');
      const items = await byTestId(pages.citizen, 'correction-items').innerText();
      expect(items).toContain('身份证复印件');
      expect(items).toContain('处罚决定书原件照片');
    },
  );

  step('the citizen uploads the missing material on the tracking page', async () => {
    const page = pages.citizen;
    await byTestId(page, 'supply-form')
      .locator('input[type="file"]')
      .setInputFiles({
        name: '身份证复印件.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('jpeg'),
      });
    await byTestId(page, 'supply-submit').click();
    await expect.poll(() => byTestId(page, 'track-stage').innerText()).toBe('待审查');
    expect(await byTestId(page, 'supply-form').count()).toBe(0);
  });

  step('the clerk accepts the application in the ordinary procedure', async () => {
    const page = await openCase('clerk');
    await expectState(page, '待审查');
    expect(await runAction(page, 'accept')).toBe(200);
    await expectState(page, '审理中');
    expect(await trackedStage('审理中')).toBe('审理中');
  });

  step('the head assigns the handler', async () => {
    const page = await openCase('head');
    const status = await runAction(page, 'assign', async () => {
      await pickOption(page, '#handlerId', `${STAFF.handler.displayName}（在办 0 件）`);
    });
    expect(status).toBe(200);
    await expect.poll(() => byTestId(page, 'case-handler').innerText()).toBe('赵承办');
  });

  step('the handler sends the normative document behind the act for review (Art. 13)', async () => {
    const page = await openCase('handler');
    await page.getByRole('tab', { name: '附带审查' }).click();
    await byTestId(page, 'document-review-form').waitFor();
    await page.locator('#document').fill('《广州市户外广告管理办法》（穗府办规〔2026〕3号）');
    await page.locator('#reason').fill('处罚依据的办法增设了上位法没有的处罚');
    const [sent] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/document-review')),
      byTestId(page, 'document-review-submit').click(),
    ]);
    expect(sent.status()).toBe(201);
    const table = byTestId(page, 'document-reviews');
    await expect.poll(() => table.innerText()).toContain('穗府办规〔2026〕3号');
    expect(await byTestId(page, 'document-review-state').first().innerText()).not.toBe('');
    await page.getByRole('tab', { name: '办理过程' }).click();
    await expect
      .poll(() => byTestId(page, 'case-timeline').innerText())
      .toContain('提请规范性文件附带审查');
  });

  step(
    'the handler sends the copy, records the answer, and holds a hearing after 5 working days of notice',
    async () => {
      const page = await openCase('handler');
      expect(await runAction(page, 'send_copy')).toBe(200);
      const answered = await runAction(page, 'record_answer', async () => {
        await page.locator('#summary').fill('被申请人认为处罚决定事实清楚、证据确凿');
      });
      expect(answered).toBe(200);

      // today is too soon: the server names the earliest date, which the test then uses
      await byTestId(page, 'action-schedule_hearing').click();
      await byTestId(page, 'action-form-schedule_hearing').waitFor();
      await fillDate(page, '#hearingDate', shanghaiDate(0));
      await page.locator('#location').fill('市司法局听证室');
      await page.locator('#presiding').fill('王主持');
      await page.locator('#officers_0').fill('李听证');
      await page.locator('#officers_1').fill('赵听证');
      await page.locator('#clerk').fill('钱记录');
      const [tooSoon] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/schedule-hearing')),
        byTestId(page, 'action-submit').click(),
      ]);
      expect(tooSoon.status()).toBe(400);
      const hint = page.locator('.ant-form-item-explain-error').filter({ hasText: '最早可定于' });
      const earliest = /最早可定于 (\d{4}-\d{2}-\d{2})/.exec(await hint.innerText())?.[1];
      expect(earliest).toBeDefined();
      await fillDate(page, '#hearingDate', earliest!);
      const [scheduled] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/schedule-hearing')),
        byTestId(page, 'action-submit').click(),
      ]);
      expect(scheduled.status()).toBe(200);
      await byTestId(page, 'action-form-schedule_hearing').waitFor({ state: 'detached' });

      const recorded = await runAction(page, 'record_hearing', async () => {
        await page.locator('#record').fill('双方陈述意见，进行质证。');
      });
      expect(recorded).toBe(200);
      await expectState(page, '审理中');
      expect(await trackedStage('审理中')).toBe('审理中');
      const steps = await byTestId(pages.citizen, 'track-steps').innerText();
      expect(steps).toContain('登记被申请人答复');
      expect(steps).toContain('安排听证');
    },
  );

  step('the handler drafts a 撤销 decision and the head approves it', async () => {
    const handler = pages.handler;
    const drafted = await runAction(handler, 'draft_decision', async () => {
      await pickOption(handler, '#type', '撤销');
      await handler.locator('#summary').fill('被申请人未能提供证据证明违法事实');
      await handler.locator('#reasons').fill('被申请人认定事实不清，证据不足');
      await handler.locator('#legalBasis').fill('《中华人民共和国行政复议法》第六十四条');
    });
    expect(drafted).toBe(200);
    await expectState(handler, '决定待审批');
    expect(await trackedStage('决定待审批')).toBe('决定待审批');

    const head = await openCase('head');
    expect(await runAction(head, 'approve_decision')).toBe(200);
    await expectState(head, '已决定待送达');
    expect(await trackedStage('已决定待送达')).toBe('已决定待送达');
  });

  step('the handler serves the decision and the case closes', async () => {
    const page = await openCase('handler');
    expect(await runAction(page, 'serve')).toBe(200);
    await expectState(page, '已送达结案');
    await page.getByRole('tab', { name: /法定期限/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(RESULTS, 'reconsideration-case.png'), fullPage: true });
    expect(await trackedStage('已送达结案')).toBe('已送达结案');
  });

  step(
    'the clerk publishes the redacted decision; the public page shows 张某, not the name or ID number',
    async () => {
      const page = await openCase('clerk');
      await page.getByRole('tab', { name: '决定公开' }).click();
      await byTestId(page, 'publication-draft').click();
      const text = byTestId(page, 'publication-text');
      await expect.poll(() => text.inputValue()).toContain('张某');
      expect(await text.inputValue()).not.toContain(APPLICANT);
      expect(await text.inputValue()).not.toContain(PHONE);
      await byTestId(page, 'publication-publish').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await expect.poll(() => byTestId(page, 'publication-status').innerText()).toBe('已公开');

      const citizen = pages.citizen;
      await citizen.goto(`${baseUrl}/public/reconsideration/decisions`);
      await citizen.locator('#respondent').fill('市场监督');
      await byTestId(citizen, 'decision-search').click();
      const result = byTestId(citizen, 'decision-list').getByRole('link', { name: caseNumber });
      await result.click();
      const body = byTestId(citizen, 'decision-text');
      await expect.poll(() => body.innerText()).toContain('张某');
      const shown = await citizen.locator('body').innerText();
      expect(shown).not.toContain(APPLICANT);
      expect(shown).not.toContain(ID_NUMBER);
      expect(shown).not.toContain(PHONE);
      expect(shown).toContain('撤销');
      await citizen.screenshot({
        path: join(RESULTS, 'reconsideration-decision-phone.png'),
        fullPage: true,
      });
    },
  );
});
