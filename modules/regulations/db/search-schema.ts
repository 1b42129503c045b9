// Tables of the search index, in the `regulations` Postgres schema beside the library they index.
// The database holds the statistics BM25 needs, so a PGlite and a PostgreSQL deployment search
// the same way: per article its terms with their frequencies and its length (packed one row per
// version: PGlite hands rows to JavaScript at roughly 15,000 a second, and the index of the full
// corpus is 70,000 articles), per term its document frequency, and a generation that every
// process compares with the in-memory copy it searches.
// (A local pgSchema object: schema.ts re-exports this file, and importing its schema object
// back would be a cycle evaluated too early. The `references` callbacks run lazily.)
import { integer, pgSchema, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../../platform/db/columns.js';
import { versions } from './schema.js';

const regulations = pgSchema('regulations');

/**
 * The indexed articles of one version, one line each (see domain/search/entries.ts):
 * id, kind, number, suffix, label, body length, body terms `termId:tf …`, heading terms.
 */
export const searchEntries = regulations.table('search_entries', {
  versionId: uuid('version_id')
    .primaryKey()
    .references(() => versions.id, { onDelete: 'cascade' }),
  articles: integer('articles').notNull(),
  /** Sum of the body lengths (tokens) of its articles. */
  tokens: integer('tokens').notNull(),
  entries: text('entries').notNull(),
  indexedAt: instant('indexed_at').notNull().defaultNow(),
});

/**
 * Every term of the index with the id search_entries writes for it, and its document frequency
 * (in how many indexed articles' bodies it occurs; 0 once no article has it: ids are kept).
 */
export const searchTerms = regulations.table(
  'search_terms',
  {
    term: text('term').primaryKey(),
    id: integer('id').notNull(),
    df: integer('df').notNull(),
  },
  (t) => [uniqueIndex('search_terms_id_idx').on(t.id)],
);

/** One row (id 1): the index generation, moved by every change, and corpus totals. */
export const searchState = regulations.table('search_state', {
  id: integer('id').primaryKey(),
  generation: integer('generation').notNull(),
  articles: integer('articles').notNull(),
  terms: integer('terms').notNull(),
  indexedAt: instant('indexed_at').notNull().defaultNow(),
});
