import { describe, expect, it } from 'vitest';
import type { ArticleView } from '../contract.js';
import { compareArticles, diffText } from './portal-compare.js';

const art = (number: number, text: string, suffix = 0): ArticleView => ({
  id: `法/2023-01-01/art-${number}${suffix ? `-${suffix}` : ''}`,
  ordinal: number,
  kind: 'article',
  number,
  suffix,
  label: `第${number}条${suffix ? `之${suffix}` : ''}`,
  path: {},
  text,
});

describe('diffText', () => {
  it.each([
    ['同一段文字', '同一段文字', [['same', '同一段文字']]],
    [
      '自知道之日起六十日内提出',
      '自知道之日起九十日内提出',
      [
        ['same', '自知道之日起'],
        ['delete', '六'],
        ['insert', '九'],
        ['same', '十日内提出'],
      ],
    ],
    [
      '申请人可以申请',
      '申请人可以书面申请',
      [
        ['same', '申请人可以'],
        ['insert', '书面'],
        ['same', '申请'],
      ],
    ],
    ['甲乙丙', '', [['delete', '甲乙丙']]],
    ['', '甲乙丙', [['insert', '甲乙丙']]],
  ])('%s -> %s', (a, b, runs) => {
    const segments = diffText(a, b);
    expect(segments.map((s) => [s.op, s.text])).toEqual(runs);
  });

  it('always rebuilds both texts from its runs', () => {
    const a =
      '行政复议机关应当自受理申请之日起六十日内作出行政复议决定；但是法律规定的行政复议期限少于六十日的除外。';
    const b =
      '适用普通程序审理的行政复议案件，行政复议机关应当自受理申请之日起六十日内作出行政复议决定。';
    const segments = diffText(a, b);
    const before = segments
      .filter((s) => s.op !== 'insert')
      .map((s) => s.text)
      .join('');
    const after = segments
      .filter((s) => s.op !== 'delete')
      .map((s) => s.text)
      .join('');
    expect([before, after]).toEqual([a, b]);
  });
});

describe('compareArticles', () => {
  it('marks same, changed, added and removed articles, a removed one where it stood', () => {
    const before = [art(1, '总则。'), art(2, '六十日。'), art(3, '旧的第三条。'), art(4, '附则。')];
    const after = [
      art(1, '总则。'),
      art(2, '九十日。'),
      art(2, '新增之一。', 1),
      art(4, '附 则。'),
      art(5, '新条。'),
    ];
    const rows = compareArticles(before, after);
    expect(rows.map((r) => [r.label, r.change])).toEqual([
      ['第1条', 'same'],
      ['第2条', 'changed'],
      ['第2条之1', 'added'],
      ['第3条', 'removed'],
      ['第4条', 'same'],
      ['第5条', 'added'],
    ]);
    expect(rows[1]!.segments).toEqual([
      { op: 'delete', text: '六' },
      { op: 'insert', text: '九' },
      { op: 'same', text: '十日。' },
    ]);
    expect(rows[3]).toMatchObject({
      before: { text: '旧的第三条。' },
      after: null,
      segments: null,
    });
  });

  it('shows a rewritten article of the same number whole, without a character diff', () => {
    const [row] = compareArticles(
      [art(3, '行政复议机关负责法制工作的机构具体办理行政复议事项。')],
      [art(3, '行政复议工作坚持中国共产党的领导。')],
    );
    expect(row).toMatchObject({ change: 'changed', segments: null });
  });

  it('keeps the order of several removed articles', () => {
    const rows = compareArticles(
      [art(1, '甲。'), art(2, '乙。'), art(3, '丙。'), art(4, '丁。')],
      [art(1, '甲。'), art(4, '丁。')],
    );
    expect(rows.map((r) => [r.label, r.change])).toEqual([
      ['第1条', 'same'],
      ['第2条', 'removed'],
      ['第3条', 'removed'],
      ['第4条', 'same'],
    ]);
  });

  it('puts articles removed before the first kept one at the top', () => {
    const rows = compareArticles([art(1, '甲。'), art(2, '乙。')], [art(2, '乙。')]);
    expect(rows.map((r) => [r.label, r.change])).toEqual([
      ['第1条', 'removed'],
      ['第2条', 'same'],
    ]);
  });
});
