// Personal and organizational identifiers (domain rules §9): the resident ID number (GB 11643)
// and the unified social credit code (GB 32100), with their check characters. Each check
// returns the normalized value or the reason it fails, for a message a citizen understands.
import { defineErrors } from '../errors/index.js';

export const IdentifierErrors = defineErrors({
  ID_NUMBER_INVALID: {
    status: 400,
    'zh-CN': '身份证号码有误：{reason}',
    en: 'Invalid resident ID number: {reason}',
  },
  CREDIT_CODE_INVALID: {
    status: 400,
    'zh-CN': '统一社会信用代码有误：{reason}',
    en: 'Invalid unified social credit code: {reason}',
  },
});

export type CheckResult =
  { ok: true; value: string; warnings: string[] } | { ok: false; reason: string };

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const PROVINCES = [
  [11, 15],
  [21, 23],
  [31, 37],
  [41, 46],
  [50, 54],
  [61, 65],
  [81, 83],
] as const;

export function idCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * ID_WEIGHTS[i]!, 0);
  return ID_CHECK[sum % 11]!;
}

function realDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Checks a resident ID number. Accepts a lowercase x; a legacy 15-digit number is upgraded to 18
 * digits (19 inserted after the address code, check character computed).
 */
export function checkIdNumber(input: string, today: Date = new Date()): CheckResult {
  let value = input.trim().toUpperCase();
  if (/^\d{15}$/.test(value)) value = `${value.slice(0, 6)}19${value.slice(6)}`;
  else if (!/^\d{17}[\dX]$/.test(value))
    return { ok: false, reason: '应为 18 位，前 17 位为数字，最后一位为数字或 X' };
  if (value.length === 17) value += idCheckCharacter(value);
  const province = Number(value.slice(0, 2));
  if (!PROVINCES.some(([lo, hi]) => province >= lo && province <= hi)) {
    return { ok: false, reason: `开头两位“${value.slice(0, 2)}”不是有效的省级行政区代码` };
  }
  const birth = value.slice(6, 14);
  if (!realDate(birth)) return { ok: false, reason: `出生日期“${birth}”不存在` };
  const birthDay = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  if (birthDay > today.toISOString().slice(0, 10) || birth < '18900101') {
    return { ok: false, reason: `出生日期“${birth}”不合理` };
  }
  const expected = idCheckCharacter(value.slice(0, 17));
  if (input.trim().length === 18 && value[17] !== expected) {
    return { ok: false, reason: '校验位不符，请逐位核对号码' };
  }
  return { ok: true, value, warnings: [] };
}

/** The sex written in an ID number: odd sequence = male. */
export function sexOfIdNumber(idNumber: string): 'male' | 'female' {
  return Number(idNumber[16]) % 2 === 1 ? 'male' : 'female';
}

/** 4401**********123X: the region and the last four characters, the rest hidden. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 8) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 4)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}

/** 138****5678. */
export function maskPhone(phone: string): string {
  return phone.length >= 7
    ? `${phone.slice(0, 3)}****${phone.slice(-4)}`
    : '*'.repeat(phone.length);
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_PREFIXES: Record<string, string> = {
  '1': '1239',
  '2': '19',
  '3': '123459',
  '4': '19',
  '5': '1239',
  '6': '129',
  '7': '129',
  '8': '19',
  '9': '123',
  A: '19',
  N: '1239',
  Y: '1',
};

export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + USCC_CHARS.indexOf(c) * USCC_WEIGHTS[i]!, 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}

function organizationCodeCheck(code8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...code8].reduce(
    (s, c, i) => s + (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * weights[i]!,
    0,
  );
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Checks a unified social credit code: hard failures on length, characters and the mod-31 check. */
export function checkCreditCode(input: string): CheckResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, reason: `应为 18 位，当前为 ${value.length} 位` };
  const bad = [...value].find((c) => !USCC_CHARS.includes(c));
  if (bad) return { ok: false, reason: `含有不允许的字符“${bad}”（不使用 I、O、Z、S、V）` };
  if (creditCodeCheckCharacter(value.slice(0, 17)) !== value[17]) {
    return { ok: false, reason: '校验位不符，请逐位核对代码' };
  }
  const warnings: string[] = [];
  const allowed = USCC_PREFIXES[value[0]!];
  if (!allowed || !allowed.includes(value[1]!))
    warnings.push(`登记管理部门或机构类别代码“${value.slice(0, 2)}”不常见，请核对`);
  if (
    /^[0-9A-Z]{8}[0-9X]$/.test(value.slice(8, 17)) &&
    organizationCodeCheck(value.slice(8, 16)) !== value[16]
  ) {
    warnings.push('组织机构代码部分的校验位不符，请核对');
  }
  return { ok: true, value, warnings };
}
