// Importing real law texts into the database: what is stored, a second import that changes
// nothing, a changed text that keeps its article ids, broken files reported while the rest
// imports, the listeners, and which text of 行政复议法 was in force on a day.
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import { createTestDatabase, type TestDatabase } from '../../../platform/testing/db.js';
import { articles, importRuns, versions } from '../db/schema.js';
import { onVersionsImported } from '../domain/hooks.js';
import type { ImportProgress, SourceFile } from '../domain/import-report.js';
import { importLawFiles } from '../use-cases/import-laws.js';
import {
  articleInForce,
  getVersion,
  listDocuments,
  versionInForce,
  versionsOfWork,
} from '../use-cases/library.js';
import { refreshStatuses } from '../db/queries.js';
import { DEMO_LAWS_DIR } from '../use-cases/demo-laws.js';
import { readLawFolder } from '../use-cases/law-files.js';

const folder = readLawFolder(DEMO_LAWS_DIR);
const pick = (...names: string[]): SourceFile[] =>
  folder.files.filter((f) => names.some((n) => f.name.includes(n)));
const SMALL = pick('行政复议法', '民法典/', '刑法修正案（十一）', '宪法/宪法.md', '广东省司法鉴定');
const audit = { actor: null, requestId: null };
const run = (files: SourceFile[], onProgress?: (p: ImportProgress) => void) =>
  importLawFiles(db.db, files, {
    origin: 'test',
    sourcePrefix: 'corpus',
    audit,
    index: folder.index,
    onProgress,
    today: '2026-03-02',
  });

let db: TestDatabase;
const heard: string[][] = [];
let unlisten: () => void;

beforeAll(async () => {
  db = await createTestDatabase();
  unlisten = onVersionsImported(async (_db, ids) => {
    heard.push(ids);
  }, 'test-listener');
});
afterAll(async () => {
  unlisten();
  await db.destroy();
});

const snapshot = async () => ({
  versions: await db.db
    .select({ id: versions.id, hash: versions.contentHash, updatedAt: versions.updatedAt })
    .from(versions)
    .orderBy(asc(versions.key)),
  articles: await rows<{ n: number; digest: string }>(
    db.db,
    sql`select count(*)::int as n, md5(string_agg(id || text, '|' order by id)) as digest
        from regulations.articles`,
  ),
});

describe('a first import of a small real folder', () => {
  it('stores every version with its articles and reports progress to the end', async () => {
    const seen: ImportProgress[] = [];
    expect(SMALL).toHaveLength(2 + 1 + 8 + 1 + 1 + 1);
    const report = await run(SMALL, (p) => seen.push(p));
    // 民法典's 8 files are one version.
    expect(report).toMatchObject({ added: 7, updated: 0, unchanged: 0, failed: 0 });
    expect(report.failures).toEqual([]);
    expect(seen.at(-1)).toMatchObject({ phase: 'done', processed: 14, total: 14 });
    expect(seen.map((p) => p.phase)).toContain('storing');
    const [stored] = await db.db.select().from(importRuns).where(eq(importRuns.id, report.runId));
    expect(stored).toMatchObject({ state: 'done', phase: 'done', added: 7, processed: 14 });
    expect(heard).toEqual([report.versionIds]);
  });

  it('gives articles stable ids such as 行政复议法/2023-09-01/art-62', async () => {
    const [a62] = await db.db
      .select()
      .from(articles)
      .where(eq(articles.id, '行政复议法/2023-09-01/art-62'));
    expect(a62).toMatchObject({ label: '第六十二条', number: 62, ordinal: 62, kind: 'article' });
    const civil = await getVersion(db.db, { key: '民法典/2020-05-28' });
    expect(civil!.articles).toHaveLength(1260);
    expect(civil!.source.split(',')).toHaveLength(8);
    const [items] = await rows<{ n: number }>(
      db.db,
      sql`select count(*)::int as n from regulations.articles where id like '刑法修正案（十一）/%/item-%'`,
    );
    expect(items!.n).toBe(48);
  });

  it('computes statuses: the 2017 text of 行政复议法 is amended, the 2023 text in force', async () => {
    const all = await versionsOfWork(db.db, '行政复议法', '2026-03-02');
    expect(all.map((v) => [v.key, v.status])).toEqual([
      ['行政复议法/2017-09-01', 'amended'],
      ['行政复议法/2023-09-01', 'in_force'],
    ]);
    const stored = await db.db
      .select({ key: versions.key, status: versions.status })
      .from(versions)
      .orderBy(asc(versions.key));
    expect(stored.find((v) => v.key === '行政复议法/2017-09-01')!.status).toBe('amended');
    // Between adoption and entry into force the 2023 text is not yet in force.
    await refreshStatuses(db.db, '2023-10-01');
    const notYet = await db.db
      .select({ key: versions.key })
      .from(versions)
      .where(eq(versions.status, 'not_yet_in_force'));
    expect(notYet.map((v) => v.key)).toEqual(['行政复议法/2023-09-01']);
    await refreshStatuses(db.db, '2026-03-02');
  });
});

