import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import {
  checkDocumentNumber,
  filedMarkdown,
  filingDueDate,
  isFiledLate,
  reviewItemNumber,
} from './filing-rules.js';
import { parseLawMarkdown } from './parse.js';

const TODAY = '2026-05-20';

describe('checkDocumentNumber (GB/T 9704-2012 §7.2.3)', () => {
  it.each([
    ['穗府办规〔2026〕3号', '穗府办规〔2026〕3号', []],
    ['穗府规〔2025〕12号', '穗府规〔2025〕12号', []],
    [' 穗司规 〔2026〕 1 号 ', '穗司规〔2026〕1号', []],
    ['穗府办规[2026]3号', '穗府办规〔2026〕3号', ['年份已改用六角括号〔〕']],
    ['穗府办规（2026）3号', '穗府办规〔2026〕3号', ['年份已改用六角括号〔〕']],
    [
      '穗府办规【２０２６】３号',
      '穗府办规〔2026〕3号',
      ['年份已改用六角括号〔〕', '全角数字已改为阿拉伯数字'],
    ],
    ['穗府办〔2026〕3号', '穗府办〔2026〕3号', ['文号未含“规”字，请核对是否为规范性文件']],
  ])('accepts %s as %s', (raw, normalized, warnings) => {
    const check = checkDocumentNumber(raw, TODAY);
    expect(check).toMatchObject({ ok: true, normalized, warnings });
  });

  it.each([
    ['', '文号不能为空'],
    ['穗府办规2026年3号', '应为“发文机关代字〔年份〕序号号”'],
    ['〔2026〕3号', '应为“发文机关代字〔年份〕序号号”'],
    ['穗府办规〔26〕3号', '年份应写全称'],
    ['穗府办规〔2027〕3号', '不在 1949 至 2026 之间'],
    ['穗府办规〔1948〕3号', '不在 1949 至 2026 之间'],
    ['穗府办规〔2026〕第3号', '序号前不加“第”字'],
    ['穗府办规〔2026〕03号', '序号不编虚位'],
    ['穗府办规〔2026〕0号', '序号不编虚位'],
    ['穗府办规〔2026〕3', '应为“发文机关代字〔年份〕序号号”'],
    ['Suifu〔2026〕3号', '应为“发文机关代字〔年份〕序号号”'],
  ])('refuses %j: %s', (raw, reason) => {
    const check = checkDocumentNumber(raw, TODAY);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toContain(reason);
  });

  it('refuses a number without 规 when the setting requires it', () => {
    const check = checkDocumentNumber('穗府办〔2026〕3号', TODAY, { requireRuleMark: true });
    expect(check).toMatchObject({ ok: false });
    expect(checkDocumentNumber('穗府办规〔2026〕3号', TODAY, { requireRuleMark: true }).ok).toBe(
      true,
    );
  });

  it.each([
    ['2026-03-01', []],
    ['2027-01-05', []],
    ['2028-03-01', ['文号年份 2026 与公布日期 2028-03-01 不符']],
  ])('compares the year with the publication date %s', (publishedOn, warnings) => {
    const check = checkDocumentNumber('穗府办规〔2026〕3号', '2030-01-01', { publishedOn });
    expect(check).toMatchObject({ ok: true, warnings });
  });
});

describe('the filing period: 30 日 after publication, the last day moved off rest days', () => {
  const calendar = chinaCalendar();
  it.each([
    ['2026-03-02', '2026-04-01', 'an ordinary Wednesday'],
    ['2026-01-15', '2026-02-14', 'a Saturday made a working day (调休)'],
    ['2025-09-01', '2025-10-09', 'the National Day holiday moves it'],
    ['2024-12-31', '2025-02-05', 'the Spring Festival moves it'],
    ['2025-12-31', '2026-01-30', 'across the year end'],
  ])('published %s: file by %s (%s)', (publishedOn, due) => {
    expect(filingDueDate(publishedOn, 30, calendar)).toBe(due);
  });

  it.each([
    ['2026-04-01', '2026-04-01', false],
    ['2026-04-02', '2026-04-01', true],
    ['2026-03-15', '2026-04-01', false],
  ])('filed %s with last day %s: late %s', (filedOn, due, late) => {
    expect(isFiledLate(filedOn, due)).toBe(late);
  });

  it('follows a configured period', () => {
    expect(filingDueDate('2026-03-02', 15, calendar)).toBe('2026-03-17');
  });
});

describe('the text published into the library', () => {
  it('parses into articles with the number and the issuing body in the header', () => {
    const md = filedMarkdown({
      title: '广州市行政规范性文件管理办法',
      documentNumber: '穗府办规〔2026〕3号',
      issuingBody: '广州市人民政府办公厅',
      publishedOn: '2026-03-02',
      text: [
        '第一章 总则',
        '第一条 为了规范管理，制定本办法。',
        '# 第二章 附则',
        '# 第二条 本办法自公布之日起施行。',
      ].join('\n'),
    });
    const parsed = parseLawMarkdown(md);
    expect(parsed.title).toBe('广州市行政规范性文件管理办法');
    expect(parsed.history).toEqual(['穗府办规〔2026〕3号', '广州市人民政府办公厅2026年3月2日公布']);
    expect(parsed.articles.map((a) => [a.label, a.path.chapter, a.text])).toEqual([
      ['第一条', '第一章 总则', '为了规范管理，制定本办法。'],
      ['第二条', '第二章 附则', '本办法自公布之日起施行。'],
    ]);
  });

  it('numbers review items by year', () => {
    expect(reviewItemNumber(2026, 12)).toBe('备审〔2026〕12号');
  });
});
