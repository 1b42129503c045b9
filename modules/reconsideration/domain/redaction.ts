// Redaction for 阳光复议 publication: personal names keep the surname (张三 -> 张某), and ID
// numbers, phone numbers and addresses disappear. Known strings from the case come first; the
// patterns catch what the text repeats in other forms. A clerk reviews the result before it is public.
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '端木',
  '轩辕',
];

export function surnameOf(name: string): string {
  return COMPOUND_SURNAMES.find((s) => name.startsWith(s)) ?? name.slice(0, 1);
}

/** 张三 -> 张某; 欧阳修 -> 欧阳某. */
export function pseudonym(name: string): string {
  return `${surnameOf(name)}某`;
}

export interface PersonalStrings {
  /** Names of natural persons (applicants, agents, third parties). */
  names: string[];
  addresses: string[];
  /** Other exact strings to hide (ID numbers, phone numbers as entered). */
  others: string[];
}

const ID_PATTERN = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])|(?<!\d)\d{15}(?!\d)/g;
const MOBILE_PATTERN = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const LANDLINE_PATTERN = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Redacted {
  text: string;
  replacements: number;
}

export function redact(text: string, personal: PersonalStrings): Redacted {
  let replacements = 0;
  let out = text;
  const replaceAll = (pattern: RegExp, by: string | ((m: string) => string)) => {
    out = out.replace(pattern, (m) => {
      replacements += 1;
      return typeof by === 'string' ? by : by(m);
    });
  };
  // Longest first, so that 张三丰 is not left as 张某丰 by the rule for 张三.
  for (const value of [...personal.others, ...personal.addresses]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)) {
    replaceAll(new RegExp(escape(value), 'g'), '[已隐去]');
  }
  for (const name of personal.names
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length)) {
    replaceAll(new RegExp(escape(name), 'g'), pseudonym(name));
  }
  replaceAll(ID_PATTERN, '[身份证号已隐去]');
  replaceAll(MOBILE_PATTERN, '[电话已隐去]');
  replaceAll(LANDLINE_PATTERN, '[电话已隐去]');
  return { text: out, replacements };
}
