// Which vocabulary entries a query contains: every phrase found in the query on word
// boundaries (请律师 in 没钱请律师, not in 申请律师执业; 告 in 告政府, not in 公告), longest
// first, a shorter phrase only where no longer one already matched (交不起 before 交).

export interface VocabularyLike {
  phrase: string;
  terms: string[];
  weight: number;
}

export interface VocabularyMatch {
  matched: string;
  terms: string[];
  weight: number;
}

export const normalizePhrase = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The entries a query contains; `words` are the query's words as the search segments them. */
/** Offsets in `text` where a word starts or ends, from the words in order. */
function boundaries(text: string, words: readonly string[]): Uint8Array {
  const marks = new Uint8Array(text.length + 1);
  marks[0] = 1;
  marks[text.length] = 1;
  let cursor = 0;
  for (const raw of words) {
    const word = normalizePhrase(raw);
    if (word === '') continue;
    const at = text.indexOf(word, cursor);
    if (at < 0) continue;
    marks[at] = 1;
    marks[at + word.length] = 1;
    cursor = at + word.length;
  }
  return marks;
}

/** The entries a query contains; `words` are the query's words as the search segments them. */
export function matchVocabulary(
  query: string,
  words: readonly string[],
  entries: readonly VocabularyLike[],
): VocabularyMatch[] {
  const text = normalizePhrase(query);
  const edges = boundaries(text, words);
  const covered = new Uint8Array(text.length);
  const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
  const out: VocabularyMatch[] = [];
  for (const entry of sorted) {
    const phrase = normalizePhrase(entry.phrase);
    if (phrase.length === 0) continue;
    let found = false;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if (!edges[at] || !edges[end] || !covered.subarray(at, end).includes(0)) continue;
      covered.fill(1, at, end);
      found = true;
    }
    if (found) out.push({ matched: entry.phrase, terms: entry.terms, weight: entry.weight });
  }
  return out;
}
