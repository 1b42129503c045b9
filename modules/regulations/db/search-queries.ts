// Every query of the search index (tables in search-schema.ts). Only SQL that PGlite and
// PostgreSQL both run; large reads come back as one aggregated text, because PGlite hands rows
// to JavaScript slowly.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, rows } from '../../../platform/db/index.js';
import { articles, searchEntries, searchState, searchTerms, versions, works } from './schema.js';

export async function workKeys(db: Executor): Promise<string[]> {
  return (await db.select({ key: works.key }).from(works)).map((w) => w.key);
}

export async function articlesOfVersions(db: Executor, versionIds: string[]) {
  return db
    .select({
      id: articles.id,
      versionId: articles.versionId,
      kind: articles.kind,
      number: articles.number,
      suffix: articles.suffix,
      label: articles.label,
      text: articles.text,
      path: articles.path,
    })
    .from(articles)
    .where(inArray(articles.versionId, versionIds))
    .orderBy(asc(articles.versionId), asc(articles.ordinal));
}

/** Serialises writers of the index (a second import waits for the first one's chunk). */
export async function lockTerms(tx: Executor): Promise<void> {
  await tx.execute(sql`lock table ${searchTerms} in share row exclusive mode`);
}

export async function dictionaryHead(db: Executor): Promise<{ maxId: number; count: number }> {
  const [head] = await rows<{ max_id: number; count: number }>(
    db,
    sql`select coalesce(max(id), -1)::int as max_id, count(*)::int as count from ${searchTerms}`,
  );
  return { maxId: head!.max_id, count: head!.count };
}

/** Every term by id (one text, split here). */
export async function loadDictionary(db: Executor): Promise<string[]> {
  const [row] = await rows<{ blob: string | null }>(
    db,
    sql`select string_agg(id::text || chr(9) || term, chr(10)) as blob from ${searchTerms}`,
  );
  const terms: string[] = [];
  for (const line of (row?.blob ?? '').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) terms[Number(line.slice(0, tab))] = line.slice(tab + 1);
  }
  return terms;
}

/** Adds new terms with their ids (document frequency 0 until applyFrequencyChanges). */
export async function insertTerms(
  tx: Executor,
  terms: { term: string; id: number }[],
): Promise<void> {
  if (terms.length === 0) return;
  await tx.execute(sql`
    insert into ${searchTerms} (term, id, df)
    select x.term, x.id, 0 from json_to_recordset(${JSON.stringify(terms)}::json) as x(term text, id int)`);
}

/** Adds `delta` to the document frequency of each term id. */
export async function applyFrequencyChanges(
  tx: Executor,
  changes: { id: number; delta: number }[],
): Promise<void> {
  if (changes.length === 0) return;
  await tx.execute(sql`
    update ${searchTerms} t set df = t.df + x.delta
    from json_to_recordset(${JSON.stringify(changes)}::json) as x(id int, delta int)
    where t.id = x.id`);
}

export async function storedEntries(db: Executor, versionIds: string[]): Promise<string[]> {
  const found = await db
    .select({ entries: searchEntries.entries })
    .from(searchEntries)
    .where(inArray(searchEntries.versionId, versionIds));
  return found.map((r) => r.entries);
}

export async function replaceEntries(
  tx: Executor,
  versionIds: string[],
  values: { versionId: string; articles: number; tokens: number; entries: string }[],
): Promise<void> {
  await tx.delete(searchEntries).where(inArray(searchEntries.versionId, versionIds));
  if (values.length > 0) await tx.insert(searchEntries).values(values);
}

export async function clearIndex(tx: Executor): Promise<void> {
  await tx.delete(searchEntries);
  await tx.delete(searchTerms);
}

/** Moves the generation (every process reloads its copy) and records the totals. */
export async function bumpGeneration(tx: Executor): Promise<{ generation: number; terms: number }> {
  const [counts] = await rows<{ articles: number; terms: number }>(
    tx,
    sql`select (select coalesce(sum(articles), 0)::int from ${searchEntries}) as articles,
               (select count(*)::int from ${searchTerms} where df > 0) as terms`,
  );
  const [state] = await tx
    .insert(searchState)
    .values({ id: 1, generation: 1, articles: counts!.articles, terms: counts!.terms })
    .onConflictDoUpdate({
      target: searchState.id,
      set: {
        generation: sql`${searchState.generation} + 1`,
        articles: counts!.articles,
        terms: counts!.terms,
        indexedAt: new Date(),
      },
    })
    .returning({ generation: searchState.generation, terms: searchState.terms });
  return state!;
}

/** What an in-memory copy depends on: the generation, every version's status and publication. */
export async function indexStamp(db: Executor): Promise<string> {
  const [row] = await rows<{ generation: number | null; versions: string }>(
    db,
    sql`select (select generation from ${searchState} where id = 1) as generation,
               (select count(*)::text || ':' || coalesce(md5(string_agg(
                  id::text || status || published::text, ',' order by id)), '')
                from ${versions}) as versions`,
  );
  return `${row?.generation ?? 0}/${row?.versions ?? ''}`;
}

/** Versions with articles but nothing in the index (imported without the listener). */
export async function unindexedVersions(db: Executor): Promise<string[]> {
  const found = await rows<{ id: string }>(
    db,
    sql`select v.id from ${versions} v where v.article_count > 0 and not exists
          (select 1 from ${searchEntries} e where e.version_id = v.id)`,
  );
  return found.map((r) => r.id);
}

/** The published versions with their packed entries, for the in-memory copy. */
export async function indexedVersions(db: Executor) {
  return db
    .select({
      id: versions.id,
      key: versions.key,
      workKey: works.key,
      title: versions.title,
      level: versions.level,
      status: versions.status,
      issuingBody: versions.issuingBody,
      promulgatedOn: versions.promulgatedOn,
      effectiveOn: versions.effectiveOn,
      entries: searchEntries.entries,
    })
    .from(versions)
    .innerJoin(works, eq(works.id, versions.workId))
    .innerJoin(searchEntries, eq(searchEntries.versionId, versions.id))
    .where(eq(versions.published, true))
    .orderBy(asc(versions.key));
}

/** The indexed articles whose text contains every phrase (case-insensitive). */
export async function articlesContaining(db: Executor, phrases: string[]): Promise<string[]> {
  const conditions = phrases.map((p) => sql`strpos(lower(${articles.text}), ${p}) > 0`);
  const found = await db
    .select({ id: articles.id })
    .from(articles)
    .where(sql.join(conditions, sql` and `));
  return found.map((r) => r.id);
}

export async function articleTexts(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: articles.id, text: articles.text })
    .from(articles)
    .where(inArray(articles.id, ids));
  return new Map(found.map((r) => [r.id, r.text]));
}
