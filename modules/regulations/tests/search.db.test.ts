// The library search on a real database: a small real subset of the demo laws imported with the
// import use case (which indexes through its listener), then references, words, everyday
// questions with the vocabulary, filters, in-force before superseded, phrases, the statistics
// kept in the database, a later import picked up, and bad input answered 4xx by the route.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../../platform/testing/app.js';
import { createTestDatabase, type TestDatabase } from '../../../platform/testing/db.js';
import { registerQueryExpander, type QueryExpander } from '../domain/search/expander.js';
import type { SourceFile } from '../domain/import-report.js';
import type { SearchQuery } from '../search-contract.js';
import { DEMO_LAWS_DIR } from '../use-cases/demo-laws.js';
import { importLawFiles } from '../use-cases/import-laws.js';
import { readLawFolder } from '../use-cases/law-files.js';
import { searchLibrary } from '../use-cases/search.js';
import { reindexAll } from '../use-cases/search-index.js';

const folder = readLawFolder(DEMO_LAWS_DIR);
const pick = (...names: string[]): SourceFile[] =>
  folder.files.filter((f) => names.some((n) => f.name.includes(n)));
const FIRST = pick('行政复议法', '法律援助法', '人民调解法', '立法法', '个人信息保护法');
const LATER = pick('劳动合同法(');

let db: TestDatabase;
const importFiles = (files: SourceFile[]) =>
  importLawFiles(db.db, files, {
    origin: 'test',
    sourcePrefix: 'corpus',
    audit: { actor: null, requestId: null },
    index: folder.index,
    today: '2026-03-02',
  });
const search = (q: string, more: Partial<SearchQuery> = {}) =>
  searchLibrary(db.db, { q, page: 1, pageSize: 10, ...more });
const ids = (result: Awaited<ReturnType<typeof search>>) =>
  result.items.flatMap((item) => item.articles.map((a) => a.id));

beforeAll(async () => {
  db = await createTestDatabase();
  const report = await importFiles(FIRST);
  expect(report.failures).toEqual([]);
});
afterAll(async () => {
  await db.destroy();
});

describe('references', () => {
  it.each([
    ['复议法 62条', '行政复议法/2023-09-01/art-62'],
    ['行政复议法第六十二条', '行政复议法/2023-09-01/art-62'],
    ['个保法第13条', '个人信息保护法/2021-08-20/art-13'],
    ['立法法（2015年）第八条', '立法法/2015-03-15/art-8'],
    ['中华人民共和国法律援助法第三十一条', '法律援助法/2021-08-20/art-31'],
  ])('%s opens %s first', async (q, id) => {
    const result = await search(q);
    expect(result.items[0]!.articles[0]).toMatchObject({ id, referenced: true });
    expect(result.interpretation.references[0]!.articleId).toBe(id);
  });

  it('says when the article does not exist', async () => {
    const result = await search('复议法第999条');
    expect(result.interpretation.references).toEqual([
      expect.objectContaining({ workKey: '行政复议法', articleId: null }),
    ]);
  });
});

describe('words', () => {
  it('finds the time limits of 行政复议法 for 复议期限, with the words marked', async () => {
    const result = await search('复议期限');
    expect(result.items[0]!.version.key).toBe('行政复议法/2023-09-01');
    expect(ids(result).slice(0, 3)).toContain('行政复议法/2023-09-01/art-20');
    expect(result.items[0]!.articles[0]!.snippet).toMatch(/<mark>(复议|期限)<\/mark>/);
  });

  it('lists the version in force before the amended one', async () => {
    const result = await search('行政复议 申请期限');
    const statuses = result.items.map((i) => i.version.status);
    expect(statuses).toContain('amended');
    expect(statuses.indexOf('amended')).toBeGreaterThan(statuses.lastIndexOf('in_force'));
  });

  it('keeps only the articles with a quoted phrase', async () => {
    const result = await search('"不得向申请人收取任何费用"');
    expect(ids(result)[0]).toBe('行政复议法/2023-09-01/art-87');
    expect(result.totalArticles).toBe(2); // the 2017 text has the same sentence (Art. 39)
    for (const item of result.items) {
      for (const a of item.articles)
        expect(a.snippet).toContain('<mark>不得向申请人收取任何费用</mark>');
    }
  });

  it('filters by level, status, issuing body and promulgation date', async () => {
    const byLevel = await search('行政复议', { level: ['法律'], status: ['amended'] });
    expect(byLevel.items.map((i) => i.version.key)).toContain('行政复议法/2017-09-01');
    for (const item of byLevel.items)
      expect(item.version).toMatchObject({ level: '法律', status: 'amended' });
    const byDate = await search('法律援助', { from: '2021-01-01', to: '2021-12-31' });
    expect(byDate.total).toBeGreaterThan(0);
    for (const item of byDate.items)
      expect(item.version.promulgatedOn!.startsWith('2021')).toBe(true);
    const byBody = await search('行政复议', { issuingBody: '国务院' });
    for (const item of byBody.items) expect(item.version.issuingBody).toContain('国务院');
  });
});

