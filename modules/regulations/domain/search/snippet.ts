// Snippets: the stretch of an article with the most distinct query words, HTML-escaped, with every
// occurrence wrapped in <mark>. The text is escaped first, so <mark> is the only markup a client
// receives and may render as HTML.

export interface SnippetOptions {
  /** Characters of text around the best stretch (default 120). */
  width?: number;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

interface Hit {
  start: number;
  end: number;
  term: number;
}

/** Every occurrence of every term, longest first where they overlap. */
function findHits(text: string, terms: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  terms.forEach((term, index) => {
    if (term.length === 0) return;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
      hits.push({ start: at, end: at + term.length, term: index });
    }
  });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (last && hit.start < last.end) {
      if (hit.end > last.end) last.end = hit.end;
      continue;
    }
    kept.push({ ...hit });
  }
  return kept;
}

/** The start of the window of `width` characters that covers the most distinct terms. */
function bestWindow(text: string, hits: Hit[], width: number): number {
  const length = text.length;
  if (hits.length === 0) return 0;
  let best = { start: hits[0]!.start, distinct: 0, count: 0 };
  for (let i = 0; i < hits.length; i++) {
    const from = hits[i]!.start;
    const terms = new Set<number>();
    let count = 0;
    for (let j = i; j < hits.length && hits[j]!.end <= from + width; j++) {
      terms.add(hits[j]!.term);
      count++;
    }
    if (terms.size > best.distinct || (terms.size === best.distinct && count > best.count)) {
      best = { start: from, distinct: terms.size, count };
    }
  }
  // Start at the clause the first hit is in, when its beginning is near; else a little before.
  const lead = Math.floor(width / 4);
  let start = Math.max(0, best.start - lead);
  for (let i = best.start - 1; i >= Math.max(0, best.start - lead); i--) {
    if ('。；;\n，,：:'.includes(text[i]!)) {
      start = i + 1;
      break;
    }
  }
  if (start + width > length) start = Math.max(0, length - width);
  return start;
}

/** A highlighted snippet of `text` for the terms (case as in the text; terms are matched as is). */
export function snippet(
  text: string,
  terms: readonly string[],
  options: SnippetOptions = {},
): string {
  const width = options.width ?? 120;
  const unique = [...new Set(terms.filter((t) => t.length > 0))];
  const hits = findHits(text, unique);
  const start = text.length <= width ? 0 : bestWindow(text, hits, width);
  const end = Math.min(text.length, start + width);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const hit of hits) {
    if (hit.end <= start || hit.start >= end) continue;
    const from = Math.max(hit.start, start);
    const to = Math.min(hit.end, end);
    out +=
      escapeHtml(text.slice(at, from)) + '<mark>' + escapeHtml(text.slice(from, to)) + '</mark>';
    at = to;
  }
  out += escapeHtml(text.slice(at, end));
  if (end < text.length) out += '…';
  return out.replace(/\n/g, ' ');
}
