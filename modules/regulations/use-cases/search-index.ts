// Keeps the search index: tokenizes the articles of imported versions into search_entries (the
// import calls `indexVersions` through onVersionsImported) and keeps the term statistics, each
// chunk of versions in one transaction; then moves the generation so every process reloads.
import type { Db, Executor } from '../../../platform/db/index.js';
import type { ArticlePath } from '../db/schema.js';
import {
  applyFrequencyChanges,
  insertTerms,
  articlesOfVersions,
  bumpGeneration,
  clearIndex,
  dictionaryHead,
  loadDictionary,
  lockTerms,
  replaceEntries,
  storedEntries,
  workKeys,
} from '../db/search-queries.js';
import { versions } from '../db/schema.js';
import { onVersionsImported } from '../domain/hooks.js';
import { bodyTermIds, leadClause, packEntries, type IndexEntry } from '../domain/search/entries.js';
import { sharedTokenizer, type Tokenizer } from '../domain/search/tokenizer.js';

export interface IndexProgress {
  versions: number;
  totalVersions: number;
  articles: number;
}

export interface IndexResult {
  versions: number;
  articles: number;
  terms: number;
  generation: number;
}

/** Versions tokenized and written per transaction. */
const VERSION_CHUNK = 50;

/** A transaction, or a savepoint when the caller is already in one. */
function inTransaction<T>(db: Executor, work: (tx: Executor) => Promise<T>): Promise<T> {
  return (db as Db).transaction(work);
}

/** Short names of every work become user words, so 行政复议法 stays one token everywhere. */
export async function loadLawWords(db: Executor, tokenizer: Tokenizer): Promise<void> {
  tokenizer.addWords((await workKeys(db)).filter((k) => /^[\p{Script=Han}]{2,16}$/u.test(k)));
}

const headingText = (path: ArticlePath) =>
  [path.part, path.subpart, path.chapter, path.section].filter(Boolean).join(' ');

async function tokenize(
  db: Executor,
  tokenizer: Tokenizer,
  versionIds: string[],
): Promise<Map<string, IndexEntry[]>> {
  const out = new Map<string, IndexEntry[]>(versionIds.map((id) => [id, []]));
  for (const a of await articlesOfVersions(db, versionIds)) {
    const body = [...tokenizer.termFrequencies(a.text)];
    out.get(a.versionId)!.push({
      id: a.id,
      kind: a.kind,
      number: a.number,
      suffix: a.suffix,
      label: a.label,
      length: body.reduce((sum, [, n]) => sum + n, 0),
      body,
      headings: [...tokenizer.termFrequencies(headingText(a.path))],
      lead: [...tokenizer.termFrequencies(leadClause(a.text))],
    });
  }
  return out;
}

/** The term ids of this database as this process last read them. */
interface Dictionary {
  terms: string[];
  ids: Map<string, number>;
  head: { maxId: number; count: number };
}
const dictionaries = new WeakMap<object, Dictionary>();

async function dictionaryOf(tx: Executor, db: Executor): Promise<Dictionary> {
  const head = await dictionaryHead(tx);
  const cached = dictionaries.get(db);
  if (cached && cached.head.maxId === head.maxId && cached.head.count === head.count) return cached;
  const terms = await loadDictionary(tx);
  const ids = new Map<string, number>();
  terms.forEach((term, id) => ids.set(term, id));
  const fresh = { terms, ids, head };
  dictionaries.set(db, fresh);
  return fresh;
}

/**
 * Writes one chunk of versions: their new terms get ids, their entries are replaced. Returns
 * the document-frequency changes (old entries out, new ones in), applied once at the end.
 */
async function storeChunk(
  db: Executor,
  chunk: string[],
  fresh: Map<string, IndexEntry[]>,
  delta: Map<number, number>,
): Promise<number> {
  const change = (id: number, by: number) => delta.set(id, (delta.get(id) ?? 0) + by);
  return inTransaction(db, async (tx) => {
    await lockTerms(tx);
    const dictionary = await dictionaryOf(tx, db);
    const changes: [number, number][] = [];
    for (const packed of await storedEntries(tx, chunk))
      bodyTermIds(packed, (id) => changes.push([id, -1]));
    const added: { term: string; id: number }[] = [];
    const addedIds = new Map<string, number>();
    const idOf = (term: string) => {
      let id = dictionary.ids.get(term) ?? addedIds.get(term);
      if (id === undefined) {
        id = dictionary.head.maxId + 1 + added.length;
        added.push({ term, id });
        addedIds.set(term, id);
      }
      return id;
    };
    let articles = 0;
    const values = [...fresh].map(([versionId, entries]) => {
      for (const e of entries) for (const [term] of e.body) changes.push([idOf(term), 1]);
      articles += entries.length;
      return {
        versionId,
        articles: entries.length,
        tokens: entries.reduce((sum, e) => sum + e.length, 0),
        entries: packEntries(entries, idOf),
      };
    });
    await insertTerms(tx, added);
    await replaceEntries(tx, chunk, values);
    for (const { term, id } of added) {
      dictionary.ids.set(term, id);
      dictionary.terms[id] = term;
    }
    dictionary.head = {
      maxId: dictionary.head.maxId + added.length,
      count: dictionary.head.count + added.length,
    };
    for (const [id, by] of changes) change(id, by);
    return articles;
  }).catch((error: unknown) => {
    dictionaries.delete(db);
    throw error;
  });
}

/**
 * Tokenizes the articles of these versions into search_entries (replacing what they had),
 * updates the term statistics and moves the generation, so that every process reloads.
 */
export async function indexVersions(
  db: Executor,
  versionIds: readonly string[],
  onProgress?: (progress: IndexProgress) => void,
): Promise<IndexResult> {
  const tokenizer = sharedTokenizer();
  await loadLawWords(db, tokenizer);
  const ids = [...new Set(versionIds)];
  const delta = new Map<number, number>();
  let articles = 0;
  for (let i = 0; i < ids.length; i += VERSION_CHUNK) {
    const chunk = ids.slice(i, i + VERSION_CHUNK);
    articles += await storeChunk(db, chunk, await tokenize(db, tokenizer, chunk), delta);
    onProgress?.({
      versions: Math.min(i + VERSION_CHUNK, ids.length),
      totalVersions: ids.length,
      articles,
    });
  }
  const state = await inTransaction(db, async (tx) => {
    await lockTerms(tx);
    const changes = [...delta].filter(([, by]) => by !== 0).map(([id, by]) => ({ id, delta: by }));
    await applyFrequencyChanges(tx, changes);
    return bumpGeneration(tx);
  });
  return { versions: ids.length, articles, ...state };
}

/** Rebuilds the whole index from the library (`npm run search:reindex`). */
export async function reindexAll(
  db: Executor,
  onProgress?: (progress: IndexProgress) => void,
): Promise<IndexResult> {
  const all = await db.select({ id: versions.id }).from(versions).orderBy(versions.key);
  await inTransaction(db, clearIndex);
  dictionaries.delete(db);
  return indexVersions(
    db,
    all.map((v) => v.id),
    onProgress,
  );
}

// The import tells the index about new and changed versions.
onVersionsImported(
  (db, versionIds) => indexVersions(db, versionIds).then(() => undefined),
  'search-index',
);
