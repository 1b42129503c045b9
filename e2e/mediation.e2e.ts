// A neighbours' dispute in real browsers, from a party's application to judicial confirmation:
// the party applies on a phone (the page names the community's committee), the committee's
// administrator assigns the mediator, who records a session, writes the agreement (a .docx with
// every item of 人民调解法 Art. 29), records the signatures that make it effective, then the
// application to the court, its acceptance and its ruling; the party follows it all on the
// tracking page. The committee and its mediator are set up over the API first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import { docxText } from '../modules/mediation/tests/docx-text.js';
import { journey, RESULTS } from './journey.js';
import { apiCall, apiLogin, shanghaiDate, withCheckCharacter } from './staff.js';

const PASSWORD = 'Mediate-pass-2026';
const STAFF = {
  admin: { username: 'e2e_tjadmin', displayName: '何主任', role: 'mediation_admin' },
  mediator: { username: 'e2e_tiaojie', displayName: '林调解', role: 'mediator' },
} as const;
type Staff = keyof typeof STAFF;
const { baseUrl, pages, staffIds, step, byTestId } = journey({
  name: 'mediation',
  organization: '五山司法所',
  staff: STAFF,
  password: PASSWORD,
});

// 华工社区 of 五山街道: a community the demo data gives no committee of its own.
const COMMITTEE = '五山街道华工社区人民调解委员会';
const APPLICANT = '张丽华';
const ID_NUMBER = withCheckCharacter('44010619800307242');

let caseNumber = '';
let trackingCode = '';
let caseUrl = '';

