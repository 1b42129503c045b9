// The knowledge graph over real texts of data/laws, imported with the regulations import (the
// graph follows every import through onVersionsImported): the known edges 行政复议法实施条例 →
// 行政复议法 (basis and articles), 本法第N条 inside one version, 行政复议法 (2023) Art. 13 as a
// citation target, unresolved citations listed for staff and placed once the law arrives, the
// impact alert of a new version, and a full rebuild that finds exactly what the imports found.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/index.js';
import { fromRoot } from '../../../platform/paths.js';
import {
  createTestApp,
  loginAs,
  seedTestAccounts,
  type Session,
  type TestApp,
} from '../../../platform/testing/app.js';
import {
  importLawFiles,
  readLawFolder,
  type ImportReport,
  type SourceFile,
} from '../../regulations/index.js';
import { citations } from '../db/schema.js';
import { rebuildGraph } from '../index.js';

const folder = readLawFolder(fromRoot('data', 'laws'));
const file = (name: string): SourceFile => {
  const found = folder.files.find((f) => f.name.endsWith(name));
  if (!found) throw new Error(`data/laws has no ${name}`);
  return found;
};
const FIRST = [
  '行政复议法(2017-09-01).md',
  '行政复议法实施条例(2007-05-29).md',
  '人民调解法(2010-08-28).md',
  '行政处罚法(2021-01-22).md',
  '宪法/宪法.md',
  '刑法/刑法.md',
  '刑法修正案（十一）.md',
].map(file);
const SECOND = [
  '行政复议法(2023-09-01).md',
  '行政诉讼法(2017-06-27).md',
  '行政强制法(2011-06-30).md',
].map(file);

const FUYI_2017 = '行政复议法/2017-09-01';
const FUYI_2023 = '行政复议法/2023-09-01';
const RULES = '行政复议法实施条例/2007-05-29';

let t: TestApp;
let admin: Session;
const reports: ImportReport[] = [];
const run = (files: SourceFile[]) =>
  importLawFiles(t.database.db, files, {
    origin: 'test',
    sourcePrefix: 'corpus',
    audit: { actor: null, requestId: null },
    index: folder.index,
    today: '2026-03-02',
  });

const get = (url: string, session?: Session) =>
  session ? session.request({ method: 'GET', url }) : t.app.inject({ method: 'GET', url });
const citationsFrom = (articleId: string) =>
  t.database.db.select().from(citations).where(eq(citations.fromArticleId, articleId));

beforeAll(async () => {
  t = await createTestApp();
  await seedTestAccounts(t);
  admin = await loginAs(t.app, 'admin');
  reports.push(await run(FIRST));
}, 240_000);
afterAll(() => t.close());

