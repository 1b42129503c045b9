// The parser on real files of the corpus (data/laws holds byte-identical copies of files of
// ../shared/data/laws) and on small texts for what the corpus does not show.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../../platform/paths.js';
import { buildDocument, mergeParts, workKeyOf, type IndexRecord } from './document.js';
import { LawParseError, parseLawMarkdown } from './parse.js';

const read = (file: string) => readFileSync(fromRoot('data', 'laws', file), 'utf8');
const parse = (file: string) => parseLawMarkdown(read(file));
const INDEX = readFileSync(fromRoot('data', 'laws', 'index.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as IndexRecord);
const recordOf = (file: string) => INDEX.find((r) => r.file === file)!;
const doc = (file: string) => buildDocument(file, parse(file), recordOf(file));

const FUYI_2023 = '诉讼与非诉讼程序法/行政复议法(2023-09-01).md';
const FUYI_2017 = '诉讼与非诉讼程序法/行政复议法(2017-09-01).md';

describe('a law (法律): 行政复议法 2023', () => {
  const parsed = parse(FUYI_2023);

  it('reads title, revision history and 90 articles in order', () => {
    expect(parsed.title).toBe('中华人民共和国行政复议法');
    expect(parsed.history).toHaveLength(4);
    expect(parsed.history[0]).toBe('1999年4月29日 第九届全国人民代表大会常务委员会第九次会议通过');
    expect(parsed.articles).toHaveLength(90);
    expect(parsed.articles.map((a) => a.number)).toEqual(
      Array.from({ length: 90 }, (_, i) => i + 1),
    );
  });

  it('drops the zero-width space before 第一条 and the full-width space after header lines', () => {
    expect(read(FUYI_2023)).toContain('\u200b\n第一条');
    expect(read(FUYI_2023)).toContain('第一次修正\u3000');
    const first = parsed.articles[0]!;
    expect(first.label).toBe('第一条');
    expect(first.text.startsWith('为了防止和纠正违法的')).toBe(true);
    expect(parsed.history[1]!.endsWith('第一次修正')).toBe(true);
    expect(JSON.stringify(parsed)).not.toMatch(/[\u200b\u3000\ufeff]/);
  });

  it('closes up the stray space of `## 第一章 总 则` and keeps the chapter on each article', () => {
    expect(read(FUYI_2023)).toContain('## 第一章 总 则');
    expect(parsed.articles[0]!.path).toEqual({ chapter: '第一章 总则' });
    const art20 = parsed.articles.find((a) => a.number === 20)!;
    expect(art20.path).toEqual({ chapter: '第二章 行政复议申请', section: '第三节 申请的提出' });
    // A new chapter ends the section of the one before.
    const art62 = parsed.articles.find((a) => a.number === 62)!;
    expect(art62.label).toBe('第六十二条');
    expect(art62.path).toEqual({ chapter: '第五章 行政复议决定' });
    expect(parsed.articles.at(-1)!.path).toEqual({ chapter: '第七章 附则' });
  });

  it('joins the paragraphs (款) of an article with newlines, the label left out', () => {
    const art2 = parsed.articles[1]!;
    expect(art2.text).toBe(
      '公民、法人或者其他组织认为行政机关的行政行为侵犯其合法权益，向行政复议机关提出行政复议申请，行政复议机关办理行政复议案件，适用本法。\n' +
        '前款所称行政行为，包括法律、法规、规章授权的组织的行政行为。',
    );
  });

  it('builds the version: key, level, issuing body, dates from the index', () => {
    const d = doc(FUYI_2023);
    expect(d.workKey).toBe('行政复议法');
    expect(d.versionKey).toBe('行政复议法/2023-09-01');
    expect(d.level).toBe('法律');
    expect(d.issuingBody).toBe('全国人民代表大会常务委员会');
    expect(d.promulgatedOn).toBe('2023-09-01');
    expect(d.effectiveOn).toBe('2024-01-01');
    expect(d.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('two versions of one law share the work key and differ in text', () => {
    const older = doc(FUYI_2017);
    expect(older.workKey).toBe('行政复议法');
    expect(older.versionKey).toBe('行政复议法/2017-09-01');
    expect(older.articles).toHaveLength(43);
    expect(older.contentHash).not.toBe(doc(FUYI_2023).contentHash);
  });
});

describe('numerals above one hundred and 之一 articles: 刑法', () => {
  const parsed = parse('刑法/刑法.md');

  it('reads 第一百零一条 as 101 and 第一百三十三条之一 as 133 with suffix 1', () => {
    const a101 = parsed.articles.find((a) => a.label === '第一百零一条')!;
    expect(a101.number).toBe(101);
    const drunk = parsed.articles.find((a) => a.label === '第一百三十三条之一')!;
    expect(drunk).toMatchObject({ number: 133, suffix: 1 });
    expect(drunk.text).toContain('在道路上驾驶机动车');
    expect(parsed.articles.filter((a) => a.suffix > 0).length).toBeGreaterThan(30);
    expect(Math.max(...parsed.articles.map((a) => a.number))).toBe(452);
  });

  it('puts articles under 编/章/节 and the lists after 附则 into the appendix', () => {
    const a133 = parsed.articles.find((a) => a.label === '第一百三十三条')!;
    expect(a133.path.part).toMatch(/^第二编 分则/);
    expect(a133.path.chapter).toMatch(/^第二章 /);
    expect(parsed.appendix).toMatch(/^附件一\n/);
    expect(parsed.appendix).toContain('1．中华人民共和国惩治军人违反职责罪暂行条例');
    const last = parsed.articles.at(-1)!;
    expect(last.label).toBe('第四百五十二条');
    expect(last.text).not.toContain('惩治军人违反职责罪暂行条例');
  });
});

describe('the parts of 民法典 become one version of 1,260 articles', () => {
  const files = [
    '总则',
    '物权编',
    '合同编',
    '人格权编',
    '婚姻家庭编',
    '继承编',
    '侵权责任编',
    '附则',
  ];
  const parts = files.map((f) => doc(`民法典/${f}.md`));

  it('reads the part heading of each file', () => {
    expect(parse('民法典/合同编.md').partTitle).toBe('合同编');
    expect(parts.every((p) => p.workKey === '民法典' && p.versionKey === '民法典/2020-05-28')).toBe(
      true,
    );
  });

  it('merges them in article order whatever the file order', () => {
    const merged = mergeParts([...parts].reverse());
    expect(merged.articles).toHaveLength(1260);
    expect(merged.articles[0]!.number).toBe(1);
    expect(merged.articles.at(-1)!.number).toBe(1260);
    const a1165 = merged.articles.find((a) => a.number === 1165)!;
    expect(a1165.path).toMatchObject({ part: '侵权责任编', chapter: '第一章 一般规定' });
    expect(a1165.text.startsWith('行为人因过错侵害他人民事权益造成损害的')).toBe(true);
    expect(merged.effectiveOn).toBe('2021-01-01');
    expect(mergeParts(parts).contentHash).toBe(merged.contentHash);
  });

  it('turns the en spaces of `## 第一章\u2002\u2002基本规定` into one space', () => {
    expect(read('民法典/总则.md')).toContain('## 第一章\u2002\u2002基本规定');
    expect(parts[0]!.articles[0]!.path.chapter).toBe('第一章 基本规定');
  });
});

describe('other levels', () => {
  it('宪法: the 序言 is the preamble, articles follow', () => {
    const d = doc('宪法/宪法.md');
    expect(d.level).toBe('宪法');
    expect(d.preamble).toMatch(/^中国是世界上历史最悠久的国家之一/);
    expect(d.articles[0]!.text).toMatch(/^中华人民共和国是工人阶级领导的/);
    // The index has no entry-into-force date for the constitution: none is invented.
    expect(d.effectiveOn).toBeNull();
  });

  it('行政法规: 行政复议法实施条例, the issuing body is 国务院 and the decree number is read', () => {
    const d = doc('行政法规/行政复议法实施条例(2007-05-29).md');
    expect(d).toMatchObject({ level: '行政法规', issuingBody: '国务院' });
    expect(d.documentNumber).toMatch(/^国务院令第\d+号$/);
    expect(d.articles.length).toBeGreaterThan(60);
  });

  it('司法解释: the issuing court from the title, the preamble before 第一条', () => {
    const d = doc('司法解释/最高人民法院关于适用《行政诉讼法》的解释(2018-02-06).md');
    expect(d).toMatchObject({ level: '司法解释', issuingBody: '最高人民法院' });
    expect(d.articles.length).toBeGreaterThan(150);
  });

  it('地方性法规: the Guangdong standing committee from the header lines', () => {
    const d = doc('地方性法规/广东/广东省司法鉴定管理条例(2022-03-29).md');
    expect(d).toMatchObject({
      level: '地方性法规',
      issuingBody: '广东省人民代表大会常务委员会',
      promulgatedOn: '2022-03-29',
    });
  });

  it('an amendment without 条 is cut into its items 一、二、…', () => {
    const d = doc('刑法/刑法修正案（十一）.md');
    expect(d.articles.every((a) => a.kind === 'item')).toBe(true);
    expect(d.articles[0]).toMatchObject({ label: '一、', number: 1 });
    expect(d.articles).toHaveLength(48);
    // The quoted new text of a provision stays in its item, paragraphs and all.
    expect(d.articles[0]!.text.split('\n').length).toBeGreaterThan(3);
  });

  it('a text with no header lines (missing dates) takes its date from the file name', () => {
    const file = '行政法规/重新组建仲裁机构方案(1995-07-28).md';
    const parsed = parse(file);
    expect(parsed.history).toEqual([]);
    expect(parsed.dates).toEqual({ promulgatedOn: null, effectiveOn: null });
    const d = buildDocument(file, parsed);
    expect(d.promulgatedOn).toBe('1995-07-28');
    expect(d.articles.every((a) => a.kind === 'paragraph')).toBe(true);
    expect(d.articles[0]!.path.chapter).toBe('一、关于重新组建仲裁机构的原则');
  });

  it('without an index, the entry-into-force date comes from the closing article', () => {
    const d = buildDocument(FUYI_2023, parse(FUYI_2023));
    expect(d.effectiveOn).toBe('2024-01-01');
    expect(d.level).toBe('法律');
    expect(workKeyOf('upload/某文件.md', parse(FUYI_2023))).toBe('行政复议法');
  });
});

describe('texts from elsewhere', () => {
  it('reads a file without the INFO END marker, with a 目录 and 第一条 without a space', () => {
    const parsed = parseLawMarkdown(
      [
        '# 某市行政规范性文件管理办法',
        '',
        '（2026年1月5日 某市人民政府令第3号公布 自2026年3月1日起施行）',
        '',
        '目录',
        '第一章 总则',
        '第二章 附则',
        '',
        '## 第一章 总则',
        '',
        '第一条为了规范行政规范性文件管理，制定本办法。',
        '',
        '第二条　本办法适用于本市。',
        '第二条规定的文件，应当统一登记。',
        '',
        '## 第二章 附则',
        '',
        '第三条 本办法自2026年3月1日起施行。',
      ].join('\r\n'),
    );
    expect(parsed.history).toEqual(['2026年1月5日 某市人民政府令第3号公布 自2026年3月1日起施行']);
    expect(parsed.articles.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条']);
    expect(parsed.articles[1]!.text).toBe('本办法适用于本市。\n第二条规定的文件，应当统一登记。');
    expect(parsed.statedEntryIntoForce).toBe('2026-03-01');
    const d = buildDocument('办法.md', parsed);
    expect(d.promulgatedOn).toBe('2026-01-05');
    expect(d.effectiveOn).toBe('2026-03-01');
    expect(d.documentNumber).toBe('某市人民政府令第3号');
    expect(d.workKey).toBe('某市行政规范性文件管理办法');
  });

  it.each([
    ['no title', '第一条 内容。', /缺少标题/],
    ['an empty body', '# 某条例\n\n<!-- INFO END -->\n\n', /正文为空/],
    ['binary content', '# x\u0000\u0001', /不是文本文件/],
  ])('refuses %s with a reason', (_, text, reason) => {
    expect(() => parseLawMarkdown(text)).toThrow(LawParseError);
    expect(() => parseLawMarkdown(text)).toThrow(reason);
  });

  it('refuses a text without any date', () => {
    const parsed = parseLawMarkdown('# 某规定\n\n第一条 内容。');
    expect(() => buildDocument('某规定.md', parsed)).toThrow(/缺少公布日期/);
  });
});
