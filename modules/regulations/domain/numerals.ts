// Chinese numerals as statutes write them (第一百零一条, 第二十条之一, 两千, 一九九九 in years)
// converted exactly to integers and back. Other modules parse article references with these.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000 };

/** The characters a Chinese numeral may contain, for building regular expressions. */
export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千万';

/**
 * A Chinese numeral to an integer, or null when the text is not one: 一百零一 -> 101,
 * 十二 -> 12, 两千 -> 2000, 一〇一 -> 101 (digit by digit, as in years).
 */
export function chineseToInt(text: string): number | null {
  if (text.length === 0) return null;
  for (const ch of text) {
    if (!(ch in DIGITS) && !(ch in UNITS) && !(ch in BIG_UNITS)) return null;
  }
  // Digit by digit (一九九九, 二〇二三): no unit characters at all.
  if (![...text].some((ch) => ch in UNITS || ch in BIG_UNITS)) {
    if (text.length === 1) return DIGITS[text]!;
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null; // 一二十, 一百一零
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      const unit = UNITS[ch]!;
      if (unit >= lastUnit) return null; // 十百, 百百
      // 十 alone means 一十 only at the start of a section (十二, 一百一十 vs 一百十 both occur).
      const value = digit === null || digit === 0 ? (digit === 0 ? null : 1) : digit;
      if (value === null) return null; // 零十
      section += value * unit;
      digit = null;
      lastUnit = unit;
    } else {
      const big = BIG_UNITS[ch]!;
      section += digit ?? 0;
      if (section === 0) return null;
      total += section * big;
      section = 0;
      digit = null;
      lastUnit = Infinity;
    }
  }
  return total + section + (digit ?? 0);
}

/** An integer (0..99,999) to the numeral statutes use: 101 -> 一百零一, 12 -> 十二, 110 -> 一百一十. */
export function intToChinese(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 100_000) {
    throw new RangeError(`intToChinese: ${value} is outside 0..99999`);
  }
  if (value === 0) return '零';
  const names = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const units = ['', '十', '百', '千', '万'];
  const digits = String(value).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      pendingZero = out.length > 0;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十二 rather than 一十二 when the number starts with the tens.
    out += d === 1 && unit === '十' && out.length === 0 ? '十' : names[d] + unit;
  });
  return out;
}

/** A number written in Arabic digits (also full-width ０-９) or in Chinese, else null. */
export function parseNumber(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return chineseToInt(text);
}

export interface ArticleNumber {
  number: number;
  /** 之一 -> 1; 0 when none. */
  suffix: number;
}

const ARTICLE_LABEL = new RegExp(
  `^第([${CHINESE_NUMERAL_CHARS}0-9０-９]+)条(?:之([${CHINESE_NUMERAL_CHARS}]+))?$`,
);

/** `第一百零一条` -> {101, 0}; `第二十条之一` -> {20, 1}; `第62条` -> {62, 0}; else null. */
export function parseArticleLabel(label: string): ArticleNumber | null {
  const match = ARTICLE_LABEL.exec(label.trim());
  if (!match) return null;
  const number = parseNumber(match[1]!);
  if (number === null || number === 0) return null;
  const suffix = match[2] ? chineseToInt(match[2]) : 0;
  if (suffix === null || (match[2] && suffix === 0)) return null;
  return { number, suffix };
}

/** {101, 0} -> `第一百零一条`; {20, 1} -> `第二十条之一`. */
export function articleLabel(number: number, suffix = 0): string {
  return `第${intToChinese(number)}条${suffix > 0 ? `之${intToChinese(suffix)}` : ''}`;
}
