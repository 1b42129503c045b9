// 一人一档 in real browsers: a resident who asked for legal aid and for mediation (through the
// public application endpoints the citizen pages call; the flows themselves have their own
// journeys) has one file. The legal-aid officer and the mediation administrator open the cases,
// the archivist finds the resident by ID number for a stated purpose, creates the file, sees both
// matters and gives the resident a one-time code; the resident then signs in on a phone, sees
// both matters and, on 谁查看了我的信息, each of those staff reads with its purpose.
// The property company the dispute is with gets its own file by credit code, listing the dispute.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import { journey, pickOption, RESULTS } from './journey.js';
import { creditCodeCheckCharacter } from '../platform/identifiers/index.js';
import { withCheckCharacter } from './staff.js';

const STAFF = {
  officer: { username: 'e2e_pf_officer', displayName: '许援助', role: 'legal_aid_officer' },
  mediation: { username: 'e2e_pf_mediation', displayName: '郑调委', role: 'mediation_admin' },
  archivist: { username: 'e2e_pf_archive', displayName: '林档案员', role: 'persons_officer' },
} as const;
const PASSWORD = 'Person-file-2026';
const { baseUrl, pages, step, byTestId } = journey({
  name: 'person-file',
  organization: '广州市天河区法律援助中心',
  staff: STAFF,
  password: PASSWORD,
});

const RESIDENT = '陈一档';
const withCreditCheck = (first17: string) => first17 + creditCodeCheckCharacter(first17);
/** The property company the resident's dispute is with. */
const COMPANY = '广州某物业服务有限公司';
const CREDIT_CODE = withCreditCheck('91440106MA5D0E2F1');
const ID_NUMBER = withCheckCharacter('44010619790521263');
const MASKED = `${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(14)}`;

let legalAid = { caseId: '', caseNumber: '' };
let mediation = { caseId: '', caseNumber: '' };
let oneTimeCode = '';

async function post(path: string, body: unknown): Promise<{ caseId: string; caseNumber: string }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { caseId: string; caseNumber: string };
  expect(response.status, JSON.stringify(json)).toBe(201);
  return json;
}

const pdf = (title: string) => ({
  title,
  fileName: `${title}.pdf`,
  mimeType: 'application/pdf',
  contentBase64: Buffer.from(`%PDF-1.4 ${title}`).toString('base64'),
});

beforeAll(async () => {
  legalAid = await post('/api/public/legal-aid/applications', {
    category: 'civil',
    civilMatter: 'labour',
    hasOwnLawyer: false,
    household: { members: 3, monthlyIncomeYuan: 3000 },
    residenceRegion: '440106001',
    applicant: { name: RESIDENT, idNumber: ID_NUMBER, phone: '13800001111' },
    place: { kind: 'non_litigation', regionCode: '440106001' },
    matterSummary: '用人单位拖欠申请人两个月工资共计八千元。',
    materials: [pdf('身份证明'), pdf('经济困难状况说明')],
  });
  mediation = await post('/api/public/mediation/applications', {
    disputeType: 'neighbourhood',
    placeCode: '440106001001',
    facts: '楼上住户空调外机噪音影响申请人休息。',
    claims: '请求对方移装空调外机。',
    parties: [
      {
        role: 'applicant',
        kind: 'person',
        name: RESIDENT,
        idNumber: ID_NUMBER,
        phone: '13800001111',
      },
      { role: 'respondent', kind: 'organization', name: COMPANY, creditCode: CREDIT_CODE },
    ],
  });
});

async function openStaffCase(page: Page, url: string, caseNumber: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => byTestId(page, 'case-number').innerText()).toContain(caseNumber);
  // the party's number stays masked on the case page
  expect(await page.locator('body').innerText()).not.toContain(ID_NUMBER);
}

