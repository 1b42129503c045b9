import { describe, expect, it } from 'vitest';
import { planQuery } from './query.js';
import { DEFAULT_RANKING, rank, type SearchFilters } from './rank.js';
import { SearchIndex, type ArticleInput, type VersionInput } from './search-index.js';
import { sharedTokenizer } from './tokenizer.js';

const tokenizer = sharedTokenizer();

function version(id: string, workKey: string, over: Partial<VersionInput> = {}): VersionInput {
  const title = over.title ?? `中华人民共和国${workKey}`;
  return {
    id,
    key: `${workKey}/${over.promulgatedOn ?? '2020-01-01'}`,
    workKey,
    title,
    level: '法律',
    status: 'in_force',
    issuingBody: '全国人民代表大会常务委员会',
    promulgatedOn: '2020-01-01',
    effectiveOn: null,
    ...over,
    titleTerms: tokenizer.termFrequencies(`${title} ${workKey}`),
  };
}

function article(versionId: string, key: string, number: number, text: string): ArticleInput {
  const body = [...tokenizer.termFrequencies(text)];
  return {
    id: `${key}/art-${number}`,
    versionId,
    kind: 'article',
    number,
    suffix: 0,
    label: `第${number}条`,
    length: body.reduce((s, [, n]) => s + n, 0),
    body,
    headings: [],
    lead: [],
  };
}

const V = {
  review2023: version('v1', '行政复议法', {
    key: '行政复议法/2023-09-01',
    promulgatedOn: '2023-09-01',
  }),
  review2017: version('v2', '行政复议法', {
    key: '行政复议法/2017-09-01',
    promulgatedOn: '2017-09-01',
    status: 'amended',
  }),
  aid: version('v3', '法律援助法', { key: '法律援助法/2021-08-20', promulgatedOn: '2021-08-20' }),
  rules: version('v4', '行政复议法实施条例', {
    key: '行政复议法实施条例/2007-05-29',
    level: '行政法规',
    issuingBody: '国务院',
    promulgatedOn: '2007-05-29',
  }),
};
const index = new SearchIndex(Object.values(V), [
  article('v1', V.review2023.key, 20, '可以自知道该行政行为之日起六十日内提出行政复议申请'),
  article('v1', V.review2023.key, 62, '行政复议机关应当自受理申请之日起六十日内作出行政复议决定'),
  article('v1', V.review2023.key, 87, '行政复议机关受理行政复议申请，不得向申请人收取任何费用'),
  article('v2', V.review2017.key, 9, '可以自知道该具体行政行为之日起六十日内提出行政复议申请'),
  article('v3', V.aid.key, 31, '因经济困难没有委托代理人的，可以向法律援助机构申请法律援助'),
  article('v4', V.rules.key, 18, '申请人书面申请行政复议的，可以采取当面递交、邮寄或者传真等方式'),
]);

const search = (
  q: string,
  filters: SearchFilters = {},
  expansions = [] as Parameters<typeof planQuery>[3],
) => {
  const plan = planQuery(index, tokenizer, q, expansions);
  const page = rank(index, plan, filters, { ...DEFAULT_RANKING, page: 1, pageSize: 10 });
  return page.groups.flatMap((g) => g.articles.map((a) => index.articles[a.article]!.id));
};

describe('search ranking', () => {
  it('puts the in-force version before the superseded one', () => {
    const ids = search('六十日内提出行政复议申请');
    expect(ids.indexOf('行政复议法/2023-09-01/art-20')).toBeLessThan(
      ids.indexOf('行政复议法/2017-09-01/art-9'),
    );
  });

  it('puts a referenced article first, the version in force unless a date is given', () => {
    expect(search('复议法 62条')[0]).toBe('行政复议法/2023-09-01/art-62');
    expect(search('行政复议法（2017年）第九条')[0]).toBe('行政复议法/2017-09-01/art-9');
  });

  it('applies the filters', () => {
    expect(search('行政复议申请', { levels: ['行政法规'] })).toEqual([
      '行政复议法实施条例/2007-05-29/art-18',
    ]);
    expect(search('行政复议申请', { statuses: ['amended'] })).toEqual([
      '行政复议法/2017-09-01/art-9',
    ]);
    expect(search('申请', { issuingBody: '国务院' })).toEqual([
      '行政复议法实施条例/2007-05-29/art-18',
    ]);
    expect(search('申请', { from: '2021-01-01', to: '2021-12-31' })).toEqual([
      '法律援助法/2021-08-20/art-31',
    ]);
  });

  it('finds an article through the statutory words an expansion adds', () => {
    expect(search('没钱请律师怎么办')).not.toContain('法律援助法/2021-08-20/art-31');
    const expanded = search('没钱请律师怎么办', {}, [
      { matched: '没钱请律师', terms: ['法律援助', '经济困难'], weight: 0.7 },
    ]);
    expect(expanded[0]).toBe('法律援助法/2021-08-20/art-31');
  });

  it('keeps only the articles that contain a quoted phrase', () => {
    const plan = planQuery(index, tokenizer, '"收取任何费用" 复议', []);
    expect(plan.phrases).toEqual(['收取任何费用']);
    const onlyFees = new Set([index.articleById.get('行政复议法/2023-09-01/art-87')!]);
    const page = rank(index, plan, {}, { ...DEFAULT_RANKING, page: 1, pageSize: 10 }, onlyFees);
    expect(page.articles).toBe(1);
  });

  it('pages by document', () => {
    const plan = planQuery(index, tokenizer, '申请', []);
    const first = rank(index, plan, {}, { ...DEFAULT_RANKING, page: 1, pageSize: 2 });
    const second = rank(index, plan, {}, { ...DEFAULT_RANKING, page: 2, pageSize: 2 });
    expect(first.total).toBe(4);
    expect(first.groups).toHaveLength(2);
    expect(second.groups).toHaveLength(2);
    const versions = [...first.groups, ...second.groups].map((g) => g.version);
    expect(new Set(versions).size).toBe(4);
  });
});

describe('SearchIndex.score', () => {
  it('lifts the articles of a document whose title has the word', () => {
    const tiny = new SearchIndex(
      [version('a', '行政复议法'), version('b', '土地管理法')],
      [
        article('a', '行政复议法/x', 1, '复议的期限'),
        article('b', '土地管理法/x', 1, '复议的期限'),
      ],
    );
    const { scores } = tiny.score([{ alternatives: [['复议']], weight: 1 }]);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
  });

  it('counts a group of alternatives once: its best alternative and a tenth of the others', () => {
    const tiny = new SearchIndex(
      [version('a', '甲法'), version('b', '乙法')],
      [article('a', '甲法/x', 1, '用人单位和公司'), article('b', '乙法/x', 1, '用人单位')],
    );
    const one = tiny.score([{ alternatives: [['用人单位']], weight: 1 }]).scores;
    const group = tiny.score([{ alternatives: [['用人单位'], ['公司']], weight: 1 }]).scores;
    const company = tiny.score([{ alternatives: [['公司']], weight: 1 }]).scores;
    expect(group[1]).toBeCloseTo(one[1]!, 10);
    const best = Math.max(one[0]!, company[0]!);
    expect(group[0]).toBeCloseTo(best + 0.1 * Math.min(one[0]!, company[0]!), 10);
  });
});
