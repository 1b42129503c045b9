// What a new version changed, article by article, for the impact alert. A revision inserts and
// deletes articles, so the ones after them move: an article whose text is found unchanged under
// another number is `renumbered` (a citation by number now points at other words), not changed;
// a changed text is paired with the most similar new article, wherever it moved.

export interface VersionArticle {
  id: string;
  /** `62` or `10-1`. */
  key: string;
  label: string;
  text: string;
}

export type ArticleChange =
  | { change: 'changed'; previous: VersionArticle; next: VersionArticle }
  | { change: 'renumbered'; previous: VersionArticle; next: VersionArticle }
  | { change: 'removed'; previous: VersionArticle; next: null };

export interface VersionDiff {
  /** Articles of the previous version whose citations need a look, by previous article id. */
  changes: Map<string, ArticleChange>;
  added: VersionArticle[];
  unchanged: number;
}

/** Text compared without spaces and punctuation width differences. */
export const comparableText = (text: string) =>
  text
    .replace(/[\s\u200b-\u200f\u2060\ufeff\u3000]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/:/g, '：');

/** Two texts this similar (Dice over character pairs) are one article changed, not two. */
const SIMILAR = 0.5;

function bigrams(text: string): Set<string> {
  const chars = [...comparableText(text)];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export function diffVersions(previous: VersionArticle[], next: VersionArticle[]): VersionDiff {
  const changes = new Map<string, ArticleChange>();
  const nextByText = new Map<string, VersionArticle[]>();
  for (const article of next) {
    const key = comparableText(article.text);
    nextByText.set(key, [...(nextByText.get(key) ?? []), article]);
  }
  const taken = new Set<string>();
  const rest: VersionArticle[] = [];
  let unchanged = 0;
  // Same text: prefer the same number, else the first one not yet taken.
  for (const article of previous) {
    const candidates = (nextByText.get(comparableText(article.text)) ?? []).filter(
      (c) => !taken.has(c.id),
    );
    const match = candidates.find((c) => c.key === article.key) ?? candidates[0];
    if (!match) {
      rest.push(article);
      continue;
    }
    taken.add(match.id);
    if (match.key === article.key) unchanged++;
    else changes.set(article.id, { change: 'renumbered', previous: article, next: match });
  }
  // Texts that changed: pair each with the most similar remaining article of the new version.
  const open = next.filter((a) => !taken.has(a.id));
  const pairs: { previous: VersionArticle; next: VersionArticle; score: number }[] = [];
  const grams = new Map(open.map((a) => [a.id, bigrams(a.text)]));
  for (const article of rest) {
    const own = bigrams(article.text);
    for (const candidate of open) {
      const score = dice(own, grams.get(candidate.id)!);
      if (score >= SIMILAR) pairs.push({ previous: article, next: candidate, score });
    }
  }
  pairs.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.next.key === b.previous.key) - Number(a.next.key === a.previous.key),
  );
  for (const pair of pairs) {
    if (changes.has(pair.previous.id) || taken.has(pair.next.id)) continue;
    taken.add(pair.next.id);
    changes.set(pair.previous.id, { change: 'changed', previous: pair.previous, next: pair.next });
  }
  for (const article of rest) {
    if (!changes.has(article.id)) {
      changes.set(article.id, { change: 'removed', previous: article, next: null });
    }
  }
  return { changes, added: next.filter((a) => !taken.has(a.id)), unchanged };
}