// Two entries in the manner of the vocabulary of modules/knowledge (tested there with its own
// expander; regulations may not import it).
const everydayWords: QueryExpander = async ({ text }) =>
  [
    { matched: '交钱', terms: ['费用', '缴纳', '收取'], weight: 0.5 },
    { matched: '没钱请律师', terms: ['法律援助', '经济困难'], weight: 0.7 },
  ].filter((e) => text.includes(e.matched));

describe('everyday questions with an expander', () => {
  let unregister: () => void;
  beforeAll(() => {
    unregister = registerQueryExpander(everydayWords);
  });
  afterAll(() => unregister());

  it('adds statutory words to an everyday question and finds the article', async () => {
    const result = await search('申请行政复议要交钱吗');
    expect(result.interpretation.expansions.map((e) => e.matched)).toContain('交钱');
    expect(ids(result)[0]).toBe('行政复议法/2023-09-01/art-87');
  });

  it('finds legal aid for 没钱请律师', async () => {
    const result = await search('没钱请律师怎么办');
    expect(result.items[0]!.version.workKey).toBe('法律援助法');
  });
});

describe('the index in the database', () => {
  it('finds a law imported later (the import indexes it, the copy reloads)', async () => {
    expect(
      (await search('劳动合同法第八十二条')).interpretation.references[0]!.articleId,
    ).toBeNull();
    await importFiles(LATER);
    const result = await search('劳动合同法第八十二条');
    expect(result.items[0]!.articles[0]!.id).toBe('劳动合同法/2012-12-28/art-82');
  });

  it('rebuilds to the same statistics and results (the imports kept them right)', async () => {
    const frequencies = () =>
      rows<{ term: string; df: number }>(
        db.db,
        sql`select term, df from regulations.search_terms where df > 0 order by term`,
      );
    const before = { df: await frequencies(), ids: ids(await search('行政复议 申请期限')) };
    expect(before.df.find((r) => r.term === '行政复议')!.df).toBeGreaterThan(100);
    const rebuilt = await reindexAll(db.db);
    expect(rebuilt.articles).toBeGreaterThan(500);
    expect(await frequencies()).toEqual(before.df);
    expect(ids(await search('行政复议 申请期限'))).toEqual(before.ids);
  });
});

describe('GET /api/regulations/search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  const get = (query: string) =>
    t.app.inject({ method: 'GET', url: `/api/regulations/search?${query}` });

  it('answers without a login', async () => {
    const response = await get(`q=${encodeURIComponent('复议法 62条')}&level=法律,行政法规`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 0, page: 1, pageSize: 10, items: [] });
  });

  it.each([
    ['no query', ''],
    ['an empty query', 'q=%20'],
    ['a query of 201 characters', `q=${'法'.repeat(201)}`],
    ['an unknown level', 'q=x&level=宪章'],
    ['an unknown status', 'q=x&status=valid'],
    ['a bad date', 'q=x&from=2024-13-01'],
    ['a range that ends before it starts', 'q=x&from=2024-02-01&to=2024-01-01'],
    ['a page size over 50', 'q=x&pageSize=51'],
    ['page 0', 'q=x&page=0'],
  ])('refuses %s with 400', async (_name, query) => {
    const response = await get(query.replace('宪章', encodeURIComponent('宪章')));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});
