// Article references in a query: 行政复议法第六十二条, 复议法 62条, 个保法第13条,
// 民诉法 第二百零五条, 中华人民共和国社区矫正法第二十七条, 立法法（2015年）第八条, 第十条之一.
// A law name resolves to work keys through `LawNameIndex`: the exact short name or title, the
// alias table, name + 法, a unique suffix (复议法 -> 行政复议法), then the abbreviation rule: the
// name's characters appear in order in the key, with the same first and last character
// (民诉法 -> 民事诉讼法, 道交法 -> 道路交通安全法); ties go to the higher level, then the shorter key.
import { CHINESE_NUMERAL_CHARS, chineseToInt, parseNumber } from '../numerals.js';
import { LAW_ALIASES } from './aliases.js';

export interface LawName {
  /** Work key: `行政复议法`; the parts of one code share a first word: `民法典 合同编`. */
  key: string;
  title: string;
  level: string;
}

export interface ReferenceDate {
  year: number;
  month?: number;
  day?: number;
}

export interface ParsedReference {
  /** The text of the query the reference was read from. */
  text: string;
  /** The law name as written (empty when the reference has none and no earlier one to inherit). */
  name: string;
  /** Work keys the name resolves to; empty when it does not resolve. */
  works: string[];
  number: number;
  /** 之一 -> 1; 0 for a plain article. */
  suffix: number;
  date?: ReferenceDate;
}

export interface ParsedReferences {
  references: ParsedReference[];
  /** The query without the references, for the word search. */
  rest: string;
}

const PRC = '中华人民共和国';

/** Spaces, zero-width marks, outer 《》 and 中华人民共和国 removed; ASCII brackets. */
export function normalizeLawName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200f\u2060\ufeff]/g, '')
    .replaceAll(PRC, '')
    .replace(/^《(.*)》$/u, '$1')
    .replace(/[〈<]/g, '《')
    .replace(/[〉>]/g, '》');
}

const LEVEL_RANK: Record<string, number> = { 宪法: 0, 法律: 0, 行政法规: 1, 司法解释: 2 };
const levelRank = (level: string) => LEVEL_RANK[level] ?? 3;

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const ch of haystack) if (ch === needle[i]) i++;
  return i === needle.length;
}

export class LawNameIndex {
  private readonly exact = new Map<string, Set<string>>();
  private readonly laws: { key: string; name: string; rank: number }[] = [];

  constructor(
    laws: readonly LawName[],
    private readonly aliases: Readonly<Record<string, string>> = LAW_ALIASES,
  ) {
    for (const law of laws) {
      const name = normalizeLawName(law.key);
      const family = name.split(/\s+/)[0]!;
      for (const form of new Set([name, family, normalizeLawName(law.title)])) {
        const keys = this.exact.get(form) ?? new Set<string>();
        keys.add(law.key);
        this.exact.set(form, keys);
      }
      this.laws.push({ key: law.key, name: family, rank: levelRank(law.level) });
    }
  }

  /** The work keys a law name stands for; [] when it names none or several equally well. */
  resolve(raw: string): string[] {
    const name = normalizeLawName(raw);
    if (name.length < 2) return [];
    const exact = this.exact.get(name) ?? this.exact.get(this.aliases[name] ?? '\u0000');
    if (exact) return [...exact];
    if (!/(法|条例|规定|办法|细则|解释|规则)$/u.test(name)) {
      return [...(this.exact.get(`${name}法`) ?? [])];
    }
    if (name.length >= 3) {
      const suffixed = this.best(
        this.laws.filter((l) => l.name.endsWith(name)),
        false,
      );
      if (suffixed.length > 0) return suffixed;
    }
    return this.best(
      this.laws.filter(
        (l) =>
          l.name[0] === name[0] &&
          l.name.at(-1) === name.at(-1) &&
          l.name.length > name.length &&
          isSubsequence(name, l.name),
      ),
    );
  }

