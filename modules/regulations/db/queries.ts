// Every query of the law library: writing imported versions and reading them back.
import { and, asc, count, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { articleId, type LawDocument } from '../domain/document.js';
import { versionStatus } from '../domain/status.js';
import { articles, versions, works, type LawLevel, type VersionStatus } from './schema.js';

/** Articles per insert statement (the largest text, 刑诉法解释, has 655). */
const ARTICLE_CHUNK = 2000;

export type VersionRow = typeof versions.$inferSelect;
export type ArticleRow = typeof articles.$inferSelect;
export type WorkRow = typeof works.$inferSelect;

export async function existingHashes(
  db: Executor,
  keys: string[],
): Promise<Map<string, { id: string; contentHash: string }>> {
  const out = new Map<string, { id: string; contentHash: string }>();
  for (let i = 0; i < keys.length; i += 1000) {
    const rows = await db
      .select({ key: versions.key, id: versions.id, contentHash: versions.contentHash })
      .from(versions)
      .where(inArray(versions.key, keys.slice(i, i + 1000)));
    for (const r of rows) out.set(r.key, { id: r.id, contentHash: r.contentHash });
  }
  return out;
}

/** The works of these documents, created when new; returns work key -> id. */
async function upsertWorks(db: Executor, docs: LawDocument[]): Promise<Map<string, string>> {
  const byKey = new Map(docs.map((d) => [d.workKey, d]));
  const rows = await db
    .insert(works)
    .values(
      [...byKey.values()].map((d) => ({
        key: d.workKey,
        title: d.title,
        level: d.level,
        issuingBody: d.issuingBody,
        category: d.category,
      })),
    )
    .onConflictDoUpdate({ target: works.key, set: { key: sql`excluded.key` } })
    .returning({ id: works.id, key: works.key });
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Title, level and issuing body of each work follow its latest version. */
async function refreshWorks(db: Executor, workIds: string[]): Promise<void> {
  if (workIds.length === 0) return;
  await db.execute(sql`
    update ${works} w set title = v.title, level = v.level, issuing_body = v.issuing_body
    from (select distinct on (work_id) work_id, title, level, issuing_body from ${versions}
          where work_id in (${sql.join(
            workIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})
          order by work_id, coalesce(effective_on, promulgated_on) desc, promulgated_on desc) v
    where w.id = v.work_id`);
}

/** Inserts (or updates, by id) the articles of several versions. */
async function writeArticles(
  db: Executor,
  items: { versionId: string; doc: LawDocument }[],
): Promise<void> {
  const rows = items.flatMap(({ versionId, doc }) =>
    doc.articles.map((a, i) => ({
      id: articleId(doc.versionKey, a),
      version_id: versionId,
      ordinal: i + 1,
      kind: a.kind,
      number: a.number,
      suffix: a.suffix,
      label: a.label,
      path: a.path,
      text: a.text,
    })),
  );
  // The rows travel as one JSON parameter: far faster than a multi-row VALUES list on PGlite,
  // and free of the 65,535-parameter limit.
  for (let i = 0; i < rows.length; i += ARTICLE_CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + ARTICLE_CHUNK));
    await db.execute(sql`
      insert into ${articles} (id, version_id, ordinal, kind, number, suffix, label, path, text)
      select x.id, x.version_id, x.ordinal, x.kind, x.number, x.suffix, x.label, x.path, x.text
      from jsonb_to_recordset(${chunk}::jsonb) as x(id text, version_id uuid, ordinal int,
        kind text, number int, suffix int, label text, path jsonb, text text)
      on conflict (id) do update set version_id = excluded.version_id, ordinal = excluded.ordinal,
        kind = excluded.kind, number = excluded.number, suffix = excluded.suffix,
        label = excluded.label, path = excluded.path, text = excluded.text`);
  }
}

function versionValues(doc: LawDocument, source: string) {
  return {
    title: doc.title,
    level: doc.level,
    issuingBody: doc.issuingBody,
    documentNumber: doc.documentNumber,
    promulgatedOn: doc.promulgatedOn,
    effectiveOn: doc.effectiveOn,
    repealed: doc.repealed,
    history: doc.history,
    preamble: doc.preamble,
    appendix: doc.appendix,
    source,
    contentHash: doc.contentHash,
    articleCount: doc.articles.length,
  };
}

