// The packed form of a version's index entries as search_entries stores them: one line per
// article, tab-separated: id, kind, number, suffix, label, body length, body terms, heading
// terms, lead terms; a term list is `termId:tf` pairs separated by spaces, the ids those of
// search_terms. The lead is the article's first clause (up to the first ：or 。): what it is about.
// Numbers only, so the full corpus (two million postings) loads without a string per posting.

export interface IndexEntry {
  id: string;
  kind: string;
  number: number;
  suffix: number;
  label: string;
  length: number;
  body: [string, number][];
  headings: [string, number][];
  lead: [string, number][];
}

export type EntryMeta = Omit<IndexEntry, 'body' | 'headings' | 'lead'>;

/** The first clause of an article's text: up to the first ：, 。, ； or line end (at most 80). */
export function leadClause(text: string): string {
  const end = text.search(/[：:。；;\n]/u);
  return (end < 0 ? text : text.slice(0, end)).slice(0, 80);
}

const clean = (value: string) => value.replace(/[\t\n\r]/g, ' ');

/** Packs entries, turning each term into its id. */
export function packEntries(
  entries: readonly IndexEntry[],
  idOf: (term: string) => number,
): string {
  const terms = (list: [string, number][]) => list.map(([t, n]) => `${idOf(t)}:${n}`).join(' ');
  return entries
    .map((e) =>
      [
        clean(e.id),
        clean(e.kind),
        e.number,
        e.suffix,
        clean(e.label),
        e.length,
        terms(e.body),
        terms(e.headings),
        terms(e.lead),
      ].join('\t'),
    )
    .join('\n');
}

/** Calls `each` for every packed article with its metadata and its packed term lists. */
export function forEachPacked(
  text: string,
  each: (meta: EntryMeta, body: string, headings: string, lead: string) => void,
): void {
  if (text === '') return;
  for (const line of text.split('\n')) {
    const [id, kind, number, suffix, label, length, body, headings, lead] = line.split('\t');
    each(
      {
        id: id!,
        kind: kind!,
        number: Number(number),
        suffix: Number(suffix),
        label: label!,
        length: Number(length),
      },
      body ?? '',
      headings ?? '',
      lead ?? '',
    );
  }
}

/** Calls `each` for every `termId:tf` of a packed term list (digits parsed in place). */
export function forEachTermId(text: string, each: (id: number, tf: number) => void): void {
  let id = 0;
  let tf = 0;
  let inTf = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 58)
      inTf = true; // ':'
    else if (c === 32) {
      if (inTf) each(id, tf);
      id = 0;
      tf = 0;
      inTf = false;
    } else if (inTf) tf = tf * 10 + (c - 48);
    else id = id * 10 + (c - 48);
  }
}

/** The distinct body term ids of every article of a packed version (for frequencies). */
export function bodyTermIds(text: string, each: (id: number) => void): void {
  forEachPacked(text, (_meta, body) => forEachTermId(body, (id) => each(id)));
}
