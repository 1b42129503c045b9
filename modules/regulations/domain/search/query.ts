// From the words a person typed to what the index looks for: quoted phrases, article references,
// law names mentioned, the query's own words, and the statutory words the expanders add.
import type { QueryExpansion } from './expander.js';
import { parseReferences, type ParsedReference } from './reference.js';
import type { SearchIndex, TermGroup } from './search-index.js';
import { normalizeText, type Tokenizer } from './tokenizer.js';

/** Weight of the smaller words a query word is broken into when the word itself is unknown. */
const SUB_TERM_WEIGHT = 0.7;
/** Weight of a one-character word the person typed (often noise: 告, 找, 交). */
const SINGLE_CHARACTER_WEIGHT = 0.5;

export interface ResolvedReference extends ParsedReference {
  /** Position of the article in the index, when the reference names one that exists. */
  article: number | null;
}

export interface QueryPlan {
  /** What is scored: each group's words are alternatives, the groups add up. */
  groups: TermGroup[];
  phrases: string[];
  references: ResolvedReference[];
  /** Versions of the works the query names without an article (律师法 会见 -> 律师法). */
  mentioned: Set<number>;
  /** Article numbers written without a law (第62条 复议): a small lift for those articles. */
  numbers: number[];
  /** Words to mark in snippets. */
  highlight: string[];
  expansions: QueryExpansion[];
}

const QUOTED = /"([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』/gu;

/** Splits quoted phrases from the rest of the query. */
export function readPhrases(query: string): { phrases: string[]; rest: string } {
  const phrases: string[] = [];
  const rest = query.replace(QUOTED, (_m, ...groups: (string | undefined)[]) => {
    const phrase = normalizeText(groups.slice(0, 4).find((g) => g !== undefined) ?? '').trim();
    if (phrase) phrases.push(phrase);
    return ' ';
  });
  return { phrases, rest };
}

const statusRank = (status: string) =>
  status === 'in_force' ? 0 : status === 'not_yet_in_force' ? 1 : 2;

/** The version a reference means: the one in force (or the latest), or the one of its date. */
export function referencedVersion(index: SearchIndex, ref: ParsedReference): number | null {
  const works = new Set(ref.works);
  const candidates = index.versions
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => works.has(v.workKey));
  if (candidates.length === 0) return null;
  const starts = (v: (typeof candidates)[number]['v']) => v.effectiveOn ?? v.promulgatedOn ?? '';
  if (ref.date) {
    const { year, month, day } = ref.date;
    const sameYear = candidates.filter(({ v }) => v.promulgatedOn?.startsWith(String(year)));
    if (!month && sameYear.length > 0) {
      return sameYear.sort((a, b) =>
        (b.v.promulgatedOn ?? '').localeCompare(a.v.promulgatedOn ?? ''),
      )[0]!.i;
    }
    const pad = (n: number) => String(n).padStart(2, '0');
    const on = `${year}-${pad(month ?? 12)}-${pad(day ?? 31)}`;
    const before = candidates.filter(({ v }) => starts(v) !== '' && starts(v) <= on);
    if (before.length === 0) return null;
    return before.sort((a, b) => starts(b.v).localeCompare(starts(a.v)))[0]!.i;
  }
  return candidates.sort(
    (a, b) =>
      statusRank(a.v.status) - statusRank(b.v.status) || starts(b.v).localeCompare(starts(a.v)),
  )[0]!.i;
}

function resolveReference(index: SearchIndex, ref: ParsedReference): ResolvedReference {
  const version = ref.works.length > 0 ? referencedVersion(index, ref) : null;
  if (version === null) return { ...ref, article: null };
  const article = index.versions[version]!.articles.find((doc) => {
    const a = index.articles[doc]!;
    return a.kind === 'article' && a.number === ref.number && a.suffix === ref.suffix;
  });
  return { ...ref, article: article ?? null };
}

export function planQuery(
  index: SearchIndex,
  tokenizer: Tokenizer,
  query: string,
  expansions: readonly QueryExpansion[],
): QueryPlan {
  const { phrases, rest } = readPhrases(query);
  const parsed = parseReferences(rest, index.lawNames);
  const references = parsed.references.map((ref) => resolveReference(index, ref));
  const numbers = references.filter((r) => r.works.length === 0).map((r) => r.number);
  const known = (word: string) => index.documentFrequency(word) > 0;
  const words = [
    ...tokenizer.queryTerms(parsed.rest),
    ...phrases.flatMap((p) => tokenizer.queryTerms(p)),
  ];
  const mentionedWorks = new Set<string>();
  for (const word of words) {
    if (/(法|条例|规定|办法|细则|解释)$/u.test(word)) {
      for (const key of index.lawNames.resolve(word)) mentionedWorks.add(key);
    }
  }
  // An everyday phrase and the statutory words it stands for are one group of alternatives.
  const groups: TermGroup[] = [];
  const consumed = new Set<string>();
  const wordsOf = (term: string) =>
    known(term) ? [term] : tokenizer.queryTerms(term).filter(known);
  for (const expansion of expansions) {
    const own = tokenizer
      .queryTerms(expansion.matched)
      .filter((w) => words.includes(w) && known(w));
    // A statutory word the query has anyway counts there, not twice.
    const alternatives = [
      ...own.map((w) => [w]),
      ...expansion.terms
        .map(wordsOf)
        .filter((a) => a.length > 0 && !a.every((w) => words.includes(w))),
    ];
    if (alternatives.length === 0) continue;
    own.forEach((w) => consumed.add(w));
    groups.push({ alternatives, weight: own.length > 0 ? 1 : expansion.weight });
  }
  for (const word of words) {
    if (consumed.has(word)) continue;
    consumed.add(word);
    if (known(word)) {
      groups.push({
        alternatives: [[word]],
        weight: [...word].length === 1 ? SINGLE_CHARACTER_WEIGHT : 1,
      });
      continue;
    }
    const subs = tokenizer.subTerms(word).filter(known);
    for (const sub of subs) groups.push({ alternatives: [[sub]], weight: SUB_TERM_WEIGHT });
  }
  const mentioned = new Set<number>();
  index.versions.forEach((v, i) => {
    if (mentionedWorks.has(v.workKey)) mentioned.add(i);
  });
  const highlight = [
    ...new Set([...phrases, ...groups.flatMap((g) => g.alternatives.flat())]),
  ].sort((a, b) => b.length - a.length);
  return {
    groups,
    phrases,
    references,
    mentioned,
    numbers,
    highlight,
    expansions: [...expansions],
  };
}
