// Cleaning of the characters real law files carry: zero-width spaces and byte-order marks
// (U+200B, U+FEFF …), full-width and en/em spaces (U+3000, U+2002, U+2003), no-break spaces,
// CRLF line ends, and stray spaces inside short headings (`第一章 总 则`).

// An alternation, not a class: a class holding U+200D (the joiner) reads as a joined sequence.
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g;
const WIDE_SPACES = /[\u3000\u2000-\u200a\u00a0\u202f\u205f\t]/g;

/** One line: invisible characters removed, every kind of space made one ASCII space, trimmed. */
export function normalizeLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(WIDE_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The whole text: LF line ends, each line normalized (empty lines kept as ''). */
export function normalizeText(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map(normalizeLine);
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'g');

/** A heading's title without the spaces set between its characters: `总 则` -> `总则`. */
export function tightenTitle(title: string): string {
  return title.replace(SPACE_BETWEEN_CJK, '');
}
