// Terms a statute defines: 本法所称行政机关，是指…; 前款所称X，包括…; and the lists under
// 下列用语的含义 whose lines read （一）“侦查”是指… or （一）个人信息，是指….

export interface FoundDefinition {
  term: string;
  /** The defining clause, from the term to the end of its sentence. */
  text: string;
  offset: number;
}

/** A defined term is a short noun phrase: longer ones are clauses, not terms. */
const MIN = 2;
const MAX = 20;
const MAX_TEXT = 400;

const SCOPE = '(?:本(?:法|条例|规定|办法|细则|解释|规则|决定|章|节|条|款)|前(?:两|三)?款|前条)';
const VERB = '(?:是指|系指|指|包括|是)';
const SO_CALLED = new RegExp(
  `${SCOPE}(?:中)?(?:下列)?所称(?:的)?([^，,。；;：:\\n]{${MIN},40}?)[，,]?${VERB}`,
  'gu',
);
// At the start of a line, after an optional item number: （一）“侦查”是指 / 个人信息，是指.
const LINE_START = new RegExp(
  `^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\\d+[.．、])?\\s*[“"「]?([^，,。；;：:“”"「」\\s]{${MIN},${MAX}}?)[”"」]?[，,]?(?:是指|系指)`,
  'gmu',
);

const clean = (term: string) => term.replace(/^[“"「]|[”"」]$/g, '').trim();

/** Splits 以上、以下、以内 into its terms; keeps 2–20 characters without sentence marks. */
function termsOf(phrase: string): string[] {
  return phrase
    .split(/、/u)
    .map(clean)
    .filter((t) => [...t].length >= MIN && [...t].length <= MAX && !/[“”"《》（）()]/.test(t));
}

function sentenceFrom(text: string, offset: number): string {
  const rest = text.slice(offset);
  const end = rest.search(/[。\n]/);
  return (end === -1 ? rest : rest.slice(0, end + 1)).slice(0, MAX_TEXT);
}

export function extractDefinitions(text: string): FoundDefinition[] {
  const found = new Map<string, FoundDefinition>();
  const add = (term: string, offset: number) => {
    if (!found.has(term)) found.set(term, { term, text: sentenceFrom(text, offset), offset });
  };
  for (const match of text.matchAll(SO_CALLED)) {
    for (const term of termsOf(match[1]!)) add(term, match.index);
  }
  for (const match of text.matchAll(LINE_START)) {
    const term = clean(match[1]!);
    // 本法所称… lines were taken above; a line starting with a scope word is not a term.
    if (new RegExp(`^${SCOPE}`).test(term) || term.includes('所称')) continue;
    for (const t of termsOf(term)) add(t, match.index);
  }
  return [...found.values()].sort((a, b) => a.offset - b.offset);
}
