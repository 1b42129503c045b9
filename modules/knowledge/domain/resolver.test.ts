// Resolving citations to works, versions in force and articles; diffing two versions.
import { describe, expect, it } from 'vitest';
import type { ExtractedCitation } from './citations.js';
import { diffVersions, type VersionArticle } from './impact.js';
import {
  articleKey,
  CitationResolver,
  namesOf,
  versionOn,
  type CatalogueWork,
} from './resolver.js';

const fuyi: CatalogueWork = {
  key: '行政复议法',
  title: '中华人民共和国行政复议法',
  versions: [
    {
      id: 'v2023',
      key: '行政复议法/2023-09-01',
      title: '中华人民共和国行政复议法',
      startsOn: '2024-01-01',
    },
    {
      id: 'v2017',
      key: '行政复议法/2017-09-01',
      title: '中华人民共和国行政复议法',
      startsOn: '2018-01-01',
    },
  ],
};
const civilCode: CatalogueWork = {
  key: '民法典',
  title: '中华人民共和国民法典 总则编',
  versions: [
    {
      id: 'civil',
      key: '民法典/2020-05-28',
      title: '中华人民共和国民法典 总则编',
      startsOn: '2021-01-01',
    },
  ],
};
const articleIds = new Map([
  ['v2017|13', '行政复议法/2017-09-01/art-13'],
  ['v2023|13', '行政复议法/2023-09-01/art-13'],
  ['v2023|90', '行政复议法/2023-09-01/art-90'],
  ['civil|1165', '民法典/2020-05-28/art-1165'],
  ['own|5', '某条例/2020-01-01/art-5'],
]);
const resolver = new CitationResolver(
  [fuyi, civilCode],
  (versionId, a) => articleIds.get(`${versionId}|${articleKey(a)}`) ?? null,
);

const citation = (name: string | null, article: number | null): ExtractedCitation => ({
  kind: name ? 'cites' : 'same-law',
  name,
  article: article === null ? null : { number: article, suffix: 0 },
  paragraph: null,
  item: null,
  raw: '',
  offset: 0,
});
const citing = (startsOn: string) => ({ workKey: '某条例', versionId: 'own', startsOn });

describe('CitationResolver', () => {
  it.each([
    [
      'a text of 2020 cites the 2017 version',
      '2020-06-01',
      'v2017',
      '行政复议法/2017-09-01/art-13',
    ],
    [
      'a text of 2024 cites the 2023 version',
      '2024-03-01',
      'v2023',
      '行政复议法/2023-09-01/art-13',
    ],
    [
      'the new version counts from its first day',
      '2024-01-01',
      'v2023',
      '行政复议法/2023-09-01/art-13',
    ],
    [
      'a text older than every version cites the earliest',
      '2007-08-01',
      'v2017',
      '行政复议法/2017-09-01/art-13',
    ],
  ])('%s', (_, date, version, article) => {
    expect(resolver.resolve(citation('行政复议法', 13), citing(date))).toEqual({
      toWorkKey: '行政复议法',
      toVersionId: version,
      toArticleId: article,
      resolved: true,
    });
  });

  it('resolves the whole work when no article is named', () => {
    expect(resolver.resolve(citation('行政复议法', null), citing('2024-05-01'))).toMatchObject({
      toVersionId: 'v2023',
      toArticleId: null,
      resolved: true,
    });
  });

  it('keeps the document but not resolved when the article does not exist in that version', () => {
    expect(resolver.resolve(citation('行政复议法', 90), citing('2020-01-01'))).toEqual({
      toWorkKey: '行政复议法',
      toVersionId: 'v2017',
      toArticleId: null,
      resolved: false,
    });
  });

  it('resolves 本法第N条 inside the citing version', () => {
    expect(resolver.resolve(citation(null, 5), citing('2020-01-01'))).toEqual({
      toWorkKey: '某条例',
      toVersionId: 'own',
      toArticleId: '某条例/2020-01-01/art-5',
      resolved: true,
    });
  });

  it('leaves a name the library does not hold unresolved', () => {
    expect(resolver.resolve(citation('合同法', 52), citing('2020-01-01')).resolved).toBe(false);
  });

  it('finds a code by its name without the part (民法典 for 民法典 总则编)', () => {
    expect(namesOf(civilCode)).toContain('民法典');
    expect(resolver.resolve(citation('民法典', 1165), citing('2022-01-01')).toArticleId).toBe(
      '民法典/2020-05-28/art-1165',
    );
    expect(resolver.knownNames.has('行政复议法')).toBe(true);
  });

  it('picks the latest version when no date is known', () => {
    expect(versionOn(fuyi, null)?.id).toBe('v2023');
  });
});

const art = (key: string, text: string, version = 'old'): VersionArticle => ({
  id: `${version}/art-${key}`,
  key,
  label: `第${key}条`,
  text,
});

describe('diffVersions', () => {
  it('tells changed, renumbered, removed and added articles apart', () => {
    const previous = [
      art('1', '立法目的。'),
      art('2', '适用范围。'),
      art('3', '原则：合法、公正。'),
      art('4', '管辖。'),
      art('5', '期限为六十日。'),
    ];
    const next = [
      art('1', '立法目的。', 'new'),
      art('2', '新增的条文。', 'new'),
      art('3', '适用范围。', 'new'),
      art('4', '原则：合法、公正、公开。', 'new'),
      art('5', '期限为 六十日。', 'new'),
    ];
    const diff = diffVersions(previous, next);
    const changes = Object.fromEntries(
      [...diff.changes.values()].map((c) => [c.previous.key, [c.change, c.next?.key ?? null]]),
    );
    expect(changes).toEqual({
      '2': ['renumbered', '3'],
      '3': ['changed', '4'],
      '4': ['removed', null],
    });
    expect(diff.added.map((a) => a.key)).toEqual(['2']);
    // Spaces inside the text do not count as a change.
    expect(diff.unchanged).toBe(2);
  });

  it('pairs a changed text with the most similar article, not a stranger of the same number', () => {
    const diff = diffVersions(
      [art('7', '行政复议机关应当自受理申请之日起六十日内作出行政复议决定。'), art('8', '附则。')],
      [
        art('7', '本法自公布之日起施行。', 'new'),
        art('9', '行政复议机关应当自受理申请之日起九十日内作出行政复议决定。', 'new'),
      ],
    );
    expect([...diff.changes.values()]).toMatchObject([
      { change: 'changed', previous: { key: '7' }, next: { key: '9' } },
      { change: 'removed', previous: { key: '8' } },
    ]);
    expect(diff.added.map((a) => a.key)).toEqual(['7']);
  });
});
