// The library search: references first, then BM25 over the query's words and the words the
// expanders add, in-force versions before superseded ones, grouped by document with snippets.
// Public: it reads only published versions and needs no actor.
import type { Executor } from '../../../platform/db/index.js';
import { articlesContaining, articleTexts } from '../db/search-queries.js';
import { expandQuery } from '../domain/search/expander.js';
import { planQuery } from '../domain/search/query.js';
import type { SearchIndex } from '../domain/search/search-index.js';
import { DEFAULT_RANKING, rank, type RankingOptions } from '../domain/search/rank.js';
import { snippet } from '../domain/search/snippet.js';
import { sharedTokenizer } from '../domain/search/tokenizer.js';
import type { SearchQuery, SearchResult } from '../search-contract.js';
import { searchIndexOf } from './search-cache.js';
import './search-index.js';

async function articlesWithPhrases(
  db: Executor,
  index: SearchIndex,
  phrases: string[],
): Promise<Set<number>> {
  const docs = new Set<number>();
  for (const id of await articlesContaining(db, phrases)) {
    const doc = index.articleById.get(id);
    if (doc !== undefined) docs.add(doc);
  }
  return docs;
}

export type SearchTuning = Partial<Omit<RankingOptions, 'page' | 'pageSize'>>;

export async function searchLibrary(
  db: Executor,
  query: SearchQuery,
  tuning: SearchTuning = {},
): Promise<SearchResult> {
  const started = performance.now();
  const { index } = await searchIndexOf(db);
  const tokenizer = sharedTokenizer();
  const expansions = await expandQuery({ text: query.q, words: tokenizer.words(query.q) }, db);
  const plan = planQuery(index, tokenizer, query.q, expansions);
  const phraseMatches =
    plan.phrases.length > 0 ? await articlesWithPhrases(db, index, plan.phrases) : null;
  const page = rank(
    index,
    plan,
    {
      levels: query.level,
      statuses: query.status,
      issuingBody: query.issuingBody,
      from: query.from,
      to: query.to,
    },
    { ...DEFAULT_RANKING, ...tuning, page: query.page, pageSize: query.pageSize },
    phraseMatches,
  );
  const shown = page.groups.flatMap((g) => g.articles.map((a) => index.articles[a.article]!.id));
  const texts = await articleTexts(db, shown);
  const items = page.groups.map((g) => {
    const v = index.versions[g.version]!;
    return {
      version: {
        id: v.id,
        key: v.key,
        workKey: v.workKey,
        title: v.title,
        level: v.level,
        status: v.status as SearchResult['items'][number]['version']['status'],
        issuingBody: v.issuingBody,
        promulgatedOn: v.promulgatedOn,
        effectiveOn: v.effectiveOn,
      },
      matchedArticles: g.matched,
      articles: g.articles.map((ranked) => {
        const a = index.articles[ranked.article]!;
        return {
          id: a.id,
          label: a.label,
          number: a.number,
          snippet: snippet(texts.get(a.id) ?? '', plan.highlight),
          referenced: ranked.referenced,
        };
      }),
    };
  });
  return {
    query: query.q,
    interpretation: {
      references: plan.references.map((r) => ({
        text: r.text,
        workKey:
          r.works.length > 0
            ? r.article !== null
              ? index.versions[index.articles[r.article]!.version]!.workKey
              : r.works[0]!
            : null,
        articleId: r.article !== null ? index.articles[r.article]!.id : null,
      })),
      phrases: plan.phrases,
      terms: [...new Set(plan.groups.flatMap((g) => g.alternatives.flat()))],
      expansions: plan.expansions.map((e) => ({ matched: e.matched, terms: e.terms })),
    },
    total: page.total,
    totalArticles: page.articles,
    page: query.page,
    pageSize: query.pageSize,
    items,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