beforeAll(async () => {
  const admin = await apiLogin(baseUrl, STAFF.admin.username, PASSWORD);
  const today = shanghaiDate();
  const created = await apiCall(baseUrl, admin, 'POST', '/api/mediation/committees', {
    name: COMMITTEE,
    shortName: '五山华工',
    level: 'community',
    regionCode: '440106001004',
    termStart: today,
    termEnd: `${Number(today.slice(0, 4)) + 2}-12-31`,
    members: [
      { name: '梁惠芬', sex: 'female', post: 'chair' },
      { name: '黄伟', sex: 'male', post: 'member' },
      { name: '李建国', sex: 'male', post: 'member' },
    ],
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const appointed = await apiCall(
    baseUrl,
    admin,
    'POST',
    `/api/mediation/committees/${created.json.id}/mediators`,
    {
      name: STAFF.mediator.displayName,
      sex: 'female',
      kind: 'full_time',
      specialties: ['neighbourhood'],
      userId: staffIds.mediator,
    },
  );
  expect(appointed.status, JSON.stringify(appointed.json)).toBe(201);
}, 60_000);

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
) {
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

const expectState = (page: Page, label: string) =>
  expect.poll(() => byTestId(page, 'case-state').innerText()).toBe(label);

/** Picks in an open antd Select or Cascader dropdown the option showing `text`. */
async function choose(page: Page, text: string) {
  await page
    .locator(
      '.ant-select-dropdown:visible .ant-select-item-option, .ant-cascader-dropdown:visible .ant-cascader-menu-item',
    )
    .filter({ hasText: text })
    .first()
    .click();
}

async function trackedState(): Promise<string> {
  const page = pages.citizen;
  await page.goto(`${baseUrl}/public/mediation/track`);
  await page.locator('#caseNumber').fill(caseNumber);
  await page.locator('#trackingCode').fill(trackingCode);
  await byTestId(page, 'track-submit').click();
  const state = byTestId(page, 'track-state');
  await state.waitFor();
  return state.innerText();
}

describe('a mediation from a party’s application to judicial confirmation', () => {
  step('the login page links the public mediation pages', async () => {
    const page = pages.citizen;
    await page.goto(`${baseUrl}/login`);
    const links = byTestId(page, 'public-services');
    await expect.poll(() => links.innerText()).toContain('申请人民调解');
    expect(await links.innerText()).toContain('调解进度查询');
  });

  step('a party applies on a phone; the page names the community’s committee', async () => {
    const page = pages.citizen;
    await page.goto(`${baseUrl}/public/mediation/apply`);
    await byTestId(page, 'dispute-type').click();
    await choose(page, '邻里纠纷');
    await byTestId(page, 'place-picker').click();
    await choose(page, '天河区');
    await choose(page, '五山街道');
    await choose(page, '华工社区');
    await expect.poll(() => byTestId(page, 'routed-committee').innerText()).toContain(COMMITTEE);
    await page.locator('#facts').fill('楼上住户装修期间多次漏水，浸湿申请人家中天花板。');
    await page.locator('#claims').fill('请求对方修复漏水点并赔偿维修费用3000元。');
    await page.locator('#applicant_name').fill(APPLICANT);
    await page.locator('#applicant_idNumber').fill(ID_NUMBER);
    await page.locator('#applicant_phone').fill('13812345678');
    await page.locator('#applicant_address').fill('广州市天河区五山路1号301房');
    await page.locator('#respondents_0_name').fill('王强');
    await page.locator('#respondents_0_phone').fill('13987654321');
    await byTestId(page, 'apply-submit').click();
    caseNumber = await byTestId(page, 'receipt-case-number').innerText();
    trackingCode = await byTestId(page, 'receipt-tracking-code').innerText();
    expect(caseNumber).toMatch(/^\(\d{4}\)五山华工调字第1号$/);
    expect(trackingCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(await byTestId(page, 'receipt-committee').innerText()).toBe(COMMITTEE);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: join(RESULTS, 'mediation-apply-phone.png'), fullPage: true });
    expect(await trackedState()).toBe('当事人申请，待指派');
  });

  step('the administrator finds it on the workbench and assigns the mediator', async () => {
    const page = pages.admin;
    await page.goto(`${baseUrl}/mediation/workbench`);
    const row = byTestId(page, 'cases-table').locator('tbody tr').filter({ hasText: caseNumber });
    await row.waitFor();
    expect(await row.innerText()).toContain(APPLICANT);
    await row.getByRole('link', { name: caseNumber }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/mediation/cases/'));
    caseUrl = page.url();
    await expectState(page, '当事人申请，待指派');
    expect(await page.locator('body').innerText()).not.toContain(ID_NUMBER);
    const status = await runAction(page, 'assign', async () => {
      await byTestId(page, 'mediator-select').click();
      await choose(page, '林调解');
    });
    expect(status).toBe(200);
    await expectState(page, '已指派调解员');
    expect(await byTestId(page, 'case-mediator').innerText()).toBe('林调解');
  });

  step(
    'the mediator records a session and writes the agreement with the Art. 29 items',
    async () => {
      const page = await openCase('mediator');
      const session = await runAction(page, 'record_session', async () => {
        await page.locator('#place').fill('华工社区调解室');
        await page
          .locator('#notes')
          .fill('双方陈述事实，王强承认漏水系其装修所致，同意修复并赔偿。');
      });
      expect(session).toBe(200);
      await expectState(page, '调解中');
      const drafted = await runAction(page, 'draft_agreement', async () => {
        await page.locator('#responsibilities').fill('王强对漏水承担全部责任。');
        await page
          .locator('#content')
          .fill('一、王强于十日内修复防水层。\n二、王强赔偿张丽华维修费用2500元。');
        await page.locator('#performanceManner').fill('银行转账一次性支付');
      });
      expect(drafted).toBe(200);
      await expectState(page, '协议待签署');
    },
  );

  step(
    'all sign, the mediator signs and the committee seals: the agreement takes effect',
    async () => {
      const page = await openCase('mediator');
      expect(await runAction(page, 'sign_agreement')).toBe(200);
      await expectState(page, '书面协议已生效');
      await page.getByRole('tab', { name: /调解协议/ }).click();
      expect(await byTestId(page, 'agreement-effective').innerText()).toBe(shanghaiDate());
      await page.getByRole('tab', { name: /文书/ }).click();
      const row = byTestId(page, 'documents-table')
        .locator('tbody tr')
        .filter({ hasText: '人民调解协议书' })
        .filter({ hasNotText: '签署前' });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row.getByRole('button', { name: /下载/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const file = join(RESULTS, 'mediation-agreement.docx');
      await download.saveAs(file);
      const text = docxText(readFileSync(file));
      for (const expected of [
        `申请人：${APPLICANT}，女，1980年3月7日出生`,
        '楼上住户装修期间多次漏水',
        '王强对漏水承担全部责任。',
        '王强赔偿张丽华维修费用2500元。',
        '履行方式：银行转账一次性支付',
        `人民调解员 林调解（签名）  ${shanghaiDate()}`,
        `${COMMITTEE}（印章）  ${shanghaiDate()}`,
      ])
        expect(text, expected).toContain(expected);
      expect(text).not.toContain(ID_NUMBER);
    },
  );

  step(
    'the court accepts the application for confirmation and confirms the agreement',
    async () => {
      const page = await openCase('mediator');
      expect(
        await runAction(page, 'apply_confirmation', () =>
          page.locator('#court').fill('广州市天河区人民法院'),
        ),
      ).toBe(200);
      await expectState(page, '已申请司法确认');
      expect(await runAction(page, 'court_accept')).toBe(200);
      await expectState(page, '法院已受理司法确认');
      expect(
        await runAction(page, 'court_confirm', () =>
          page.locator('#rulingNumber').fill('(2026)粤0106民特1号'),
        ),
      ).toBe(200);
      await expectState(page, '司法确认有效');
      await page.getByRole('tab', { name: /回访与司法确认/ }).click();
      expect(await byTestId(page, 'confirmation-ruling').innerText()).toBe('确认有效');
      await page.screenshot({ path: join(RESULTS, 'mediation-case.png'), fullPage: true });
    },
  );

  step('the party sees the confirmation and every step on the tracking page', async () => {
    expect(await trackedState()).toBe('司法确认有效');
    const page = pages.citizen;
    const shown = await byTestId(page, 'track-result').innerText();
    for (const label of [
      '当事人网上申请调解',
      '指派调解员',
      '登记签名盖章（协议生效）',
      '登记申请司法确认',
      '登记法院受理',
      '登记裁定确认有效',
    ])
      expect(shown).toContain(label);
    expect(shown).not.toContain('王强承认');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
  });
});
