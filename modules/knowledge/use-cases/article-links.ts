// The citations of one article both ways: what it cites (in text order) and which articles of
// the library cite it. Public, like the library.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { articlesById } from '../../regulations/index.js';
import type { ArticleCitation, ArticleLinks } from '../contract.js';
import { citations } from '../db/schema.js';
import { toDocumentRef, type ReadScope } from './document-links.js';
import { versionIndex } from './library.js';

/** At most this many citing articles are listed for one article. */
const CITED_BY_LIMIT = 500;

type CitationRow = typeof citations.$inferSelect;

export async function articleLinks(
  db: Executor,
  articleId: string,
  scope: ReadScope,
): Promise<ArticleLinks> {
  const versions = await versionIndex(db);
  const [article] = await articlesById(db, [articleId]);
  const version = article && versions.get(article.versionId);
  if (!article || !version || (scope.publishedOnly && !version.published)) {
    throw new AppError('KNOWLEDGE_ARTICLE_NOT_FOUND', { article: articleId });
  }
  const outgoing = await db
    .select()
    .from(citations)
    .where(eq(citations.fromArticleId, articleId))
    .orderBy(asc(citations.position));
  const incoming = await db
    .select()
    .from(citations)
    .where(and(eq(citations.toArticleId, articleId), ne(citations.fromArticleId, articleId)))
    .orderBy(asc(citations.fromVersionId), asc(citations.fromArticleId))
    .limit(CITED_BY_LIMIT);
  const ids = new Set<string>();
  for (const c of outgoing) if (c.toArticleId) ids.add(c.toArticleId);
  for (const c of incoming) ids.add(c.fromArticleId);
  const labels = new Map((await articlesById(db, [...ids])).map((a) => [a.id, a.label]));
  const view = (c: CitationRow, direction: 'out' | 'in'): ArticleCitation | null => {
    const otherArticle = direction === 'out' ? c.toArticleId : c.fromArticleId;
    const otherVersion = direction === 'out' ? c.toVersionId : c.fromVersionId;
    const v = otherVersion ? versions.get(otherVersion) : undefined;
    if (direction === 'in' && (!v || (scope.publishedOnly && !v.published))) return null;
    const hidden = v && scope.publishedOnly && !v.published;
    return {
      kind: c.kind,
      raw: c.raw,
      paragraph: c.paragraph,
      item: c.item,
      resolved: c.resolved,
      articleId: hidden ? null : otherArticle,
      label: otherArticle && !hidden ? (labels.get(otherArticle) ?? null) : null,
      document: v && !hidden ? toDocumentRef(v) : null,
      targetName: c.targetName,
    };
  };
  return {
    article: { id: article.id, label: article.label, text: article.text },
    document: toDocumentRef(version),
    cites: outgoing.map((c) => view(c, 'out')).filter((c): c is ArticleCitation => c !== null),
    citedBy: incoming.map((c) => view(c, 'in')).filter((c): c is ArticleCitation => c !== null),
  };
}
