import { describe, expect, it } from 'vitest';
import { bm25f, idf, lengthNorm, saturate } from './bm25.js';
import { forEachPacked, forEachTermId, leadClause, packEntries } from './entries.js';
import { escapeHtml, snippet } from './snippet.js';
import { normalizeText, sharedTokenizer } from './tokenizer.js';

describe('tokenizer', () => {
  const tokenizer = sharedTokenizer();

  it('keeps a legal term of the lexicon whole and adds its parts in search mode', () => {
    const tf = tokenizer.termFrequencies(
      '行政复议机关应当自受理申请之日起六十日内作出行政复议决定',
    );
    expect(tf.get('行政复议')).toBe(2);
    expect(tf.get('复议')).toBe(2);
    expect(tf.get('之日起')).toBe(1);
    expect(tf.has('的')).toBe(false);
  });

  it('cuts a query precisely and drops the particles of everyday speech', () => {
    expect(tokenizer.queryTerms('申请行政复议要交钱吗')).toEqual(['申请', '行政复议', '交钱']);
    expect(tokenizer.words('申请行政复议要交钱吗')).toContain('吗');
  });

  it('keeps a law name added as a user word in one piece', () => {
    tokenizer.addWords(['社区矫正法']);
    expect(tokenizer.queryTerms('社区矫正法 外出')).toEqual(['社区矫正法', '外出']);
  });

  it('normalizes full-width forms and zero-width marks', () => {
    expect(normalizeText('第６２条\u200b ＡＢＣ')).toBe('第62条 abc');
  });
});

describe('BM25F', () => {
  it('computes idf as ln(1 + (N - df + 0.5) / (df + 0.5)), never negative', () => {
    expect(idf(100, 1)).toBeCloseTo(Math.log(1 + 99.5 / 1.5), 10);
    expect(idf(100, 100)).toBeCloseTo(Math.log(1 + 0.5 / 100.5), 10);
    expect(idf(100, 1)).toBeGreaterThan(idf(100, 10));
  });

  it('normalizes length and saturates frequency', () => {
    expect(lengthNorm(50, 50, 0.75)).toBe(1);
    expect(lengthNorm(100, 50, 0.75)).toBeCloseTo(1.75, 10);
    expect(lengthNorm(100, 50, 0)).toBe(1);
    expect(saturate(0, 1.2)).toBe(0);
    expect(saturate(1, 1.2)).toBeCloseTo(1, 10);
    expect(saturate(1000, 1.2)).toBeLessThan(2.2);
  });

  it('adds the normalized fields before it saturates', () => {
    const body = { tf: 2, length: 100, averageLength: 50, b: 0.75, weight: 1 };
    const title = { tf: 1, length: 5, averageLength: 10, b: 0.75, weight: 2 };
    const tf = 2 / 1.75 + 2 / (1 - 0.75 + 0.75 * 0.5);
    expect(bm25f(1000, 10, [body, title])).toBeCloseTo(idf(1000, 10) * saturate(tf, 1.2), 10);
  });
});

describe('packed entries', () => {
  it('round-trips articles as term ids', () => {
    const ids = new Map([
      ['复议', 0],
      ['期限', 7],
      ['总则', 12],
    ]);
    const text = packEntries(
      [
        {
          id: '行政复议法/2023-09-01/art-20',
          kind: 'article',
          number: 20,
          suffix: 0,
          label: '第二十条',
          length: 3,
          body: [
            ['复议', 2],
            ['期限', 1],
          ],
          headings: [['总则', 1]],
          lead: [],
        },
      ],
      (t) => ids.get(t)!,
    );
    const seen: unknown[] = [];
    forEachPacked(text, (meta, body, headings, lead) => {
      const pairs: [number, number][] = [];
      forEachTermId(body, (id, tf) => pairs.push([id, tf]));
      seen.push({ meta, pairs, headings, lead });
    });
    expect(seen).toEqual([
      {
        meta: {
          id: '行政复议法/2023-09-01/art-20',
          kind: 'article',
          number: 20,
          suffix: 0,
          label: '第二十条',
          length: 3,
        },
        pairs: [
          [0, 2],
          [7, 1],
        ],
        headings: '12:1',
        lead: '',
      },
    ]);
  });

  it('takes the first clause of an article as its lead', () => {
    expect(leadClause('担任公证员，应当具备下列条件：\n（一）具有中华人民共和国国籍')).toBe(
      '担任公证员，应当具备下列条件',
    );
    expect(leadClause('本法自2024年1月1日起施行。')).toBe('本法自2024年1月1日起施行');
  });
});

describe('snippet', () => {
  const text =
    '公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。';

  it('marks every occurrence of the words', () => {
    const html = snippet(text, ['行政复议', '期限'], { width: 200 });
    expect(html).toContain('<mark>行政复议</mark>申请');
    expect(html).toContain('申请<mark>期限</mark>');
    expect(html.match(/<mark>/g)).toHaveLength(2);
  });

  it('shows the stretch with the words when the article is long', () => {
    const html = snippet(text, ['期限'], { width: 20 });
    expect(html.startsWith('…')).toBe(true);
    expect(html).toContain('<mark>期限</mark>');
    expect(html.replace(/<\/?mark>|…/g, '').length).toBeLessThanOrEqual(20);
  });

  it('escapes the text, so <mark> is the only markup', () => {
    expect(snippet('a<b>&"期限"', ['期限'])).toBe('a&lt;b&gt;&amp;&quot;<mark>期限</mark>&quot;');
    expect(escapeHtml("<'>")).toBe('&lt;&#39;&gt;');
  });

  it('marks the longer word where two overlap', () => {
    expect(snippet('行政复议机关', ['复议', '行政复议'])).toBe('<mark>行政复议</mark>机关');
  });
});
