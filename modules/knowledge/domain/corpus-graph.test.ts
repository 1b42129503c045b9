// The citation graph of the whole shared corpus (../shared/data/laws, 1,595 files), built in
// memory by the same steps as the import's listener (parse, catalogue, extract, resolve), and its
// known edges. The corpus lives beside the project: without it (a bare clone) this file is
// skipped. `npm run bench:knowledge` builds the same graph in a database and checks it there.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../../platform/paths.js';
import { articleId, parseFiles, readLawFolder } from '../../regulations/index.js';
import { catalogueResolver, versionCitations, type ResolvedCitation } from './graph-build.js';

const CORPUS = fromRoot('..', 'shared', 'data', 'laws');

interface Edge extends ResolvedCitation {
  versionKey: string;
  workKey: string;
}

function buildGraph(): Edge[] {
  const { files, index } = readLawFolder(CORPUS);
  const documents = parseFiles(files, index).documents.map((d) => ({
    ...d,
    startsOn: d.effectiveOn ?? d.promulgatedOn ?? '0000-01-01',
    articles: d.articles.map((a) => ({ ...a, id: articleId(d.versionKey, a) })),
  }));
  documents.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const resolver = catalogueResolver(
    documents.map((d) => ({ ...d, id: d.versionKey, key: d.versionKey })),
    documents.flatMap((d) => d.articles.map((a) => ({ ...a, versionId: d.versionKey }))),
  );
  return documents.flatMap((d) =>
    versionCitations(
      resolver,
      { workKey: d.workKey, versionId: d.versionKey, startsOn: d.startsOn, title: d.title },
      d.articles,
    ).map((c) => ({ ...c, versionKey: d.versionKey, workKey: d.workKey })),
  );
}

describe.skipIf(!existsSync(CORPUS))('the citation graph of the full corpus', () => {
  let edges: Edge[] = [];
  const from = (articleIdPrefix: string) =>
    edges.filter((e) => e.article.id.startsWith(articleIdPrefix));

  beforeAll(() => {
    edges = buildGraph();
  }, 120_000);

  it('holds about twenty thousand citations, nearly all resolved', () => {
    expect(edges.length).toBeGreaterThan(18_000);
    const resolved = edges.filter((e) => e.resolution.resolved).length;
    expect(resolved / edges.length).toBeGreaterThan(0.95);
  });

  it('行政复议法实施条例 is made under 行政复议法 and cites its articles', () => {
    const rules = from('行政复议法实施条例/');
    expect(
      rules.some((e) => e.citation.kind === 'basis' && e.resolution.toWorkKey === '行政复议法'),
    ).toBe(true);
    const art3 = rules.filter((e) => e.article.id.endsWith('/art-3'));
    expect(
      art3.some(
        (e) =>
          e.resolution.toWorkKey === '行政复议法' &&
          e.citation.article?.number === 18 &&
          e.resolution.resolved,
      ),
    ).toBe(true);
  });

  it('行政复议法 (2023) 第十三条, on normative documents, is cited by its 第五十六条', () => {
    const art13 = '行政复议法/2023-09-01/art-13';
    const citing = edges.filter((e) => e.resolution.toArticleId === art13);
    expect(citing.map((e) => e.article.id)).toContain('行政复议法/2023-09-01/art-56');
  });

  it('the items of 刑法修正案（十一） amend 刑法 articles, resolved', () => {
    const items = edges.filter((e) => e.workKey === '刑法修正案（十一）');
    expect(
      items.some(
        (e) =>
          e.resolution.toWorkKey === '刑法' &&
          e.citation.article?.number === 217 &&
          e.resolution.resolved,
      ),
    ).toBe(true);
  });

  it('a citing text points at the version in force on its own date', () => {
    // 行政复议法实施条例 (2007) predates the 2017 and 2023 texts held: the earliest is cited.
    const versions = new Set(
      from('行政复议法实施条例/')
        .filter((e) => e.resolution.toWorkKey === '行政复议法')
        .map((e) => e.resolution.toVersionId),
    );
    expect(versions.size).toBe(1);
    const [only] = [...versions];
    expect(only! < '行政复议法/2023').toBe(true);
  });
});
