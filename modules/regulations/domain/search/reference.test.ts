import { describe, expect, it } from 'vitest';
import { LawNameIndex, parseReferences } from './reference.js';

const LAWS = [
  { key: '行政复议法', title: '中华人民共和国行政复议法', level: '法律' },
  { key: '行政复议法实施条例', title: '中华人民共和国行政复议法实施条例', level: '行政法规' },
  { key: '个人信息保护法', title: '中华人民共和国个人信息保护法', level: '法律' },
  { key: '民事诉讼法', title: '中华人民共和国民事诉讼法', level: '法律' },
  { key: '刑事诉讼法', title: '中华人民共和国刑事诉讼法', level: '法律' },
  { key: '行政诉讼法', title: '中华人民共和国行政诉讼法', level: '法律' },
  { key: '社区矫正法', title: '中华人民共和国社区矫正法', level: '法律' },
  { key: '立法法', title: '中华人民共和国立法法', level: '法律' },
  { key: '民法典', title: '中华人民共和国民法典', level: '法律' },
  { key: '道路交通安全法', title: '中华人民共和国道路交通安全法', level: '法律' },
  { key: '环境保护法', title: '中华人民共和国环境保护法', level: '法律' },
  { key: '海洋环境保护法', title: '中华人民共和国海洋环境保护法', level: '法律' },
  { key: '消防法', title: '中华人民共和国消防法', level: '法律' },
  { key: '消费者权益保护法', title: '中华人民共和国消费者权益保护法', level: '法律' },
];
const laws = new LawNameIndex(LAWS);
const byRule = new LawNameIndex(LAWS, {});

describe('parseReferences', () => {
  it.each([
    ['行政复议法第六十二条', '行政复议法', 62, 0],
    ['复议法 62条', '行政复议法', 62, 0],
    ['个保法第13条', '个人信息保护法', 13, 0],
    ['民诉法 第二百零五条', '民事诉讼法', 205, 0],
    ['中华人民共和国社区矫正法第二十七条', '社区矫正法', 27, 0],
    ['《中华人民共和国立法法》第八条', '立法法', 8, 0],
    ['民法典第一千零七十九条', '民法典', 1079, 0],
    ['民法典第1079条', '民法典', 1079, 0],
    ['刑诉法第35条', '刑事诉讼法', 35, 0],
    ['行诉法 第 46 条', '行政诉讼法', 46, 0],
    ['道交法第九十一条', '道路交通安全法', 91, 0],
    ['刑事诉讼法第十条之一', '刑事诉讼法', 10, 1],
    ['行政复议法实施条例第十八条', '行政复议法实施条例', 18, 0],
    ['行政复议第62条', '行政复议法', 62, 0],
    ['消法55条', '消费者权益保护法', 55, 0],
    ['我想问行政复议法第二十条', '行政复议法', 20, 0],
  ])('%s -> %s art. %i', (query, work, number, suffix) => {
    const { references } = parseReferences(query, laws);
    expect(references).toHaveLength(1);
    expect(references[0]).toMatchObject({ works: [work], number, suffix });
  });

  it.each([
    ['立法法（2015年）第八条', { year: 2015 }],
    ['立法法(2015)第8条', { year: 2015 }],
    ['2015年立法法第八条', { year: 2015 }],
    ['行政复议法（2017-09-01）第九条', { year: 2017, month: 9, day: 1 }],
  ])('reads the date of %s', (query, date) => {
    const [ref] = parseReferences(query, laws).references;
    expect(ref).toMatchObject({
      works: ['立法法', '行政复议法'].filter((w) => query.includes(w)),
      date,
    });
  });

  it('keeps the words around a reference for the word search', () => {
    const parsed = parseReferences('复议法 62条 延长期限', laws);
    expect(parsed.references[0]!.works).toEqual(['行政复议法']);
    expect(parsed.rest).toBe('延长期限');
  });

  it('lets a second number without a name follow the law before it', () => {
    const { references } = parseReferences('复议法第62条、第63条', laws);
    expect(references.map((r) => [r.works[0], r.number])).toEqual([
      ['行政复议法', 62],
      ['行政复议法', 63],
    ]);
  });

  it('reports a number whose law is unknown without a law', () => {
    const { references } = parseReferences('不存在法第3条', laws);
    expect(references).toEqual([expect.objectContaining({ works: [], number: 3 })]);
  });

  it('finds nothing in a question without an article number', () => {
    expect(parseReferences('罚款要在几天内交', laws).references).toEqual([]);
    expect(parseReferences('两条路', laws).references).toEqual([]);
  });
});

describe('LawNameIndex (the abbreviation rule without the alias table)', () => {
  it.each([
    ['行政复议法', ['行政复议法']],
    ['中华人民共和国行政复议法', ['行政复议法']],
    ['行政复议', ['行政复议法']],
    ['复议法', ['行政复议法']],
    ['民诉法', ['民事诉讼法']],
    ['刑诉法', ['刑事诉讼法']],
    ['行诉法', ['行政诉讼法']],
    ['个保法', ['个人信息保护法']],
    ['道交法', ['道路交通安全法']],
    ['民法典', ['民法典']],
    ['保护法', []],
    ['诉讼法', []],
    ['消法', ['消防法']],
  ])('%s -> %j', (name, keys) => {
    expect(byRule.resolve(name)).toEqual(keys);
  });

  it('prefers the alias table where the rule would guess another law', () => {
    expect(laws.resolve('消法')).toEqual(['消费者权益保护法']);
  });
});
