// Citation extraction on real sentences of ../shared/data/laws (file named in each row).
import { describe, expect, it } from 'vitest';
import { declaredAliases, extractCitations, type ExtractedCitation } from './citations.js';
import { amendedLaw, isNormativeTitle, normalizeTitle } from './titles.js';

const knownNames = new Set([
  '宪法',
  '刑法',
  '民事诉讼法',
  '刑事诉讼法',
  '行政复议法',
  '行政诉讼法',
  '国家赔偿法',
  '香港特别行政区基本法',
  '公司法',
  '最高人民法院关于适用《民事诉讼法》的解释',
]);

/** [kind, name, article ('62' or '10-1'), paragraph, item] of each citation, in order. */
type Row = [string, string | null, string | null, number | null, number | null];
const short = (c: ExtractedCitation): Row => [
  c.kind,
  c.name,
  c.article ? `${c.article.number}${c.article.suffix ? `-${c.article.suffix}` : ''}` : null,
  c.paragraph,
  c.item,
];

const cases: { source: string; article: number; text: string; expected: Row[] }[] = [
  {
    source: '行政复议法实施条例 第一条: the superior-law basis',
    article: 1,
    text: '为了进一步发挥行政复议制度在解决行政争议、建设法治政府、构建社会主义和谐社会中的作用，根据《中华人民共和国行政复议法》(以下简称行政复议法)，制定本条例。',
    expected: [['basis', '行政复议法', null, null, null]],
  },
  {
    source: '行政复议法 (2023) 第一条: 根据宪法 without 《》',
    article: 1,
    text: '为了防止和纠正违法的或者不当的行政行为，保护公民、法人和其他组织的合法权益，推进法治政府建设，根据宪法，制定本法。',
    expected: [['basis', '宪法', null, null, null]],
  },
  {
    source: '行政复议法实施条例 第三条: short name after 以下简称, inside an item line',
    article: 3,
    text: '行政复议机构除应当依照行政复议法第三条的规定履行职责外，还应当履行下列职责：\n(一)依照行政复议法第十八条的规定转送有关行政复议申请；',
    expected: [
      ['cites', '行政复议法', '3', null, null],
      ['cites', '行政复议法', '18', null, null],
    ],
  },
  {
    source: '行政复议法实施条例 第二十五条: article and paragraph',
    article: 25,
    text: '申请人依照行政复议法第三十条第二款的规定申请行政复议的，应当向省、自治区、直辖市人民政府提出行政复议申请。',
    expected: [['cites', '行政复议法', '30', 2, null]],
  },
  {
    source: '行政复议法 (2023) 第四十一条: 本法 with paragraph and item',
    article: 41,
    text: '行政复议机构受理行政复议申请后，发现该行政复议申请不符合本法第三十九条第一款第一项规定的，应当决定驳回申请。',
    expected: [['same-law', null, '39', 1, 1]],
  },
  {
    source: '行政复议法 (2023) 第五十八条: a list 第五十六条、第五十七条',
    article: 58,
    text: '行政复议机关依照本法第五十六条、第五十七条的规定有权处理有关规范性文件或者依据的，应当在三十日内依法处理。',
    expected: [
      ['same-law', null, '56', null, null],
      ['same-law', null, '57', null, null],
    ],
  },
  {
    source: '行政处罚法 (2021) 第六十九条 as cited by 第五十三条: a range',
    article: 53,
    text: '对当场作出的行政处罚决定，当事人应当依照本法第六十七条至第六十九条的规定履行。',
    expected: [
      ['same-law', null, '67', null, null],
      ['same-law', null, '68', null, null],
      ['same-law', null, '69', null, null],
    ],
  },
  {
    source: '网络安全法 第六十四条: a paragraph, then a range',
    article: 64,
    text: '网络运营者、网络产品或者服务的提供者违反本法第二十二条第三款、第四十一条至第四十三条规定，侵害个人信息依法得到保护的权利的，由有关主管部门责令改正。',
    expected: [
      ['same-law', null, '22', 3, null],
      ['same-law', null, '41', null, null],
      ['same-law', null, '42', null, null],
      ['same-law', null, '43', null, null],
    ],
  },
  {
    source: '行政复议法 (2023) 第二条: 前款 in the second paragraph',
    article: 2,
    text: '公民、法人或者其他组织认为行政机关的行政行为侵犯其合法权益，向行政复议机关提出行政复议申请，适用本法。\n前款所称行政行为，包括法律、法规、规章授权的组织的行政行为。',
    expected: [['same-law', null, '2', 1, null]],
  },
  {
    source: '个人信息保护法 第十八条: 前条第一款',
    article: 18,
    text: '个人信息处理者处理个人信息，有法律、行政法规规定应当保密或者不需要告知的情形的，可以不向个人告知前条第一款规定的事项。',
    expected: [['same-law', null, '17', 1, null]],
  },
  {
    source: 'a third paragraph citing 前两款',
    article: 9,
    text: '第一款。\n第二款。\n有前两款规定情形的，依法处理。',
    expected: [
      ['same-law', null, '9', 1, null],
      ['same-law', null, '9', 2, null],
    ],
  },
  {
    source: '行政复议法 (2023) 第七十二条: a law in 《》 without an article',
    article: 72,
    text: '行政复议机关在依法决定撤销或者部分撤销、变更罚款等行政行为时，应当同时责令被申请人返还财产，依照《中华人民共和国国家赔偿法》的有关规定应当给予赔偿的，决定被申请人依法给予赔偿。',
    expected: [['cites', '国家赔偿法', null, null, null]],
  },
  {
    source: '最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定 第六条',
    article: 6,
    text: '当事人请求信息处理者承担民事责任的，人民法院应当依据民事诉讼法第六十四条及《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条、第九十一条，《最高人民法院关于民事诉讼证据的若干规定》的相关规定确定双方当事人的举证责任。',
    expected: [
      ['cites', '民事诉讼法', '64', null, null],
      ['cites', '最高人民法院关于适用《民事诉讼法》的解释', '90', null, null],
      ['cites', '最高人民法院关于适用《民事诉讼法》的解释', '91', null, null],
      ['cites', '最高人民法院关于民事诉讼证据的若干规定', null, null, null],
    ],
  },
  {
    source: '最高人民法院关于审理民事案件适用法律 (再审): the issuing body before 《关于…》',
    article: 8,
    text: '按照最高人民法院《关于适用〈中华人民共和国民事诉讼法〉的解释》第二百五十二条的规定审查决定是否准许。',
    expected: [['cites', '最高人民法院关于适用《民事诉讼法》的解释', '252', null, null]],
  },
  {
    source: '司法解释: 刑法第二百八十七条之一 without 《》',
    article: 8,
    text: '利用信息网络发布招嫖违法信息，情节严重的，依照刑法第二百八十七条之一的规定，以非法利用信息网络罪定罪处罚。',
    expected: [['cites', '刑法', '287-1', null, null]],
  },
  {
    source: '全国人大常委会关于香港基本法的解释: 基本法 is not 本法',
    article: 2,
    text: '关于香港特别行政区法律地位的香港特别行政区基本法第一条和第十二条规定是香港特别行政区基本法的根本性条款。',
    expected: [
      ['cites', '香港特别行政区基本法', '1', null, null],
      ['cites', '香港特别行政区基本法', '12', null, null],
    ],
  },
  {
    source: '行政复议法 (2017) 第五条: a law named without 《》 or article',
    article: 5,
    text: '公民、法人或者其他组织对行政复议决定不服的，可以依照行政诉讼法的规定向人民法院提起行政诉讼，但是法律规定行政复议决定为最终裁决的除外。',
    expected: [['cites', '行政诉讼法', null, null, null]],
  },
  {
    source: '行政复议法实施条例 第五条: a short name and 本条例',
    article: 5,
    text: '依照行政复议法和本条例的规定申请行政复议的公民、法人或者其他组织为申请人。',
    expected: [['cites', '行政复议法', null, null, null]],
  },
  {
    source: '不是引用: a name inside a longer word (公司法人)',
    article: 7,
    text: '依照公司法人登记的规定办理。',
    expected: [],
  },
  {
    source: '不是引用: a licence in 《》 and an amendment instruction',
    article: 3,
    text: '申请人应当提交《企业法人营业执照》副本。\n将第十条修改为：“国家实行许可制度。”',
    expected: [],
  },
];

