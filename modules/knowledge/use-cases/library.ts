// The library as the graph sees it, read through module regulations' index: every version with
// its dates (to pick the text in force on a day) and the number of every article (to resolve
// 第N条 without loading texts). Loaded once per graph update.
import type { Executor } from '../../../platform/db/index.js';
import { allVersions, articleNumbers, type VersionSummary } from '../../regulations/index.js';
import { catalogueResolver } from '../domain/graph-build.js';
import type { CitationResolver } from '../domain/resolver.js';

export interface Library {
  resolver: CitationResolver;
  versions: Map<string, VersionSummary>;
  /** The day a version starts to apply: effective date, else promulgation date. */
  startsOn(versionId: string): string;
}

export const startsOnOf = (v: Pick<VersionSummary, 'effectiveOn' | 'promulgatedOn'>) =>
  v.effectiveOn ?? v.promulgatedOn ?? '0000-01-01';

/** Every version of the library by id (for titles and dates in the graph's answers). */
export async function versionIndex(db: Executor): Promise<Map<string, VersionSummary>> {
  return new Map((await allVersions(db)).map((v) => [v.id, v]));
}

export async function loadLibrary(db: Executor): Promise<Library> {
  const versions = await versionIndex(db);
  const resolver = catalogueResolver(
    [...versions.values()].map((v) => ({ ...v, startsOn: startsOnOf(v) })),
    await articleNumbers(db),
  );
  return {
    resolver,
    versions,
    startsOn: (id) => {
      const v = versions.get(id);
      return v ? startsOnOf(v) : '0000-01-01';
    },
  };
}