describe('browsing', () => {
  it('filters by level, status, issuing body and year, a page at a time', async () => {
    const laws = await listDocuments(db.db, { page: 1, pageSize: 2, level: '法律' });
    expect(laws.total).toBe(4);
    expect(laws.items).toHaveLength(2);
    expect(laws.items.every((v) => v.level === '法律')).toBe(true);
    const amended = await listDocuments(db.db, { page: 1, pageSize: 20, status: 'amended' });
    expect(amended.items.map((v) => v.key)).toEqual(['行政复议法/2017-09-01']);
    const gd = await listDocuments(db.db, {
      page: 1,
      pageSize: 20,
      issuingBody: '广东省人民代表大会常务委员会',
      year: 2022,
    });
    expect(gd.items.map((v) => v.workKey)).toEqual(['广东省司法鉴定管理条例']);
    const byTitle = await listDocuments(db.db, { page: 1, pageSize: 20, title: '复议' });
    expect(byTitle.total).toBe(3); // 行政复议法 twice and its 实施条例
  });
});

describe('which text was in force', () => {
  it.each([
    ['2017-12-31', null],
    ['2018-01-01', '行政复议法/2017-09-01'],
    ['2023-10-01', '行政复议法/2017-09-01'],
    ['2023-12-31', '行政复议法/2017-09-01'],
    ['2024-01-01', '行政复议法/2023-09-01'],
  ])('on %s: %s', async (date, key) => {
    expect((await versionInForce(db.db, '行政复议法', date))?.key ?? null).toBe(key);
  });

  it('answers an article of the text in force, by number or label', async () => {
    const before = await articleInForce(db.db, '行政复议法', '第十三条', '2023-10-01');
    expect(before!.version.key).toBe('行政复议法/2017-09-01');
    expect(before!.article.id).toBe('行政复议法/2017-09-01/art-13');
    const now = await articleInForce(db.db, '行政复议法', 13);
    expect(now!.version.key).toBe('行政复议法/2023-09-01');
    expect(now!.article.text).toContain('规范性文件');
    // The 2017 text has 43 articles: its article 62 does not exist.
    expect(await articleInForce(db.db, '行政复议法', 62, '2023-10-01')).toBeNull();
    expect((await articleInForce(db.db, '民法典', '1165'))!.article.path.part).toBe('侵权责任编');
    expect(await articleInForce(db.db, '没有这部法', 1)).toBeNull();
  });
});

describe('importing again', () => {
  it('changes nothing when the texts are the same', async () => {
    const before = await snapshot();
    heard.length = 0;
    const report = await run(SMALL);
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 7, failed: 0 });
    expect(await snapshot()).toEqual(before);
    expect(heard).toEqual([]);
  });

  it('replaces a changed text and keeps the ids of its articles', async () => {
    const file = SMALL.find((f) => f.name.includes('行政复议法(2023-09-01)'))!;
    const changed = file.content
      .replace('第三条 行政复议工作坚持中国共产党的领导。', '第三条 行政复议工作坚持依法办事。')
      .replace(/\n第九十条 [^\n]*$/, '\n');
    heard.length = 0;
    const report = await run([{ ...file, content: changed }]);
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    const version = await getVersion(db.db, { key: '行政复议法/2023-09-01' });
    expect(version!.articles).toHaveLength(89);
    expect(version!.articles[2]).toMatchObject({ id: '行政复议法/2023-09-01/art-3' });
    expect(version!.articles[2]!.text.startsWith('行政复议工作坚持依法办事。')).toBe(true);
    expect(version!.articles.some((a) => a.number === 90)).toBe(false);
    expect(heard).toEqual([[version!.id]]);
    // And back to the original text.
    expect((await run([file])).updated).toBe(1);
  });
});

describe('broken files', () => {
  it('are reported by name with the reason while the others import', async () => {
    const good = pick('法律援助法');
    const report = await run([
      { name: '坏文件/没有标题.md', content: '第一条 没有标题的文本。' },
      ...good,
      {
        name: '坏文件/空正文.md',
        content: '# 某某条例\n\n2020年1月1日 通过\n\n<!-- INFO END -->\n',
      },
      { name: '坏文件/无日期.md', content: '# 某某规定\n\n第一条 内容。' },
    ]);
    expect(report.added).toBe(1);
    expect(report.failures).toEqual([
      { file: '坏文件/没有标题.md', reason: '缺少标题：文件第一行应为“# 标题”' },
      { file: '坏文件/空正文.md', reason: '正文为空：没有条文或段落' },
      { file: '坏文件/无日期.md', reason: '缺少公布日期：文件名、索引和题注中都没有日期' },
    ]);
    expect(report.processed).toBe(4);
    expect(await versionInForce(db.db, '法律援助法')).not.toBeNull();
    const [stored] = await db.db.select().from(importRuns).where(eq(importRuns.id, report.runId));
    expect(stored!.failures).toHaveLength(3);
  });

  it('a second file with the same name and date is reported, not merged', async () => {
    const [file] = pick('人民调解法');
    const report = await run([file!, { ...file!, name: `副本/${file!.name}` }]);
    expect(report.added).toBe(1);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]!.reason).toMatch(/是同一版本（人民调解法\/2010-08-28）/);
  });

  it('a listener that fails is reported and the import stands', async () => {
    const stop = onVersionsImported(async () => {
      throw new Error('索引服务不可用');
    }, 'broken-index');
    const report = await run(pick('公证法'));
    stop();
    expect(report.added).toBe(1);
    expect(report.failures).toEqual([
      { file: '(broken-index)', reason: '后续处理失败：索引服务不可用' },
    ]);
  });
});