/** Stores new versions with their articles (a handful of statements for many texts). */
export async function insertVersions(
  db: Executor,
  items: { doc: LawDocument; source: string }[],
): Promise<Map<string, string>> {
  const workIds = await upsertWorks(
    db,
    items.map((i) => i.doc),
  );
  const rows = await db
    .insert(versions)
    .values(
      items.map(({ doc, source }) => ({
        workId: workIds.get(doc.workKey)!,
        key: doc.versionKey,
        status: 'in_force' as const,
        ...versionValues(doc, source),
      })),
    )
    .returning({ id: versions.id, key: versions.key });
  const ids = new Map(rows.map((r) => [r.key, r.id]));
  await writeArticles(
    db,
    items.map(({ doc }) => ({ versionId: ids.get(doc.versionKey)!, doc })),
  );
  await refreshWorks(db, [...workIds.values()]);
  return ids;
}

/** Stores one new version with its articles; returns its id. */
export async function insertVersion(db: Executor, doc: LawDocument, source: string) {
  const ids = await insertVersions(db, [{ doc, source }]);
  return ids.get(doc.versionKey)!;
}

/**
 * Replaces the text of a stored version. Article ids stay (an article still there keeps its
 * row, so links and references to it survive); articles no longer in the text are removed.
 */
export async function replaceVersion(db: Executor, id: string, doc: LawDocument, source: string) {
  const [row] = await db
    .update(versions)
    .set({ ...versionValues(doc, source), updatedAt: new Date() })
    .where(eq(versions.id, id))
    .returning({ workId: versions.workId });
  // Park the old ordinals out of the way of the unique (version, ordinal) index.
  await db
    .update(articles)
    .set({ ordinal: sql`-${articles.ordinal}` })
    .where(eq(articles.versionId, id));
  await writeArticles(db, [{ versionId: id, doc }]);
  await db.delete(articles).where(and(eq(articles.versionId, id), lt(articles.ordinal, 0)));
  await refreshWorks(db, [row!.workId]);
}

/** Recomputes every version's stored status for `today`; returns how many changed. */
export async function refreshStatuses(db: Executor, today: string): Promise<number> {
  const rows = await db
    .select({
      id: versions.id,
      workId: versions.workId,
      status: versions.status,
      promulgatedOn: versions.promulgatedOn,
      effectiveOn: versions.effectiveOn,
      repealed: versions.repealed,
      repealedOn: versions.repealedOn,
    })
    .from(versions);
  const byWork = new Map<string, typeof rows>();
  for (const r of rows) byWork.set(r.workId, [...(byWork.get(r.workId) ?? []), r]);
  const changed = new Map<VersionStatus, string[]>();
  for (const group of byWork.values()) {
    const dated = group.map((r) => ({ ...r, promulgatedOn: r.promulgatedOn ?? r.effectiveOn! }));
    for (const v of dated) {
      const status = versionStatus(v, dated, today);
      if (status !== v.status) changed.set(status, [...(changed.get(status) ?? []), v.id]);
    }
  }
  let n = 0;
  for (const [status, ids] of changed) {
    for (let i = 0; i < ids.length; i += 1000) {
      const slice = ids.slice(i, i + 1000);
      await db.update(versions).set({ status }).where(inArray(versions.id, slice));
      n += slice.length;
    }
  }
  return n;
}

// ---- reads ----

export interface VersionFilter {
  level?: LawLevel;
  status?: VersionStatus;
  issuingBody?: string;
  year?: number;
  /** Words of the title. */
  title?: string;
  workKey?: string;
  /** Only versions shown on the public portal. */
  publishedOnly?: boolean;
}