describe('one file per person, and the person sees who read it', () => {
  step('the legal-aid officer and the mediation administrator open the cases', async () => {
    await openStaffCase(
      pages.officer,
      `${baseUrl}/legal-aid/cases/${legalAid.caseId}`,
      legalAid.caseNumber,
    );
    await openStaffCase(
      pages.mediation,
      `${baseUrl}/mediation/cases/${mediation.caseId}`,
      mediation.caseNumber,
    );
  });

  step(
    'the archivist looks the resident up for a stated purpose and creates the file',
    async () => {
      const page = pages.archivist;
      await page.goto(`${baseUrl}/persons`);
      await byTestId(page, 'lookup-id-number').fill(ID_NUMBER);
      await pickOption(page, '#lookup_purpose', '答复当事人');
      await byTestId(page, 'lookup-submit').click();
      await byTestId(page, 'register-name').fill(RESIDENT);
      await byTestId(page, 'register-submit').click();
      await expect.poll(() => byTestId(page, 'person-name').innerText()).toContain(RESIDENT);
      expect(await byTestId(page, 'file-purpose').innerText()).toContain('答复当事人');
      expect(await byTestId(page, 'masked-id-number').innerText()).toBe(MASKED);
    },
  );

  step('the file lists the legal-aid and the mediation matter', async () => {
    const page = pages.archivist;
    const matters = byTestId(page, 'matters-table');
    await expect.poll(() => matters.innerText()).toContain(legalAid.caseNumber);
    const text = await matters.innerText();
    expect(text).toContain(mediation.caseNumber);
    expect(text).toContain('法律援助');
    expect(text).toContain('人民调解');
    expect(await page.locator('body').innerText()).not.toContain(ID_NUMBER);
    await page.screenshot({ path: join(RESULTS, 'person-file.png'), fullPage: true });
  });

  step('the archivist gives the resident a one-time code', async () => {
    const page = pages.archivist;
    await byTestId(page, 'code-button').click();
    const code = byTestId(page, 'one-time-code');
    await expect.poll(async () => /\d{6}/.test(await code.innerText())).toBe(true);
    oneTimeCode = /\d{6}/.exec(await code.innerText())![0];
  });

  step('the resident signs in on a phone and sees both matters', async () => {
    const page = pages.citizen;
    await page.goto(`${baseUrl}/public/persons`);
    await byTestId(page, 'citizen-id-number').fill(ID_NUMBER);
    await byTestId(page, 'citizen-code').fill(oneTimeCode);
    await byTestId(page, 'citizen-verify').click();
    const matters = byTestId(page, 'citizen-matters');
    await expect.poll(() => matters.innerText()).toContain(legalAid.caseNumber);
    expect(await matters.innerText()).toContain(mediation.caseNumber);
    expect(await byTestId(page, 'citizen-hello').innerText()).toContain(MASKED);
  });

  step('the access-log page shows each staff read with its purpose', async () => {
    const page = pages.citizen;
    await page.getByText('谁查看了我的信息').click();
    const log = byTestId(page, 'citizen-access-log');
    await log.waitFor();
    const entries = byTestId(page, 'citizen-access-entry');
    const texts = await entries.allInnerTexts();
    const readBy = (name: string) => texts.filter((t) => t.includes(name));
    expect(readBy(STAFF.officer.displayName).join('\n')).toContain(legalAid.caseNumber);
    expect(readBy(STAFF.officer.displayName).join('\n')).toContain('办理案件');
    expect(readBy(STAFF.mediation.displayName).join('\n')).toContain(mediation.caseNumber);
    expect(readBy(STAFF.mediation.displayName).join('\n')).toContain('办理案件');
    const archivist = readBy(STAFF.archivist.displayName);
    // the lookup found no file yet (nothing read); opening the new file is logged
    expect(archivist).toHaveLength(1);
    expect(archivist[0]).toContain('个人档案');
    expect(archivist[0]).toContain('答复当事人');
    expect(texts.join('\n')).not.toContain(ID_NUMBER);
    await page.screenshot({ path: join(RESULTS, 'person-access-log-phone.png'), fullPage: true });
  });

  step('the archivist registers the company by its credit code and sees its dispute', async () => {
    const page = pages.archivist;
    await page.goto(`${baseUrl}/persons`);
    await page.locator('#organizationLookup_creditCode').fill(CREDIT_CODE);
    await byTestId(page, 'organization-lookup').click();
    await page.locator('#organizationRegister_name').fill(COMPANY);
    await byTestId(page, 'organization-register').click();
    const matters = byTestId(page, 'organization-matters');
    await expect.poll(() => matters.innerText()).toContain(mediation.caseNumber);
    expect(await matters.innerText()).toContain('被申请人');
  });
});
