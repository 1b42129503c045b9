// Reading the law library: browse, one version with its articles, the versions of a work, and
// which text (or article) was in force on a day. Public: no actor needed. Other modules call
// these through index.ts with their own executor (a transaction of theirs, or the database).
import type { Executor } from '../../../platform/db/index.js';
import { offsetOf, type Page } from '../../../platform/http/pagination.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type {
  ArticleInForce,
  ArticleView,
  DocumentListQuery,
  VersionDetail,
  VersionSummary,
} from '../contract.js';
import {
  allVersionSummaries,
  articlesOf,
  articlesOfVersions,
  facets,
  findArticle,
  findVersion,
  listVersions,
  refreshStatuses,
  versionSummariesOfWork,
  type ArticleRow,
} from '../db/queries.js';
import { parseArticleLabel, parseNumber } from '../domain/numerals.js';
import { inForceOn, versionStatus, type VersionDates } from '../domain/status.js';

let statusesFreshOn: string | null = null;

/**
 * Statuses are stored for filtering and recomputed at every import; a text whose start day has
 * come since then changes status, so the first read of a new day refreshes them.
 */
async function freshStatuses(db: Executor): Promise<void> {
  const today = shanghaiDate();
  if (statusesFreshOn === today) return;
  await refreshStatuses(db, today);
  statusesFreshOn = today;
}

export interface ReadOptions {
  /** Only versions shown on the public portal (the default for public routes). */
  publishedOnly?: boolean;
}

export async function listDocuments(
  db: Executor,
  query: DocumentListQuery,
  options: ReadOptions = {},
): Promise<Page<VersionSummary>> {
  await freshStatuses(db);
  const { page, pageSize, ...filter } = query;
  const { items, total } = await listVersions(
    db,
    { ...filter, publishedOnly: options.publishedOnly },
    pageSize,
    offsetOf({ page, pageSize }),
  );
  return { items, total, page, pageSize };
}

export async function libraryFacets(db: Executor, options: ReadOptions = {}) {
  await freshStatuses(db);
  return facets(db, options.publishedOnly ?? false);
}

const dated = (v: VersionSummary): VersionSummary & VersionDates => ({
  ...v,
  promulgatedOn: v.promulgatedOn ?? v.effectiveOn ?? '0000-01-01',
});

/** The versions of a work, oldest first, each with its status as of today. */
export async function versionsOfWork(
  db: Executor,
  workKey: string,
  today: string = shanghaiDate(),
): Promise<VersionSummary[]> {
  const rows = (await versionSummariesOfWork(db, workKey)).map(dated);
  return rows.map((v) => ({ ...v, status: versionStatus(v, rows, today) }));
}

export const toArticleView = (a: ArticleRow): ArticleView => ({
  id: a.id,
  ordinal: a.ordinal,
  kind: a.kind,
  number: a.number,
  suffix: a.suffix,
  label: a.label,
  path: a.path,
  text: a.text,
});

/** One version by key (`行政复议法/2023-09-01`) or id, with its articles; null when unknown. */
export async function getVersion(
  db: Executor,
  by: { key?: string; id?: string },
  options: ReadOptions = {},
): Promise<VersionDetail | null> {
  const found = await findVersion(db, by);
  if (!found || (options.publishedOnly && !found.version.published)) return null;
  const all = await versionsOfWork(db, found.workKey);
  const v = found.version;
  const summary = all.find((s) => s.id === v.id)!;
  return {
    ...summary,
    history: v.history,
    preamble: v.preamble,
    appendix: v.appendix,
    source: v.source,
    articles: (await articlesOf(db, v.id)).map(toArticleView),
    versions: options.publishedOnly ? all.filter((s) => s.published) : all,
  };
}

/** The version of `workKey` in force on `date` (today by default), or null. */
export async function versionInForce(
  db: Executor,
  workKey: string,
  date?: string,
): Promise<VersionSummary | null> {
  const today = shanghaiDate();
  const all = (await versionsOfWork(db, workKey, today)).filter((v) => v.published).map(dated);
  return inForceOn(all, date ?? today, today);
}

/** 62, '62', '六十二', '第六十二条', '第十条之一' -> number and suffix; null if none of those. */
export function articleNumberOf(
  article: number | string,
): { number: number; suffix: number } | null {
  if (typeof article === 'number') {
    return Number.isInteger(article) && article > 0 ? { number: article, suffix: 0 } : null;
  }
  const text = article.trim();
  const label = parseArticleLabel(text.startsWith('第') ? text : `第${text.replace(/条$/, '')}条`);
  if (label) return label;
  const plain = parseNumber(text);
  return plain !== null && plain > 0 ? { number: plain, suffix: 0 } : null;
}

/**
 * Article `article` of the text of `workKey` in force on `date` (today by default):
 * `articleInForce(db, '行政复议法', 62)` or `(db, '刑法', '第一百三十三条之一', '2020-01-01')`.
 */
export async function articleInForce(
  db: Executor,
  workKey: string,
  article: number | string,
  date?: string,
): Promise<ArticleInForce | null> {
  const wanted = articleNumberOf(article);
  if (!wanted) return null;
  const version = await versionInForce(db, workKey, date);
  if (!version) return null;
  const row = await findArticle(db, version.id, wanted.number, wanted.suffix);
  return row ? { version, article: toArticleView(row) } : null;
}

/** Every version of the library with its stored status (for indexes built over all of it). */
export async function allVersions(db: Executor): Promise<VersionSummary[]> {
  return allVersionSummaries(db);
}

export interface LibraryArticle extends ArticleView {
  versionId: string;
  versionKey: string;
  workKey: string;
}

/** The articles of the given versions (e.g. those an import reported), in text order. */
export async function articlesOfVersionIds(
  db: Executor,
  versionIds: string[],
): Promise<LibraryArticle[]> {
  const rows = await articlesOfVersions(db, versionIds);
  return rows.map((a) => ({
    ...toArticleView(a),
    versionId: a.versionId,
    versionKey: a.versionKey,
    workKey: a.workKey,
  }));
}
