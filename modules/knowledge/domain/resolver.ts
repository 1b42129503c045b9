// Resolves an extracted citation to a work, the version in force on the citing document's date
// and, when it names one, the article of that version. Pure: the caller loads the catalogue of
// the library (works, versions, article numbers) and passes it in.
import type { ArticleNumber, ExtractedCitation } from './citations.js';
import { normalizeTitle } from './titles.js';

export interface CatalogueVersion {
  id: string;
  /** `行政复议法/2023-09-01` */
  key: string;
  title: string;
  /** The first day the text applies (effective date, else promulgation date). */
  startsOn: string;
}

export interface CatalogueWork {
  /** `行政复议法` */
  key: string;
  title: string;
  versions: CatalogueVersion[];
}

/** `62` or `10-1` (第十条之一): an article's key inside one version. */
export const articleKey = (a: ArticleNumber) =>
  a.suffix ? `${a.number}-${a.suffix}` : `${a.number}`;

/** Article ids by version and number: `lookup(versionId, { number: 62, suffix: 0 })`. */
export type ArticleLookup = (versionId: string, article: ArticleNumber) => string | null;

export interface CitingDocument {
  workKey: string;
  versionId: string;
  /** The day the citing text applies: the version in force on this day is the one cited. */
  startsOn: string;
}

export interface Resolution {
  toWorkKey: string | null;
  toVersionId: string | null;
  toArticleId: string | null;
  /** The document was found and, when an article was named, the article too. */
  resolved: boolean;
}

const UNRESOLVED: Resolution = {
  toWorkKey: null,
  toVersionId: null,
  toArticleId: null,
  resolved: false,
};

/** The names a work is cited by: its key and titles, without 中华人民共和国 and spaces. */
export function namesOf(work: CatalogueWork): string[] {
  const names = new Set<string>([normalizeTitle(work.key), normalizeTitle(work.title)]);
  for (const version of work.versions) names.add(normalizeTitle(version.title));
  // 中华人民共和国民法典 合同编: the code is cited as 民法典.
  for (const title of [work.title, ...work.versions.map((v) => v.title)]) {
    const base = title.trim().split(/\s+/)[0];
    if (base && base !== title.trim()) names.add(normalizeTitle(base));
  }
  names.delete('');
  return [...names];
}

/** The version in force on `date`: the latest started by then, else the earliest one. */
export function versionOn(work: CatalogueWork, date: string | null): CatalogueVersion | null {
  const sorted = [...work.versions].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  if (sorted.length === 0) return null;
  if (date === null) return sorted.at(-1)!;
  let found: CatalogueVersion | null = null;
  for (const version of sorted) if (version.startsOn <= date) found = version;
  // A text older than every version we hold cites the earliest one we have.
  return found ?? sorted[0]!;
}

export class CitationResolver {
  private readonly byName = new Map<string, CatalogueWork[]>();
  private readonly byKey = new Map<string, CatalogueWork>();
  private names: Set<string> | null = null;

  constructor(
    works: readonly CatalogueWork[],
    private readonly articleId: ArticleLookup,
  ) {
    for (const work of works) {
      this.byKey.set(work.key, work);
      for (const name of namesOf(work)) {
        const list = this.byName.get(name) ?? [];
        if (!list.includes(work)) list.push(work);
        this.byName.set(name, list);
      }
    }
  }

  /** Every name a citation may use without 《》 (for the extractor; one set, cached). */
  get knownNames(): ReadonlySet<string> {
    this.names ??= new Set(this.byName.keys());
    return this.names;
  }

  work(key: string): CatalogueWork | undefined {
    return this.byKey.get(key);
  }

  worksNamed(name: string): CatalogueWork[] {
    return this.byName.get(normalizeTitle(name)) ?? [];
  }

  resolve(citation: ExtractedCitation, citing: CitingDocument): Resolution {
    if (citation.name === null) {
      const toArticleId = citation.article
        ? this.articleId(citing.versionId, citation.article)
        : null;
      return {
        toWorkKey: citing.workKey,
        toVersionId: citing.versionId,
        toArticleId,
        resolved: citation.article === null || toArticleId !== null,
      };
    }
    const works = this.worksNamed(citation.name);
    if (works.length === 0) return UNRESOLVED;
    let fallback: Resolution | null = null;
    for (const work of works) {
      const version = versionOn(work, citing.startsOn);
      if (!version) continue;
      if (citation.article === null) {
        return { toWorkKey: work.key, toVersionId: version.id, toArticleId: null, resolved: true };
      }
      const toArticleId = this.articleId(version.id, citation.article);
      if (toArticleId)
        return { toWorkKey: work.key, toVersionId: version.id, toArticleId, resolved: true };
      fallback ??= {
        toWorkKey: work.key,
        toVersionId: version.id,
        toArticleId: null,
        resolved: false,
      };
    }
    return fallback ?? UNRESOLVED;
  }
}
