// The pure steps of building the citation graph, shared by the import's listener (through
// use-cases/library.ts and process-versions.ts) and the full-corpus test: the catalogue of the
// library as a resolver, and the resolved citations of one version's articles.
import { declaredAliases, extractCitations, type ExtractedCitation } from './citations.js';
import {
  articleKey,
  CitationResolver,
  type CatalogueWork,
  type CitingDocument,
  type Resolution,
} from './resolver.js';
import { amendedLaw } from './titles.js';

export interface CatalogueEntry {
  id: string;
  key: string;
  workKey: string;
  title: string;
  /** The first day the text applies (effective date, else promulgation date). */
  startsOn: string;
}

export interface NumberedArticle {
  id: string;
  versionId: string;
  number: number;
  suffix: number;
}

/** A resolver over these versions (oldest first: the latest title names the work). */
export function catalogueResolver(
  versions: Iterable<CatalogueEntry>,
  articles: Iterable<NumberedArticle>,
): CitationResolver {
  const works = new Map<string, CatalogueWork>();
  for (const v of versions) {
    const work = works.get(v.workKey) ?? { key: v.workKey, title: v.title, versions: [] };
    work.versions.push({ id: v.id, key: v.key, title: v.title, startsOn: v.startsOn });
    work.title = v.title;
    works.set(v.workKey, work);
  }
  const ids = new Map<string, string>();
  for (const a of articles) ids.set(`${a.versionId}|${articleKey(a)}`, a.id);
  return new CitationResolver(
    [...works.values()],
    (versionId, article) => ids.get(`${versionId}|${articleKey(article)}`) ?? null,
  );
}

export interface GraphArticle {
  id: string;
  kind: 'article' | 'item' | 'paragraph';
  number: number;
  suffix: number;
  text: string;
}

export interface ResolvedCitation {
  article: GraphArticle;
  citation: ExtractedCitation;
  resolution: Resolution;
}

/** Every citation of one version's articles, resolved against the catalogue. */
export function versionCitations(
  resolver: CitationResolver,
  citing: CitingDocument & { title: string },
  articles: readonly GraphArticle[],
): ResolvedCitation[] {
  const aliases = declaredAliases(articles.map((a) => a.text));
  // In the items of an amendment, 本法第N条 is the amended law's article.
  const amended = amendedLaw(citing.title);
  const out: ResolvedCitation[] = [];
  for (const article of articles) {
    const found = extractCitations(
      { number: article.number, suffix: article.suffix, text: article.text },
      // 前条 / 本条 mean something only inside a 条.
      { knownNames: resolver.knownNames, aliases, relative: article.kind === 'article' },
    );
    for (const extracted of found) {
      const citation =
        amended && extracted.name === null && article.kind !== 'article'
          ? { ...extracted, name: amended, kind: 'cites' as const }
          : extracted;
      out.push({ article, citation, resolution: resolver.resolve(citation, citing) });
    }
  }
  return out;
}
