// Laws named without 《》: after a verb (依照行政诉讼法的规定) or inside a basis clause
// (根据宪法，制定本法). Only names the library knows or the document declares can be found, since
// nothing else marks where such a name begins.
import type { CitationKind, ExtractContext, ExtractedCitation } from './citations.js';

/** The longest name the scanner tries before 第N条 (characters). */
export const MAX_NAME = 40;

const MENTION_VERB = /(?:依照|按照|依据|根据|适用|违反|参照)/gu;
/** What may follow a name mentioned without 《》: 的规定, 和本条例, 、, 。 … (not 公司法人). */
const AFTER_NAME = /^(?:$|[的和及与或、，,。；;：:（(等]|规定|有关)/u;

const prefixCache = new WeakMap<ReadonlySet<string>, Set<string>>();

/** Every beginning of every known name, so that a forward scan stops as soon as none fits. */
function prefixesOf(names: ReadonlySet<string>): Set<string> {
  let prefixes = prefixCache.get(names);
  if (!prefixes) {
    prefixes = new Set();
    for (const name of names) {
      for (let i = 2; i <= name.length; i++) prefixes.add(name.slice(0, i));
    }
    prefixCache.set(names, prefixes);
  }
  return prefixes;
}

/** 依照行政诉讼法的规定, 依照行政复议法和本条例: a known name without 《》 after a verb. */
export function bareMentions(
  text: string,
  context: ExtractContext,
  found: ExtractedCitation[],
  kindOf: (name: string | null, offset: number) => CitationKind,
): ExtractedCitation[] {
  const prefixes = prefixesOf(context.knownNames);
  const aliases = [...(context.aliases?.entries() ?? [])];
  const taken = new Set(found.map((c) => c.offset));
  const out: ExtractedCitation[] = [];
  for (const match of text.matchAll(MENTION_VERB)) {
    const start = match.index + match[0].length;
    if (taken.has(start)) continue;
    // The longest known name (or declared short name) that starts here.
    let best: { raw: string; name: string } | null = null;
    for (let end = start + 2; end <= Math.min(text.length, start + MAX_NAME); end++) {
      const raw = text.slice(start, end);
      if (!prefixes.has(raw)) break;
      if (context.knownNames.has(raw)) best = { raw, name: raw };
    }
    for (const [alias, name] of aliases) {
      if (text.startsWith(alias, start) && alias.length > (best?.raw.length ?? 0)) {
        best = { raw: alias, name };
      }
    }
    if (!best) continue;
    const after = text.slice(start + best.raw.length, start + best.raw.length + 2);
    if (!AFTER_NAME.test(after)) continue;
    const kind = kindOf(best.name, start);
    out.push({
      kind,
      name: best.name,
      article: null,
      paragraph: null,
      item: null,
      raw: best.raw,
      offset: start,
    });
  }
  return out;
}

/** 根据宪法，制定本法: a known name without 《》 inside a basis span. */
export function bareBasis(
  text: string,
  spans: [number, number][],
  lookupName: (candidate: string) => string | null,
  found: ExtractedCitation[],
): ExtractedCitation[] {
  const out: ExtractedCitation[] = [];
  for (const [start, end] of spans) {
    const clause = text.slice(start, end);
    let position = start;
    for (const part of clause.split(/([，,、和及与]|以及)/u)) {
      const word = part
        .replace(/^(?:根据|依据|依照)/u, '')
        .replace(/(?:的规定|规定|有关规定)$/u, '');
      const name = !part.includes('《') ? lookupName(word) : null;
      const offset = position + part.indexOf(word);
      if (name && !found.some((c) => c.offset === offset)) {
        out.push({
          kind: 'basis',
          name,
          article: null,
          paragraph: null,
          item: null,
          raw: word,
          offset,
        });
      }
      position += part.length;
    }
  }
  return out;
}
