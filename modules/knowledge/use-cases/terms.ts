// Reading the term base: a list of terms with how often the library uses and defines them, and
// one term with its definitions, synonyms and related terms, and where it is used. Public.
import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { Page } from '../../../platform/http/pagination.js';
import { articlesById, type VersionSummary } from '../../regulations/index.js';
import type { TermDetail, TermSummary } from '../contract.js';
import { termDefinitions, termLinks, termRelations, terms } from '../db/schema.js';
import { toDocumentRef, type ReadScope } from './document-links.js';
import { versionIndex } from './library.js';

/** Articles listed under "where used"; the total is counted in full. */
const USAGE_LIMIT = 50;

// Counts per term, grouped once (a correlated count per row of the term base is ten times slower).
const linkCounts = sql`(select term_id, count(*)::int as n from ${termLinks} group by term_id) as lc`;
const definitionCounts = sql`(select term_id, count(*)::int as n from ${termDefinitions} group by term_id) as dc`;
const articleCount = sql<number>`coalesce(lc.n, 0)`;
const definitionCount = sql<number>`coalesce(dc.n, 0)`;

/** Escapes % and _ for ILIKE. */
const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listTerms(
  db: Executor,
  query: { page: number; pageSize: number; q?: string; defined?: boolean },
): Promise<Page<TermSummary>> {
  const where = and(
    query.q ? ilike(terms.term, like(query.q)) : undefined,
    query.defined
      ? sql`exists (select 1 from ${termDefinitions} d where d.term_id = ${terms.id})`
      : undefined,
  );
  const rows = await db
    .select({
      id: terms.id,
      term: terms.term,
      source: terms.source,
      articles: articleCount,
      definitions: definitionCount,
    })
    .from(terms)
    .leftJoin(linkCounts, sql`lc.term_id = ${terms.id}`)
    .leftJoin(definitionCounts, sql`dc.term_id = ${terms.id}`)
    .where(where)
    // An exact match first, then the terms the library uses most.
    .orderBy(desc(sql`${terms.term} = ${query.q ?? ''}`), desc(articleCount), asc(terms.term))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(terms)
    .where(where);
  return { items: rows, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function findTerm(db: Executor, term: string) {
  const [row] = await db.select().from(terms).where(eq(terms.term, term.trim()));
  if (!row) throw new AppError('KNOWLEDGE_TERM_NOT_FOUND', { term });
  return row;
}

const visible = (v: VersionSummary | undefined, scope: ReadScope): v is VersionSummary =>
  !!v && (!scope.publishedOnly || v.published);

export async function termDetail(
  db: Executor,
  term: string,
  scope: ReadScope,
): Promise<TermDetail> {
  const row = await findTerm(db, term);
  const versions = await versionIndex(db);
  const definitions = (
    await db.select().from(termDefinitions).where(eq(termDefinitions.termId, row.id))
  ).filter((d) => visible(versions.get(d.versionId), scope));
  const links = (
    await db
      .select({
        articleId: termLinks.articleId,
        versionId: termLinks.versionId,
        defines: termLinks.defines,
      })
      .from(termLinks)
      .where(eq(termLinks.termId, row.id))
  ).filter((l) => visible(versions.get(l.versionId), scope));
  // Defining articles first, then texts in force, then by document.
  const rank = (l: (typeof links)[number]) =>
    (l.defines ? 0 : 2) + (versions.get(l.versionId)!.status === 'in_force' ? 0 : 1);
  const shown = [...links]
    .sort((a, b) => rank(a) - rank(b) || a.articleId.localeCompare(b.articleId, 'zh-CN'))
    .slice(0, USAGE_LIMIT);
  const labels = new Map(
    (await articlesById(db, [...new Set([...shown, ...definitions].map((a) => a.articleId))])).map(
      (a) => [a.id, a.label],
    ),
  );
  const relations = await db
    .select({
      id: termRelations.id,
      kind: termRelations.kind,
      note: termRelations.note,
      termId: termRelations.termId,
      relatedTermId: termRelations.relatedTermId,
    })
    .from(termRelations)
    .where(or(eq(termRelations.termId, row.id), eq(termRelations.relatedTermId, row.id)));
  const otherIds = relations.map((r) => (r.termId === row.id ? r.relatedTermId : r.termId));
  const names = new Map(
    otherIds.length === 0
      ? []
      : (
          await db
            .select({ id: terms.id, term: terms.term })
            .from(terms)
            .where(inArray(terms.id, otherIds))
        ).map((t) => [t.id, t.term]),
  );
  return {
    id: row.id,
    term: row.term,
    source: row.source,
    frequency: row.frequency,
    definitions: definitions.map((d) => ({
      articleId: d.articleId,
      label: labels.get(d.articleId) ?? '',
      text: d.text,
      document: toDocumentRef(versions.get(d.versionId)!),
    })),
    relations: relations
      .map((r, i) => ({
        id: r.id,
        kind: r.kind,
        note: r.note,
        term: names.get(otherIds[i]!) ?? '',
      }))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.term.localeCompare(b.term, 'zh-CN')),
    usage: {
      total: links.length,
      documents: new Set(links.map((l) => l.versionId)).size,
      items: shown.map((l) => ({
        articleId: l.articleId,
        label: labels.get(l.articleId) ?? '',
        defines: l.defines,
        document: toDocumentRef(versions.get(l.versionId)!),
      })),
    },
  };
}
