// Dates in law texts: `2023年9月1日` in header lines and `自二〇〇一年一月一日起施行` in the
// closing articles, turned into legal dates (YYYY-MM-DD).
import { parseNumber } from './numerals.js';

const NUM = '[0-9０-９零〇○一二三四五六七八九十]';
const DATE = new RegExp(`(${NUM}{4})\\s*年\\s*(${NUM}{1,3})\\s*月\\s*(${NUM}{1,3})\\s*日`, 'g');

function toIso(y: string, m: string, d: string): string | null {
  const year = parseNumber(y);
  const month = parseNumber(m);
  const day = parseNumber(d);
  if (year === null || month === null || day === null) return null;
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // Reject 2月30日 and the like: the date must survive a round trip.
  const check = new Date(`${iso}T00:00:00Z`);
  return check.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Every date written in the text, in order, with where it ends. */
function datesIn(text: string): { iso: string; end: number }[] {
  const out: { iso: string; end: number }[] = [];
  for (const m of text.matchAll(DATE)) {
    const iso = toIso(m[1]!, m[2]!, m[3]!);
    if (iso) out.push({ iso, end: m.index + m[0].length });
  }
  return out;
}

/** Every date written in the text, in order. */
export function findDates(text: string): string[] {
  return datesIn(text).map((d) => d.iso);
}

/** `行政复议法(2023-09-01).md` -> 2023-09-01, else null. */
export function dateInFileName(name: string): string | null {
  const m = /[(（](\d{4}-\d{2}-\d{2})[)）](?:\.md)?$/i.exec(name);
  return m && toIso(...(m[1]!.split('-') as [string, string, string])) ? m[1]! : null;
}

const latest = (dates: string[]) =>
  dates.reduce<string | null>((a, b) => (a && a > b ? a : b), null);

export interface HeaderDates {
  promulgatedOn: string | null;
  effectiveOn: string | null;
}

/**
 * From the header lines: promulgation = the latest date of a line that does not mention 施行;
 * entry into force = the latest date of a line that does (dropped when it is older than the
 * promulgation: it belongs to an earlier version). The rule the corpus index was built with,
 * plus lines that give both (`…公布 自…起施行`).
 */
export function headerDates(lines: string[]): HeaderDates {
  const plain: string[] = [];
  const inForce: string[] = [];
  for (const line of lines) {
    const dates = datesIn(line);
    const at = line.lastIndexOf('施行');
    if (dates.length === 0) continue;
    if (at < 0) {
      plain.push(dates[0]!.iso);
      continue;
    }
    // `2026年1月5日 …公布 自2026年3月1日起施行`: the date nearest before 施行 is the entry
    // into force, an earlier one on the line the promulgation.
    const before = dates.filter((d) => d.end <= at);
    const entry = before.at(-1) ?? dates[0]!;
    inForce.push(entry.iso);
    if (dates[0] !== entry) plain.push(dates[0]!.iso);
  }
  const promulgatedOn = latest(plain) ?? latest(inForce);
  let effectiveOn = latest(inForce);
  if (effectiveOn && promulgatedOn && effectiveOn < promulgatedOn) effectiveOn = null;
  return { promulgatedOn, effectiveOn };
}

const FROM_DATE = new RegExp(
  `自(${NUM}{4}\\s*年\\s*${NUM}{1,3}\\s*月\\s*${NUM}{1,3}\\s*日)起(?:施行|生效|实施|执行)`,
);
const FROM_PUBLICATION = /自(?:公布|发布|印发|下发)之日起(?:施行|生效|实施|执行)/;

/**
 * The entry into force a closing article states (本法自2024年1月1日起施行): a date, or
 * 'publication' for 自公布之日起施行, or null. Only the last articles are looked at.
 */
export function statedEntryIntoForce(texts: string[]): string | 'publication' | null {
  for (const text of texts.slice(-3).reverse()) {
    const m = FROM_DATE.exec(text);
    if (m) return findDates(m[1]!)[0] ?? null;
    if (FROM_PUBLICATION.test(text)) return 'publication';
  }
  return null;
}
