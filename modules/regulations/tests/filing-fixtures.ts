// Test fixtures of filing review and cleanup: the app with filing accounts, the laws documents
// rely on (行政复议法 in its 2017 and 2023 texts, 行政处罚法), a valid document, and a stepper.
import { expect } from 'vitest';
import { createAccounts } from '../../../platform/auth/seed.js';
import {
  createTestApp,
  loginAs,
  seedTestAccounts,
  type Session,
  TEST_PASSWORD,
  type TestApp,
} from '../../../platform/testing/app.js';
import { addDays, shanghaiDate } from '../../../platform/workflow/dates.js';
import type { FileBody } from '../domain/filing-contract.js';
import { DEMO_LAWS_DIR } from '../use-cases/demo-laws.js';
import { importLawFiles } from '../use-cases/import-laws.js';
import { readLawFolder } from '../use-cases/law-files.js';

export const fromToday = (days: number) => addDays(shanghaiDate(), days);

const account = (
  username: string,
  displayName: string,
  role: string,
  organizationCode: string,
) => ({
  username,
  displayName,
  role,
  organizationCode,
  mustChangePassword: false,
});

export interface FilingApp {
  t: TestApp;
  as: Record<string, Session>;
}

/** The app, its accounts and the laws filed documents rely on. */
export async function filingApp(extra: Parameters<typeof account>[] = []): Promise<FilingApp> {
  const t = await createTestApp();
  await seedTestAccounts(t);
  const accounts = [
    account('thclerk', '天河报备员', 'filing_clerk', 'district-bureau-440106'),
    account('hzclerk', '海珠报备员', 'filing_clerk', 'district-bureau-440105'),
    account('cityclerk', '市府办报备员', 'filing_clerk', 'city-bureau'),
    account('reviewer', '备案审查员', 'filing_reviewer', 'city-bureau'),
    ...extra.map((a) => account(...a)),
  ];
  await createAccounts(t.database.db, accounts, TEST_PASSWORD);
  const folder = readLawFolder(DEMO_LAWS_DIR);
  const files = folder.files.filter((f) => /行政复议法\(|行政处罚法\(/.test(f.name));
  const report = await importLawFiles(t.database.db, files, {
    origin: 'test',
    sourcePrefix: 'corpus',
    audit: { actor: null, requestId: null },
    index: folder.index,
  });
  expect(report.failures).toEqual([]);
  const as: Record<string, Session> = {};
  for (const a of [
    ...accounts.map((x) => x.username),
    'admin',
    'leader',
    'haizhu',
    'tianhe',
    'wushan',
  ]) {
    as[a] = await loginAs(t.app, a);
  }
  return { t, as };
}

let serial = 0;

/** A valid filing, published `daysAgo` days ago, with a fresh document number. */
export function normativeDocument(overrides: Partial<FileBody> = {}, daysAgo = 5): FileBody {
  const publishedOn = fromToday(-daysAgo);
  serial += 1;
  return {
    title: `广州市天河区行政执法公示办法（${serial}）`,
    issuingBody: '广州市天河区人民政府',
    documentNumber: `穗天府规〔${publishedOn.slice(0, 4)}〕${serial}号`,
    publishedOn,
    text: [
      '第一条 为了规范行政执法公示，根据《中华人民共和国行政处罚法》，制定本办法。',
      '第二条 行政执法机关应当在作出行政处罚决定之日起七个工作日内公开执法决定信息。',
      '第三条 本办法自公布之日起施行，有效期五年。',
    ].join('\n'),
    superiorLaws: [{ workKey: '行政处罚法', articles: ['39', '第四十八条'] }],
    ...overrides,
  };
}

/** POSTs steps of one review item, keeping its version. */
export function stepper(as: Record<string, Session>, id: string, version = 1) {
  let current = version;
  return async (who: string, path: string, body: Record<string, unknown> = {}) => {
    const response = await as[who]!.request({
      method: 'POST',
      url: `/api/regulations/filings/${id}/${path}`,
      payload: { version: current, ...body },
    });
    if (response.statusCode === 200) current = response.json().version;
    return response;
  };
}

export async function fileAs(app: FilingApp, who: string, body: FileBody) {
  return app.as[who]!.request({ method: 'POST', url: '/api/regulations/filings', payload: body });
}
