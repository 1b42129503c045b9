// Two light reads of the library for the knowledge graph (module knowledge), which may not read
// these tables itself: the number of every 条 (to resolve citations without loading texts) and
// articles by id (the citing and cited articles its API lists). Read-only.
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { articles, versions } from '../db/schema.js';

export interface ArticleNumberRow {
  id: string;
  versionId: string;
  kind: 'article' | 'item';
  number: number;
  suffix: number;
}

/**
 * The id and number of every 条 of the library, and of the numbered items of texts without 条
 * (an amendment's 第N条 is its Nth item); not plain paragraphs.
 */
export async function articleNumbers(db: Executor): Promise<ArticleNumberRow[]> {
  return db
    .select({
      id: articles.id,
      versionId: articles.versionId,
      kind: articles.kind,
      number: articles.number,
      suffix: articles.suffix,
    })
    .from(articles)
    .where(inArray(articles.kind, ['article', 'item'])) as Promise<ArticleNumberRow[]>;
}

export interface ArticleSummaryRow {
  id: string;
  versionId: string;
  versionKey: string;
  label: string;
  text: string;
}

/** Articles by id, with their version, label and text. */
export async function articlesById(db: Executor, ids: string[]): Promise<ArticleSummaryRow[]> {
  const out: ArticleSummaryRow[] = [];
  // Well under PostgreSQL's 65,535 parameters per statement.
  for (let i = 0; i < ids.length; i += 5000) {
    out.push(
      ...(await db
        .select({
          id: articles.id,
          versionId: articles.versionId,
          versionKey: versions.key,
          label: articles.label,
          text: articles.text,
        })
        .from(articles)
        .innerJoin(versions, eq(versions.id, articles.versionId))
        .where(inArray(articles.id, ids.slice(i, i + 5000)))),
    );
  }
  return out;
}