  /**
   * The keys of the best-ranked family among candidates (by level, then by shortness when
   * `shortest`), if that family is the only one so ranked.
   */
  private best(
    candidates: { key: string; name: string; rank: number }[],
    shortest = true,
  ): string[] {
    if (candidates.length === 0) return [];
    const length = (c: { name: string }) => (shortest ? c.name.length : 0);
    const sorted = [...candidates].sort((a, b) => a.rank - b.rank || length(a) - length(b));
    const top = sorted[0]!;
    const names = new Set(
      sorted.filter((c) => c.rank === top.rank && length(c) === length(top)).map((c) => c.name),
    );
    if (names.size > 1) return [];
    return [...(this.exact.get(top.name) ?? [])];
  }
}

const NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;
const ARTICLE = new RegExp(
  `(?:第\\s*(\\d+|${NUMERAL})\\s*条|(?<![\\d第])(\\d+)\\s*条)(?:\\s*之\\s*(${NUMERAL}|\\d+))?`,
  'gu',
);
const DATE_AFTER =
  /[（(]\s*(\d{4})\s*(?:年|[-./])?\s*(?:(\d{1,2})\s*(?:月|[-./])\s*(?:(\d{1,2})\s*日?)?)?[^（）()]{0,8}[）)]\s*$/u;
const DATE_BEFORE = /(\d{4})\s*年\s*(?:版|修订|修正)?\s*$/u;
const NAME_RUN = /[\p{Script=Han}《》〈〉·]{1,60}$/u;

function readDate(match: RegExpExecArray): ReferenceDate {
  const date: ReferenceDate = { year: Number(match[1]) };
  if (match[2]) date.month = Number(match[2]);
  if (match[3]) date.day = Number(match[3]);
  return date;
}

/** The law name that ends the text before a reference (longest suffix that resolves). */
function nameBefore(
  zone: string,
  laws: LawNameIndex,
): { name: string; works: string[]; date?: ReferenceDate; start: number } | null {
  let text = zone.replace(/\s+$/u, '');
  let date: ReferenceDate | undefined;
  const after = DATE_AFTER.exec(text);
  if (after) {
    date = readDate(after);
    text = text.slice(0, after.index).replace(/\s+$/u, '');
  }
  const run = NAME_RUN.exec(text);
  if (!run) return null;
  for (let i = 0; i < run[0].length - 1; i++) {
    const name = run[0].slice(i);
    const works = laws.resolve(name);
    if (works.length === 0) continue;
    let start = run.index + i;
    const before = DATE_BEFORE.exec(text.slice(0, start));
    if (before && !date) {
      date = readDate(before);
      start = before.index;
    }
    return { name: normalizeLawName(name), works, ...(date ? { date } : {}), start };
  }
  return null;
}

/** Reads every article reference of a query, left to right. */
export function parseReferences(query: string, laws: LawNameIndex): ParsedReferences {
  const text = query.normalize('NFKC');
  const references: ParsedReference[] = [];
  let rest = '';
  let cursor = 0;
  let previous: Pick<ParsedReference, 'name' | 'works' | 'date'> | null = null;
  for (const match of text.matchAll(ARTICLE)) {
    const number = parseNumber(match[1] ?? match[2]!);
    const suffix = match[3] ? (parseNumber(match[3]) ?? chineseToInt(match[3])) : 0;
    if (number === null || number === 0 || suffix === null) continue;
    const zone = text.slice(cursor, match.index);
    const named = nameBefore(zone, laws);
    let start = match.index;
    let law: Pick<ParsedReference, 'name' | 'works' | 'date'>;
    if (named) {
      start = cursor + named.start;
      law = { name: named.name, works: named.works, ...(named.date ? { date: named.date } : {}) };
    } else if (previous && /^[\s、，,和及与或至到]*$/u.test(zone)) {
      law = previous;
    } else {
      law = { name: '', works: [] };
    }
    rest += `${text.slice(cursor, start)} `;
    const end = match.index + match[0].length;
    references.push({ text: text.slice(start, end).trim(), ...law, number, suffix });
    previous = law.works.length > 0 ? law : previous;
    cursor = end;
  }
  rest += text.slice(cursor);
  return { references, rest: rest.replace(/\s+/gu, ' ').trim() };
}