describe('extractCitations', () => {
  it.each(cases)('$source', ({ article, text, expected }) => {
    const aliases = declaredAliases([text]);
    const found = extractCitations({ number: article, suffix: 0, text }, { knownNames, aliases });
    expect(found.map(short)).toEqual(expected);
  });

  it('keeps the words of each citation and their offset in the article', () => {
    const text = '依照《中华人民共和国行政复议法》第十三条第一款的规定';
    const [c] = extractCitations({ number: 5, suffix: 0, text }, { knownNames });
    expect(c!.raw).toBe('《中华人民共和国行政复议法》第十三条第一款');
    expect(text.slice(c!.offset, c!.offset + c!.raw.length)).toBe(c!.raw);
  });

  it('lists a long range only by its ends', () => {
    const text = '适用本法第一条至第二百条的规定。';
    const found = extractCitations({ number: 300, suffix: 0, text }, { knownNames });
    expect(found.map((c) => c.article!.number)).toEqual([1, 200]);
  });
});

describe('declaredAliases', () => {
  it('maps a declared short name to the full title, only for titles of laws', () => {
    const aliases = declaredAliases([
      '根据《中华人民共和国行政复议法》(以下简称行政复议法)，制定本条例。',
      '依照《中华人民共和国公司法》（以下简称《公司法》）设立。',
      '领取《企业法人营业执照》（以下简称执照）。',
    ]);
    expect(Object.fromEntries(aliases)).toEqual({
      行政复议法: '行政复议法',
      公司法: '公司法',
    });
  });
});

describe('titles', () => {
  it.each([
    ['《中华人民共和国行政复议法》', '行政复议法'],
    [
      '最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释',
      '最高人民法院关于适用《民事诉讼法》的解释',
    ],
    ['中华人民共和国民法典 合同编', '民法典合同编'],
    ['刑法修正案(九)', '刑法修正案（九）'],
    ['行政\u200b复议法', '行政复议法'],
  ])('normalizeTitle(%s) = %s', (input, output) => {
    expect(normalizeTitle(input)).toBe(output);
  });

  it.each([
    ['中华人民共和国行政复议法', true],
    ['刑法修正案（十一）', true],
    ['关于修改〈中华人民共和国野生动物保护法〉等十五部法律的决定', true],
    ['企业法人营业执照', false],
    ['管制清单', false],
    ['医疗机构执业许可证', false],
  ])('isNormativeTitle(%s) = %s', (input, output) => {
    expect(isNormativeTitle(input)).toBe(output);
  });

  it.each([
    ['中华人民共和国刑法修正案（九）', '刑法'],
    ['中华人民共和国刑法修正案', '刑法'],
    ['宪法修正案（2018年）', '宪法'],
    ['全国人民代表大会常务委员会关于修改《中华人民共和国行政复议法》的决定', '行政复议法'],
    ['中华人民共和国行政复议法', null],
  ])('amendedLaw(%s) = %s', (title, law) => {
    expect(amendedLaw(title)).toBe(law);
  });
});
