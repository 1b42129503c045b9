import { describe, expect, it } from 'vitest';
import {
  articleLabel,
  chineseToInt,
  intToChinese,
  parseArticleLabel,
  parseNumber,
} from './numerals.js';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['九十九', 99],
    ['一百', 100],
    ['一百零一', 101],
    ['一百一十', 110],
    ['一百一十一', 111],
    ['一百二十三', 123],
    ['二百零五', 205],
    ['九百九十九', 999],
    ['一千', 1000],
    ['一千零一', 1001],
    ['一千零一十', 1010],
    ['一千二百六十', 1260],
    ['两千', 2000],
    ['两千零二十三', 2023],
    ['一万零五百', 10500],
    ['零', 0],
    ['〇', 0],
    ['一九九九', 1999],
    ['二〇二三', 2023],
    ['二○二三', 2023],
  ])('%s -> %i', (text, value) => {
    expect(chineseToInt(text)).toBe(value);
  });

  it.each(['', '条', '一二十', '十百', '百百', '一百一零', '零十', 'abc', '第一'])(
    'rejects %j',
    (text) => {
      expect(chineseToInt(text)).toBeNull();
    },
  );

  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [101, '一百零一'],
    [110, '一百一十'],
    [205, '二百零五'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1260, '一千二百六十'],
    [10010, '一万零一十'],
  ])('%i -> %s', (value, text) => {
    expect(intToChinese(value)).toBe(text);
  });

  it('converts every number up to 2,000 there and back exactly', () => {
    for (let n = 0; n <= 2000; n++) expect(chineseToInt(intToChinese(n))).toBe(n);
  });

  it.each([
    ['62', 62],
    ['６２', 62],
    ['六十二', 62],
    ['x', null],
  ])('parseNumber(%j) = %j', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe('article labels', () => {
  it.each([
    ['第一条', 1, 0],
    ['第六十二条', 62, 0],
    ['第一百零一条', 101, 0],
    ['第一千一百六十五条', 1165, 0],
    ['第二十条之一', 20, 1],
    ['第一百三十三条之二', 133, 2],
    ['第62条', 62, 0],
  ])('%s -> %i (之%i)', (label, number, suffix) => {
    expect(parseArticleLabel(label)).toEqual({ number, suffix });
  });

  it.each(['第零条', '第十条之零', '六十二条', '第六十二款', '第条'])('rejects %s', (label) => {
    expect(parseArticleLabel(label)).toBeNull();
  });

  it('writes labels the statutes way', () => {
    expect(articleLabel(101)).toBe('第一百零一条');
    expect(articleLabel(20, 1)).toBe('第二十条之一');
  });
});
