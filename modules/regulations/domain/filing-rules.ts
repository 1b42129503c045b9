// Pure rules of filing: the document number (文号) as GB/T 9704-2012 §7.2.3 writes it, the
// filing period after publication, the review item's number, and the Markdown a filed text is
// published into the library as.
import type { WorkingCalendar } from '../../../platform/workflow/calendar.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';
import { computeDeadline } from '../../../platform/workflow/deadline.js';
import { CHINESE_NUMERAL_CHARS } from './numerals.js';

export type DocumentNumberCheck =
  | {
      ok: true;
      /** 穗府办规〔2026〕3号 */
      normalized: string;
      /** 穗府办规 */
      prefix: string;
      year: number;
      serial: number;
      warnings: string[];
    }
  | { ok: false; reason: string };

const FULL_WIDTH_DIGIT = /[０-９]/g;
/** Brackets people type instead of the hexagonal 〔〕 the standard asks for. */
const OPEN_BRACKETS = /[[［【(（〈<﹝⦅]/g;
const CLOSE_BRACKETS = /[\]］】)）〉>﹞⦆]/g;
const SHAPE = /^([\u4e00-\u9fa5]{1,20})〔(\d+)〕(第?)(\d+)号$/;

/**
 * Checks a 文号 such as 穗府办规〔2026〕3号: an issuer's abbreviation, the full year in 〔〕 and the
 * serial number without 第 and without leading zeros (GB/T 9704-2012 §7.2.3). Other brackets and
 * full-width digits are accepted and normalized, with a warning.
 */
export function checkDocumentNumber(
  raw: string,
  today: LegalDate,
  options: { requireRuleMark?: boolean; publishedOn?: LegalDate | null } = {},
): DocumentNumberCheck {
  const compact = raw.replace(/\s+/g, '');
  if (compact === '') return { ok: false, reason: '文号不能为空' };
  const digits = compact.replace(FULL_WIDTH_DIGIT, (d) =>
    String.fromCharCode(d.charCodeAt(0) - 0xfee0),
  );
  const bracketed = digits.replace(OPEN_BRACKETS, '〔').replace(CLOSE_BRACKETS, '〕');
  const warnings: string[] = [];
  if (bracketed !== digits) warnings.push('年份已改用六角括号〔〕');
  if (digits !== compact) warnings.push('全角数字已改为阿拉伯数字');
  const m = SHAPE.exec(bracketed);
  if (!m) {
    return {
      ok: false,
      reason: '应为“发文机关代字〔年份〕序号号”，如 穗府办规〔2026〕3号',
    };
  }
  const [, prefix, yearText, di, serialText] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (yearText.length !== 4) return { ok: false, reason: '年份应写全称（四位数字）' };
  const year = Number(yearText);
  const thisYear = Number(today.slice(0, 4));
  if (year < 1949 || year > thisYear) {
    return { ok: false, reason: `年份 ${year} 不在 1949 至 ${thisYear} 之间` };
  }
  if (di) return { ok: false, reason: '序号前不加“第”字' };
  if (serialText.startsWith('0')) {
    return { ok: false, reason: '序号不编虚位（如 1 不写作 01），且不能为 0' };
  }
  if (!prefix.includes('规')) {
    if (options.requireRuleMark) {
      return { ok: false, reason: '规范性文件的文号应含“规”字（如 穗府规、穗府办规）' };
    }
    warnings.push('文号未含“规”字，请核对是否为规范性文件');
  }
  const published = options.publishedOn ? Number(options.publishedOn.slice(0, 4)) : null;
  if (published !== null && year !== published && year !== published - 1) {
    warnings.push(`文号年份 ${year} 与公布日期 ${options.publishedOn} 不符`);
  }
  return {
    ok: true,
    normalized: `${prefix}〔${year}〕${Number(serialText)}号`,
    prefix,
    year,
    serial: Number(serialText),
    warnings,
  };
}

/** The last day to file: `days` 日 after publication (a rest day moves it to the next working day). */
export function filingDueDate(
  publishedOn: LegalDate,
  days: number,
  calendar: WorkingCalendar,
): LegalDate {
  return computeDeadline({ start: publishedOn, period: { amount: days, unit: 'day' } }, calendar)
    .dueDate!;
}

/** Filing after the last day is late (报备超期): recorded and shown, the review still runs. */
export const isFiledLate = (filedOn: LegalDate, dueDate: LegalDate) => filedOn > dueDate;

/** 备审〔2026〕12号 */
export const reviewItemNumber = (year: number, serial: number) => `备审〔${year}〕${serial}号`;

/** A key is the first segment of article ids: no slash in it. */
export const filedWorkKey = (title: string) =>
  title.replace(/\//g, '／').replace(/\s+/g, '').trim();

const STRUCTURE_LINE = new RegExp(`^第[${CHINESE_NUMERAL_CHARS}0-9]+(分编|编|章|节)(\\s|$)`);

export interface FiledText {
  title: string;
  documentNumber: string | null;
  issuingBody: string | null;
  publishedOn: LegalDate;
  text: string;
}

/**
 * The Markdown the library's parser reads: `# title`, the header lines (document number, who
 * published it and when), the end-of-header marker, then the body as the filer typed it.
 */
export function filedMarkdown(doc: FiledText): string {
  const [y, m, d] = doc.publishedOn.split('-').map(Number);
  const header = [
    doc.documentNumber,
    `${doc.issuingBody ?? ''}${y}年${m}月${d}日公布`.trim(),
  ].filter((line): line is string => Boolean(line));
  // 编/章/节 lines become the headings the parser reads as structure; any other # is text.
  const body = doc.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const plain = line.replace(/^\s*#+\s*/, '').trim();
      return STRUCTURE_LINE.test(plain) ? `## ${plain}` : plain;
    })
    .join('\n');
  return [`# ${doc.title}`, '', ...header, '', '<!-- INFO END -->', '', body, ''].join('\n');
}
