// Term definitions found in real articles, and the matcher that links terms to articles.
import { describe, expect, it } from 'vitest';
import { extractDefinitions } from './definitions.js';
import { TermMatcher } from './term-matcher.js';

describe('extractDefinitions', () => {
  it.each([
    [
      '人民调解法 第二条',
      '本法所称人民调解，是指人民调解委员会通过说服、疏导等方法，促使当事人在平等协商基础上自愿达成调解协议，解决民间纠纷的活动。',
      ['人民调解'],
    ],
    ['价格法 第二条 (no comma before 包括)', '本法所称价格包括商品价格和服务价格。', ['价格']],
    [
      '民用航空法 (本节所称)',
      '本节所称缔约承运人，是指以本人名义与旅客或者托运人订立本章调整的航空运输合同的人。',
      ['缔约承运人'],
    ],
    [
      '刑事诉讼法 第一百零八条 (quoted terms in an item list)',
      '本法下列用语的含意是：\n（一）“侦查”是指公安机关、人民检察院对于刑事案件，依照法律进行的收集证据、查明案情的工作和有关的强制性措施；\n（二）“当事人”是指被害人、自诉人、犯罪嫌疑人、被告人、附带民事诉讼的当事人和被告人；',
      ['侦查', '当事人'],
    ],
    [
      '固体废物污染环境防治法 (item without quotes)',
      '本法下列用语的含义：\n（八）利用，是指从固体废物中提取物质作为原材料或者燃料的活动。',
      ['利用'],
    ],
    [
      '刑法 第九十九条 (several terms in one clause)',
      '本法所称以上、以下、以内，包括本数。',
      ['以上', '以下', '以内'],
    ],
    [
      '前款所称 inside a second paragraph',
      '电信业务经营者应当及时通知。\n前款所称巨额电信费用，是指突然出现超过电信用户此前3个月平均电信费用5倍以上的费用。',
      ['巨额电信费用'],
    ],
    [
      '中国红十字会法 (和 inside a term does not split it)',
      '本法所称“国际红十字和红新月运动确立的基本原则”，是指人道、公正、中立、独立、志愿服务、统一和普遍。',
      ['国际红十字和红新月运动确立的基本原则'],
    ],
    ['a sentence that defines nothing', '行政复议机关应当依法作出决定。', []],
  ])('%s', (_, text, terms) => {
    expect(extractDefinitions(text).map((d) => d.term)).toEqual(terms);
  });

  it('keeps the defining sentence', () => {
    const [definition] = extractDefinitions(
      '本法所称粮食，是指小麦、稻谷、玉米、大豆、杂粮及其成品粮。另句。',
    );
    expect(definition!.text).toBe('本法所称粮食，是指小麦、稻谷、玉米、大豆、杂粮及其成品粮。');
  });
});

describe('TermMatcher', () => {
  const matcher = new TermMatcher(['行政复议', '复议', '复议机关', '规范性文件', '法', '期限']);
  const found = (text: string) => [...matcher.find(text)].map((i) => matcher.terms[i]).sort();

  it('finds every term inside a text, overlapping ones too', () => {
    expect(found('行政复议机关对规范性文件进行审查')).toEqual(
      ['复议', '复议机关', '行政复议', '规范性文件'].sort(),
    );
  });

  it('ignores one-character terms and reports each term once', () => {
    expect(found('依法依法，期限期限')).toEqual(['期限']);
  });

  it('finds a term that starts inside a failed longer match', () => {
    const m = new TermMatcher(['行政复议机关', '复议决定']);
    expect([...m.find('行政复议决定')].map((i) => m.terms[i])).toEqual(['复议决定']);
  });
});
