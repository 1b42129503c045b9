// Ranking: references first, then BM25 of the query's words, in-force versions before
// superseded ones, with the filters applied; the articles grouped by document, paged by document.
import type { QueryPlan } from './query.js';
import type { IndexedVersion, SearchIndex } from './search-index.js';

export interface SearchFilters {
  levels?: string[];
  statuses?: string[];
  /** Part of the issuing body's name, e.g. 国务院. */
  issuingBody?: string;
  /** Promulgation date range, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export interface RankingOptions {
  page: number;
  pageSize: number;
  /** Articles shown per document at most (the rest are counted). */
  perDocument: number;
  /** A document's further articles are shown when they score at least this share of its best. */
  perDocumentShare: number;
  /**
   * Share of its document's strength (the mean of the document's best three article scores)
   * added to an article's score: the law whose articles answer the query in several places is
   * more likely the one asked about than a stray article of another text.
   */
  documentShare: number;
  /** Multiplier for the articles of a law the query names (律师法 会见). */
  mentionBoost: number;
  /** Multiplier for an article whose number the query gives without a law. */
  numberBoost: number;
  /** Multiplier per level: laws answer most questions first; 1 when absent. */
  levelWeights: Readonly<Record<string, number>>;
}

/**
 * Laws first: most questions are answered by a law, and the texts below it (regulations,
 * judicial interpretations, rules) repeat its words with more detail around them.
 */
export const LEVEL_WEIGHTS: Readonly<Record<string, number>> = {
  宪法: 1,
  法律: 1,
  行政法规: 0.85,
  司法解释: 0.75,
  部门规章: 0.75,
  地方性法规: 0.7,
  地方政府规章: 0.7,
  规范性文件: 0.7,
  其他: 0.7,
};

export const DEFAULT_RANKING: Omit<RankingOptions, 'page' | 'pageSize'> = {
  perDocument: 3,
  perDocumentShare: 0.6,
  documentShare: 0.5,
  mentionBoost: 3,
  numberBoost: 1.5,
  levelWeights: LEVEL_WEIGHTS,
};

export interface RankedArticle {
  article: number;
  score: number;
  /** The article a reference in the query names. */
  referenced: boolean;
}

export interface RankedGroup {
  version: number;
  score: number;
  /** Matching articles of this document, of which `articles` are the best. */
  matched: number;
  articles: RankedArticle[];
}

export interface RankedPage {
  groups: RankedGroup[];
  /** Documents that match. */
  total: number;
  /** Articles that match. */
  articles: number;
}

/** In force (and not yet in force) before amended and repealed. */
export const statusTier = (status: string) =>
  status === 'in_force' || status === 'not_yet_in_force' ? 0 : 1;

function versionFilter(filters: SearchFilters): (v: IndexedVersion) => boolean {
  const levels = filters.levels?.length ? new Set(filters.levels) : null;
  const statuses = filters.statuses?.length ? new Set(filters.statuses) : null;
  const body = filters.issuingBody?.trim();
  return (v) =>
    (!levels || levels.has(v.level)) &&
    (!statuses || statuses.has(v.status)) &&
    (!body || (v.issuingBody ?? '').includes(body)) &&
    (!filters.from || (v.promulgatedOn !== null && v.promulgatedOn >= filters.from)) &&
    (!filters.to || (v.promulgatedOn !== null && v.promulgatedOn <= filters.to));
}

/**
 * Ranks the index for a plan. `phraseMatches` holds the articles that contain every quoted
 * phrase (the caller finds them in the texts); with phrases, only those can match.
 */
export function rank(
  index: SearchIndex,
  plan: QueryPlan,
  filters: SearchFilters,
  options: RankingOptions,
  phraseMatches: ReadonlySet<number> | null = null,
): RankedPage {
  const accept = versionFilter(filters);
  const allowed = index.versions.map(accept);
  const { scores, matched } = index.score(plan.groups);
  let candidates = matched;
  if (phraseMatches) {
    candidates =
      plan.groups.length > 0 ? matched.filter((d) => phraseMatches.has(d)) : [...phraseMatches];
  }
  const numbers = new Set(plan.numbers);
  const ranked: { doc: number; score: number; tier: number }[] = [];
  for (const doc of candidates) {
    const a = index.articles[doc]!;
    if (!allowed[a.version]) continue;
    const v = index.versions[a.version]!;
    let score = scores[doc]! || 1e-9;
    score *= options.levelWeights[v.level] ?? 1;
    if (plan.mentioned.has(a.version)) score *= options.mentionBoost;
    if (numbers.has(a.number) && a.kind === 'article') score *= options.numberBoost;
    ranked.push({ doc, score, tier: statusTier(v.status) });
  }
  if (options.documentShare > 0) {
    const best = new Map<number, number[]>();
    for (const r of ranked) {
      const version = index.articles[r.doc]!.version;
      const top = best.get(version) ?? [];
      top.push(r.score);
      top.sort((a, b) => b - a);
      if (top.length > 3) top.pop();
      best.set(version, top);
    }
    for (const r of ranked) {
      const top = best.get(index.articles[r.doc]!.version)!;
      r.score += (options.documentShare * top.reduce((sum, x) => sum + x, 0)) / 3;
    }
  }
  ranked.sort((x, y) => x.tier - y.tier || y.score - x.score || x.doc - y.doc);

  const groups: RankedGroup[] = [];
  const byVersion = new Map<number, RankedGroup>();
  const pinned = new Set<number>();
  for (const ref of plan.references) {
    if (ref.article === null || pinned.has(ref.article)) continue;
    const version = index.articles[ref.article]!.version;
    if (!allowed[version]) continue;
    pinned.add(ref.article);
    let group = byVersion.get(version);
    if (!group) {
      group = { version, score: Number.POSITIVE_INFINITY, matched: 0, articles: [] };
      byVersion.set(version, group);
      groups.push(group);
    }
    group.matched++;
    group.articles.push({
      article: ref.article,
      score: Number.POSITIVE_INFINITY,
      referenced: true,
    });
  }
  for (const { doc, score } of ranked) {
    if (pinned.has(doc)) continue;
    const version = index.articles[doc]!.version;
    let group = byVersion.get(version);
    if (!group) {
      group = { version, score, matched: 0, articles: [] };
      byVersion.set(version, group);
      groups.push(group);
    }
    group.matched++;
    const best = group.articles.find((a) => !a.referenced)?.score ?? score;
    if (
      group.articles.length < options.perDocument &&
      (group.articles.length === 0 || score >= options.perDocumentShare * best)
    ) {
      group.articles.push({ article: doc, score, referenced: false });
    }
  }
  const start = (options.page - 1) * options.pageSize;
  return {
    groups: groups.slice(start, start + options.pageSize),
    total: groups.length,
    articles: ranked.length + pinned.size - ranked.filter((r) => pinned.has(r.doc)).length,
  };
}