function filterWhere(f: VersionFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.level) conditions.push(eq(versions.level, f.level));
  if (f.status) conditions.push(eq(versions.status, f.status));
  if (f.issuingBody) conditions.push(eq(versions.issuingBody, f.issuingBody));
  if (f.year) {
    conditions.push(sql`${versions.promulgatedOn} >= ${`${f.year}-01-01`}`);
    conditions.push(sql`${versions.promulgatedOn} <= ${`${f.year}-12-31`}`);
  }
  if (f.title) {
    const like = `%${f.title.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`${versions.title} ilike ${like}`);
  }
  if (f.workKey) conditions.push(eq(works.key, f.workKey));
  if (f.publishedOnly) conditions.push(eq(versions.published, true));
  return conditions.length ? and(...conditions) : undefined;
}

const summaryColumns = {
  id: versions.id,
  key: versions.key,
  workKey: works.key,
  title: versions.title,
  level: versions.level,
  issuingBody: versions.issuingBody,
  documentNumber: versions.documentNumber,
  promulgatedOn: versions.promulgatedOn,
  effectiveOn: versions.effectiveOn,
  repealed: versions.repealed,
  repealedOn: versions.repealedOn,
  status: versions.status,
  published: versions.published,
  articleCount: versions.articleCount,
};

export async function listVersions(db: Executor, f: VersionFilter, limit: number, offset: number) {
  const where = filterWhere(f);
  const items = await db
    .select(summaryColumns)
    .from(versions)
    .innerJoin(works, eq(works.id, versions.workId))
    .where(where)
    .orderBy(desc(versions.promulgatedOn), asc(versions.key))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(versions)
    .innerJoin(works, eq(works.id, versions.workId))
    .where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** Counts by level, status, issuing body and year, for the browse filters. */
export async function facets(db: Executor, publishedOnly: boolean) {
  const where = publishedOnly ? eq(versions.published, true) : undefined;
  const by = (column: SQL) =>
    db
      .select({ value: column.mapWith(String), n: count() })
      .from(versions)
      .where(where)
      .groupBy(column)
      .orderBy(desc(count()));
  // One after the other: PGlite has one connection, and so may a caller's transaction.
  const levels = await by(sql`${versions.level}`);
  const statuses = await by(sql`${versions.status}`);
  const bodies = await by(sql`coalesce(${versions.issuingBody}, '')`);
  const years = await by(sql`extract(year from ${versions.promulgatedOn})::int`);
  return { levels, statuses, bodies, years };
}

export async function versionSummariesOfWork(db: Executor, workKey: string) {
  return db
    .select(summaryColumns)
    .from(versions)
    .innerJoin(works, eq(works.id, versions.workId))
    .where(eq(works.key, workKey))
    .orderBy(asc(versions.promulgatedOn));
}

export async function findVersion(db: Executor, by: { key?: string; id?: string }) {
  const condition = by.id ? eq(versions.id, by.id) : eq(versions.key, by.key ?? '');
  const [row] = await db
    .select({ version: versions, workKey: works.key })
    .from(versions)
    .innerJoin(works, eq(works.id, versions.workId))
    .where(condition);
  return row;
}

export async function articlesOf(db: Executor, versionId: string): Promise<ArticleRow[]> {
  return db
    .select()
    .from(articles)
    .where(eq(articles.versionId, versionId))
    .orderBy(asc(articles.ordinal));
}

export async function findArticle(
  db: Executor,
  versionId: string,
  number: number,
  suffix: number,
): Promise<ArticleRow | undefined> {
  const [row] = await db
    .select()
    .from(articles)
    .where(
      and(
        eq(articles.versionId, versionId),
        eq(articles.kind, 'article'),
        eq(articles.number, number),
        eq(articles.suffix, suffix),
      ),
    );
  return row;
}

export async function workExists(db: Executor, key: string): Promise<boolean> {
  const [row] = await db.select({ id: works.id }).from(works).where(eq(works.key, key));
  return row !== undefined;
}

export async function countVersions(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(versions);
  return Number(row?.n ?? 0);
}

/** Every version's summary (about 1,600 rows for the full corpus), oldest first per work. */
export async function allVersionSummaries(db: Executor) {
  return db
    .select(summaryColumns)
    .from(versions)
    .innerJoin(works, eq(works.id, versions.workId))
    .orderBy(asc(works.key), asc(versions.promulgatedOn));
}

/** The articles of several versions, each with its version and work key, in text order. */
export async function articlesOfVersions(db: Executor, versionIds: string[]) {
  const out: (ArticleRow & { versionKey: string; workKey: string })[] = [];
  for (let i = 0; i < versionIds.length; i += 500) {
    const rows = await db
      .select({ article: articles, versionKey: versions.key, workKey: works.key })
      .from(articles)
      .innerJoin(versions, eq(versions.id, articles.versionId))
      .innerJoin(works, eq(works.id, versions.workId))
      .where(inArray(articles.versionId, versionIds.slice(i, i + 500)))
      .orderBy(asc(versions.key), asc(articles.ordinal));
    for (const r of rows) out.push({ ...r.article, versionKey: r.versionKey, workKey: r.workKey });
  }
  return out;
}