describe('the graph of a first import', () => {
  it('is built by the import itself, without a failure of the listener', () => {
    expect(reports[0]!.failures).toEqual([]);
    expect(reports[0]!.versionIds).toHaveLength(7);
  });

  it('has 行政复议法实施条例 made under 行政复议法 (根据《中华人民共和国行政复议法》…制定)', async () => {
    const [basis] = (await citationsFrom(`${RULES}/art-1`)).filter((c) => c.kind === 'basis');
    expect(basis).toMatchObject({
      targetName: '行政复议法',
      toWorkKey: '行政复议法',
      toArticleId: null,
      resolved: true,
      raw: '《中华人民共和国行政复议法》',
    });
    const links = await get(`/api/knowledge/documents/links?version=${encodeURIComponent(RULES)}`);
    expect(links.statusCode, links.body).toBe(200);
    expect(links.json().basis.map((d: { versionKey: string }) => d.versionKey)).toEqual([
      FUYI_2017,
    ]);
    // The 2007 rules are older than every text of the law held: they cite the earliest one.
    expect(links.json().cites.map((d: { versionKey: string }) => d.versionKey)).toContain(
      FUYI_2017,
    );
  });

  it('resolves 行政复议法第十八条 (its declared short name) to the article', async () => {
    const cited = (await citationsFrom(`${RULES}/art-3`)).map((c) => c.toArticleId);
    expect(cited).toEqual(
      expect.arrayContaining([`${FUYI_2017}/art-3`, `${FUYI_2017}/art-18`, `${FUYI_2017}/art-29`]),
    );
  });

  it('reads 本法第N条 in the items of an amendment as the amended law (刑法修正案（十一）)', async () => {
    const rows = await t.database.db
      .select()
      .from(citations)
      .where(
        and(
          eq(citations.fromWorkKey, '刑法修正案（十一）'),
          eq(citations.raw, '本法第二百一十七条'),
        ),
      );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({
        kind: 'cites',
        targetName: '刑法',
        toArticleId: '刑法/2020-12-26/art-217',
        resolved: true,
      });
    }
  });

  it('shows the documents made under a law on the law’s page', async () => {
    const links = await get(
      `/api/knowledge/documents/links?version=${encodeURIComponent(FUYI_2017)}`,
    );
    const citedBy = links.json().citedBy.map((d: { versionKey: string }) => d.versionKey);
    expect(citedBy).toContain(RULES);
    const graph = await get(
      `/api/knowledge/documents/graph?version=${encodeURIComponent(FUYI_2017)}`,
    );
    expect(graph.statusCode, graph.body).toBe(200);
    const ids = graph.json().nodes.map((n: { versionKey: string }) => n.versionKey);
    expect(ids).toEqual(expect.arrayContaining([FUYI_2017, RULES, '宪法/2018-03-11']));
  });

  it('lists the citations it could not place for staff only', async () => {
    const url = `/api/knowledge/citations/unresolved?q=${encodeURIComponent('行政强制法')}`;
    expect((await get(url)).statusCode).toBe(401);
    expect((await get(url, await loginAs(t.app, 'wushan'))).statusCode).toBe(403);
    const list = await get(url, admin);
    expect(list.statusCode, list.body).toBe(200);
    // 行政处罚法 Art. 72: 依照《中华人民共和国行政强制法》的规定 — not in the library yet.
    expect(list.json().items).toContainEqual(
      expect.objectContaining({
        targetName: '行政强制法',
        fromArticleId: '行政处罚法/2021-01-22/art-72',
        documentFound: false,
      }),
    );
  });

  it('links terms to the articles that define and use them (人民调解法 第二条)', async () => {
    const term = await get(`/api/knowledge/terms/${encodeURIComponent('人民调解')}`);
    expect(term.statusCode, term.body).toBe(200);
    expect(term.json().definitions).toContainEqual(
      expect.objectContaining({
        articleId: '人民调解法/2010-08-28/art-2',
        label: '第二条',
        text: expect.stringMatching(/^本法所称人民调解，是指人民调解委员会/),
      }),
    );
    expect(term.json().usage.total).toBeGreaterThan(5);
    expect(term.json().usage.items[0]).toMatchObject({ defines: true });
  });
});

describe('a second import with a new version of 行政复议法', () => {
  beforeAll(async () => {
    reports.push(await run(SECOND));
  }, 240_000);

  it('resolves 本法第十三条 inside the 2023 text, to the article on normative documents', async () => {
    const links = await get(
      `/api/knowledge/articles/links?article=${encodeURIComponent(`${FUYI_2023}/art-13`)}`,
    );
    expect(links.statusCode, links.body).toBe(200);
    expect(links.json().article.text).toContain('规范性文件');
    const citing = links.json().citedBy.map((c: { articleId: string }) => c.articleId);
    // Art. 56: 申请人依照本法第十三条的规定提出对有关规范性文件的附带审查申请…
    expect(citing).toContain(`${FUYI_2023}/art-56`);
    const [own] = (await citationsFrom(`${FUYI_2023}/art-56`)).filter(
      (c) => c.articleNumber === 13,
    );
    expect(own).toMatchObject({
      kind: 'same-law',
      toArticleId: `${FUYI_2023}/art-13`,
      resolved: true,
    });
  });

  it('places the citations that named 行政诉讼法 once the law is imported', async () => {
    const [mention] = await t.database.db
      .select()
      .from(citations)
      .where(
        and(
          eq(citations.fromArticleId, `${FUYI_2017}/art-5`),
          eq(citations.targetName, '行政诉讼法'),
        ),
      );
    expect(mention).toMatchObject({ resolved: true, toWorkKey: '行政诉讼法' });
  });

  it('raises an impact alert listing the documents that cite changed articles', async () => {
    const list = await get('/api/knowledge/impact-alerts', admin);
    expect(list.statusCode, list.body).toBe(200);
    const [alert] = list.json().items;
    expect(alert).toMatchObject({
      workKey: '行政复议法',
      versionKey: FUYI_2023,
      previousVersionKey: FUYI_2017,
    });
    expect(
      alert.changedArticles + alert.removedArticles + alert.renumberedArticles,
    ).toBeGreaterThan(20);
    const detail = await get(`/api/knowledge/impact-alerts/${alert.id}`, admin);
    const items = detail.json().list as {
      citingVersionKey: string;
      change: string;
      citingArticleId: string;
    }[];
    expect(items.some((i) => i.citingArticleId === `${RULES}/art-1` && i.change === 'basis')).toBe(
      true,
    );
    expect(items.some((i) => i.citingArticleId === `${RULES}/art-3` && i.change !== 'basis')).toBe(
      true,
    );
    // The law's own texts are not listed: only other documents.
    expect(items.every((i) => !i.citingVersionKey.startsWith('行政复议法/'))).toBe(true);
    expect((await get('/api/knowledge/impact-alerts')).statusCode).toBe(401);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await t.database.db.select().from(citations);
    const again = await run([...FIRST, ...SECOND]);
    expect(again.versionIds).toEqual([]);
    expect(await t.database.db.select().from(citations)).toHaveLength(before.length);
  });

  it('is found again, citation for citation, by a full rebuild', async () => {
    const key = (c: typeof citations.$inferSelect) =>
      [
        c.fromArticleId,
        c.position,
        c.kind,
        c.articleNumber,
        c.paragraph,
        c.toArticleId,
        c.toVersionId,
        c.resolved,
      ].join('|');
    const incremental = (await t.database.db.select().from(citations)).map(key).sort();
    const result = await rebuildGraph(t.database.db, { audit: { actor: null, requestId: null } });
    const rebuilt = (await t.database.db.select().from(citations)).map(key).sort();
    expect(result.citations).toBe(incremental.length);
    expect(rebuilt).toEqual(incremental);
    const events = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityType, 'knowledge.graph'));
    expect(events.map((e) => e.action)).toEqual([
      'knowledge.update_graph',
      'knowledge.update_graph',
      'knowledge.rebuild_graph',
    ]);
  });
});

