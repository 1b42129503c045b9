// The in-memory copy of the search index that each process searches: loaded from the database
// (search_entries and search_terms) on first use, and again when the stamp moves (a new
// generation after indexing, or a version whose status or publication changed).
import type { Executor } from '../../../platform/db/index.js';
import {
  indexedVersions,
  indexStamp,
  loadDictionary,
  unindexedVersions,
} from '../db/search-queries.js';
import { SearchIndex, type VersionInput } from '../domain/search/search-index.js';
import { sharedTokenizer } from '../domain/search/tokenizer.js';
import { indexVersions, loadLawWords } from './search-index.js';

interface Cached {
  index: SearchIndex;
  stamp: string;
  loadMs: number;
}

const caches = new WeakMap<object, Promise<Cached>>();

async function build(db: Executor): Promise<Cached> {
  const started = performance.now();
  const missing = await unindexedVersions(db);
  if (missing.length > 0) await indexVersions(db, missing);
  const stamp = await indexStamp(db);
  const tokenizer = sharedTokenizer();
  await loadLawWords(db, tokenizer);
  const dictionary = await loadDictionary(db);
  const rows = await indexedVersions(db);
  const versions: VersionInput[] = rows.map(({ entries: _entries, ...v }) => ({
    ...v,
    titleTerms: tokenizer.termFrequencies(`${v.title} ${v.workKey}`),
  }));
  const index = new SearchIndex(versions, [], undefined, {
    dictionary,
    versions: rows.map((v) => ({ versionId: v.id, entries: v.entries })),
  });
  return { index, stamp, loadMs: performance.now() - started };
}

/** The in-memory index of this database, reloaded when the stored index or a status changed. */
export async function searchIndexOf(db: Executor): Promise<{ index: SearchIndex; loadMs: number }> {
  const current = caches.get(db);
  if (current) {
    const cached = await current.catch(() => null);
    if (cached && cached.stamp === (await indexStamp(db))) return cached;
    if (caches.get(db) !== current) return caches.get(db)!;
  }
  const loading = build(db);
  caches.set(db, loading);
  loading.catch(() => caches.delete(db));
  return loading;
}
