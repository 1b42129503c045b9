// The library over HTTP: public reading without login, the administrator's upload with its
// progress and report, and who may not import.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccounts } from '../../../platform/auth/seed.js';
import {
  createTestApp,
  loginAs,
  type Session,
  TEST_PASSWORD,
  type TestApp,
} from '../../../platform/testing/app.js';
import { DEMO_LAWS_DIR } from '../use-cases/demo-laws.js';
import { importSettled } from '../use-cases/upload-import.js';

let t: TestApp;
let librarian: Session;
let officer: Session;
const law = (file: string) => readFileSync(`${DEMO_LAWS_DIR}/${file}`, 'utf8');
const FUYI_2017 = '诉讼与非诉讼程序法/行政复议法(2017-09-01).md';
const FUYI_2023 = '诉讼与非诉讼程序法/行政复议法(2023-09-01).md';

beforeAll(async () => {
  t = await createTestApp();
  // Two accounts only: password hashing is slow on a busy machine.
  const account = (username: string, role: string, organizationCode: string) => ({
    username,
    displayName: username,
    role,
    organizationCode,
    mustChangePassword: false,
  });
  await createAccounts(
    t.database.db,
    [
      account('librarian', 'regulations_admin', 'city-bureau'),
      account('tianhe', 'district_staff', 'district-bureau-440106'),
    ],
    TEST_PASSWORD,
  );
  librarian = await loginAs(t.app, 'librarian');
  officer = await loginAs(t.app, 'tianhe');
});
afterAll(async () => {
  await importSettled();
  await t.close();
});

const upload = (who: Session, files: { name: string; content: string }[]) =>
  who.request({ method: 'POST', url: '/api/regulations/imports', payload: { files } });

async function waitForRun(id: string) {
  await importSettled();
  const res = await librarian.request({ method: 'GET', url: `/api/regulations/imports/${id}` });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('upload (法规导入)', () => {
  it('imports the uploaded files in the background and reports the run', async () => {
    const res = await upload(librarian, [
      { name: '行政复议法(2017-09-01).md', content: law(FUYI_2017) },
      { name: '行政复议法(2023-09-01).md', content: law(FUYI_2023) },
      { name: '坏.md', content: '没有标题' },
    ]);
    expect(res.statusCode).toBe(202);
    const run = await waitForRun(res.json().runId);
    expect(run).toMatchObject({
      state: 'done',
      phase: 'done',
      total: 3,
      processed: 3,
      added: 2,
      unchanged: 0,
      failures: [{ file: '坏.md', reason: '缺少标题：文件第一行应为“# 标题”' }],
    });
    const again = await upload(librarian, [
      { name: '行政复议法(2023-09-01).md', content: law(FUYI_2023) },
    ]);
    expect(await waitForRun(again.json().runId)).toMatchObject({ added: 0, unchanged: 1 });
    const list = await librarian.request({ method: 'GET', url: '/api/regulations/imports' });
    expect(list.json()).toHaveLength(2);
  });

  it.each([
    [
      'a file that is not .md',
      [{ name: 'a.docx', content: 'x' }],
      400,
      'REGULATIONS_UPLOAD_NOT_MARKDOWN',
    ],
    ['no file', [], 400, 'REGULATIONS_UPLOAD_EMPTY'],
  ])('refuses %s', async (_, files, status, code) => {
    const res = await upload(librarian, files);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
  });

  it('is refused to staff without the import permission and to visitors', async () => {
    const files = [{ name: 'a.md', content: law(FUYI_2023) }];
    const forbidden = await upload(officer, files);
    expect(forbidden.statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/regulations/imports',
      payload: { files },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('public reading, no login', () => {
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('browses the library with filters', async () => {
    const res = await get(`/api/regulations/documents?level=${encodeURIComponent('法律')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 2, page: 1 });
    const facets = await get('/api/regulations/facets');
    expect(facets.json().levels).toEqual([{ value: '法律', n: 2 }]);
  });

  it('shows a version with its articles and its history of versions', async () => {
    const res = await get(
      `/api/regulations/versions/${encodeURIComponent('行政复议法')}/2023-09-01`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.articles).toHaveLength(90);
    expect(body.articles[61]).toMatchObject({
      id: '行政复议法/2023-09-01/art-62',
      label: '第六十二条',
    });
    expect(body.versions.map((v: { key: string }) => v.key)).toEqual([
      '行政复议法/2017-09-01',
      '行政复议法/2023-09-01',
    ]);
    const missing = await get(
      `/api/regulations/versions/${encodeURIComponent('行政复议法')}/2000-01-01`,
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('REGULATIONS_VERSION_NOT_FOUND');
  });

  it('answers the article in force on a day', async () => {
    const key = encodeURIComponent('行政复议法');
    const now = await get(
      `/api/regulations/works/${key}/article?article=${encodeURIComponent('第十三条')}`,
    );
    expect(now.json().version.key).toBe('行政复议法/2023-09-01');
    const then = await get(`/api/regulations/works/${key}/article?article=13&date=2023-10-01`);
    expect(then.json().article.id).toBe('行政复议法/2017-09-01/art-13');
    const none = await get(`/api/regulations/works/${key}/article?article=62&date=2023-10-01`);
    expect(none.statusCode).toBe(404);
    const inForce = await get(`/api/regulations/works/${key}/in-force?date=2023-10-01`);
    expect(inForce.json().key).toBe('行政复议法/2017-09-01');
  });
});