describe('the term base kept by an administrator', () => {
  const relate = (session: Session, term: string, payload: object) =>
    session.request({
      method: 'POST',
      url: `/api/knowledge/terms/${encodeURIComponent(term)}/relations`,
      payload,
    });

  it('relates two terms once, both ways, audited', async () => {
    const added = await relate(admin, '人民调解', { related: '民间调解', kind: 'synonym' });
    expect(added.statusCode, added.body).toBe(201);
    const back = await get(`/api/knowledge/terms/${encodeURIComponent('民间调解')}`);
    expect(back.json()).toMatchObject({
      source: 'admin',
      relations: [{ kind: 'synonym', term: '人民调解' }],
    });
    const twice = await relate(admin, '民间调解', { related: '人民调解', kind: 'synonym' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('KNOWLEDGE_RELATION_EXISTS');
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'knowledge.add_term_relation'));
    expect(event).toMatchObject({ entityId: added.json().id, actorName: '管理员' });
  });

  it('refuses a district administrator, a term related to itself and a sentence as a term', async () => {
    const district = await relate(await loginAs(t.app, 'thadmin'), '人民调解', {
      related: '调解',
      kind: 'related',
    });
    expect(district.statusCode).toBe(403);
    expect(district.json().error.code).toBe('AUTH_OUT_OF_REGION');
    expect(
      (await relate(admin, '人民调解', { related: '人民调解', kind: 'related' })).json().error.code,
    ).toBe('KNOWLEDGE_RELATION_SELF');
    expect(
      (await relate(admin, '人民调解', { related: '调解，是指', kind: 'related' })).json().error
        .code,
    ).toBe('KNOWLEDGE_TERM_INVALID');
  });

  it('removes a relation', async () => {
    const term = await get(`/api/knowledge/terms/${encodeURIComponent('人民调解')}`);
    const [relation] = term.json().relations;
    const removed = await admin.request({
      method: 'DELETE',
      url: `/api/knowledge/term-relations/${relation.id}`,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const after = await get(`/api/knowledge/terms/${encodeURIComponent('人民调解')}`);
    expect(after.json().relations).toEqual([]);
  });

  it('lists terms with the exact match first and the defined ones on request', async () => {
    const list = await get(`/api/knowledge/terms?q=${encodeURIComponent('调解')}&defined=true`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((i: { term: string }) => i.term)).toContain('人民调解');
    expect(list.json().items.every((i: { definitions: number }) => i.definitions > 0)).toBe(true);
  });
});
