// Tables of the knowledge graph (知识图谱) and term base (词库), in the `knowledge` Postgres
// schema. Articles and versions live in module regulations and are referred to by their ids
// (`行政复议法/2023-09-01/art-62`, version uuids) without foreign keys across modules: the graph
// is rebuilt from the library whenever it changes.
import {
  boolean,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { instant as ts } from '../../../platform/db/columns.js';

export const knowledgeSchema = pgSchema('knowledge');

/** cites: another document; basis: the superior law it is made under (上位法); same-law: itself. */
export type CitationKind = 'cites' | 'basis' | 'same-law';

/** One citation in one article, resolved to a document (and article) of the library or not. */
export const citations = knowledgeSchema.table(
  'citations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromArticleId: text('from_article_id').notNull(),
    fromVersionId: uuid('from_version_id').notNull(),
    fromWorkKey: text('from_work_key').notNull(),
    kind: text('kind').$type<CitationKind>().notNull(),
    /** The document named, normalized (`行政复议法`); null when the article cites its own text. */
    targetName: text('target_name'),
    articleNumber: integer('article_number'),
    articleSuffix: integer('article_suffix').notNull().default(0),
    paragraph: integer('paragraph'),
    item: integer('item'),
    toWorkKey: text('to_work_key'),
    toVersionId: uuid('to_version_id'),
    toArticleId: text('to_article_id'),
    /** The document was found and, when an article was named, the article too. */
    resolved: boolean('resolved').notNull(),
    /** The words as written: `《中华人民共和国行政复议法》第十三条`. */
    raw: text('raw').notNull(),
    /** Offset in the article text. */
    position: integer('position').notNull(),
  },
  (t) => [
    index('citations_from_version_idx').on(t.fromVersionId),
    index('citations_from_article_idx').on(t.fromArticleId),
    index('citations_to_article_idx').on(t.toArticleId),
    index('citations_to_version_idx').on(t.toVersionId, t.kind),
    index('citations_to_work_idx').on(t.toWorkKey),
    index('citations_resolved_idx').on(t.resolved),
  ],
);

/** The versions the graph holds, when they were last processed and what was found. */
export const processedVersions = knowledgeSchema.table('processed_versions', {
  versionId: uuid('version_id').primaryKey(),
  citations: integer('citations').notNull(),
  termLinks: integer('term_links').notNull(),
  processedAt: ts('processed_at').notNull().defaultNow(),
});

/** thuocl: THUOCL law lexicon; definition: found in 本法所称X，是指…; admin: added by hand. */
export type TermSource = 'thuocl' | 'definition' | 'admin';

export const terms = knowledgeSchema.table('terms', {
  id: uuid('id').primaryKey().defaultRandom(),
  term: text('term').notNull().unique(),
  source: text('source').$type<TermSource>().notNull(),
  /** THUOCL's document frequency (in its news corpus), when the term comes from THUOCL. */
  frequency: integer('frequency'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** A definition of a term in an article (本法所称X，是指…). */
export const termDefinitions = knowledgeSchema.table(
  'term_definitions',
  {
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    articleId: text('article_id').notNull(),
    versionId: uuid('version_id').notNull(),
    text: text('text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.termId, t.articleId] }),
    index('term_definitions_version_idx').on(t.versionId),
  ],
);

/** An article that uses (or defines) a term. */
export const termLinks = knowledgeSchema.table(
  'term_links',
  {
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    articleId: text('article_id').notNull(),
    versionId: uuid('version_id').notNull(),
    defines: boolean('defines').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.termId, t.articleId] }),
    index('term_links_version_idx').on(t.versionId),
    index('term_links_article_idx').on(t.articleId),
  ],
);

export type TermRelationKind = 'synonym' | 'related';

/** Synonyms and related terms, kept by an administrator; one row serves both directions. */
export const termRelations = knowledgeSchema.table(
  'term_relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    relatedTermId: uuid('related_term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<TermRelationKind>().notNull(),
    note: text('note'),
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('term_relations_pair_idx').on(t.termId, t.relatedTermId, t.kind),
    index('term_relations_related_idx').on(t.relatedTermId),
  ],
);

export type ImpactChange = 'changed' | 'removed' | 'renumbered' | 'basis';

/** A new version of a work changed articles that other documents cite (清理 starts here). */
export const impactAlerts = knowledgeSchema.table(
  'impact_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workKey: text('work_key').notNull(),
    workTitle: text('work_title').notNull(),
    versionId: uuid('version_id').notNull(),
    versionKey: text('version_key').notNull(),
    previousVersionId: uuid('previous_version_id').notNull(),
    previousVersionKey: text('previous_version_key').notNull(),
    changedArticles: integer('changed_articles').notNull(),
    addedArticles: integer('added_articles').notNull(),
    removedArticles: integer('removed_articles').notNull(),
    renumberedArticles: integer('renumbered_articles').notNull(),
    /** Distinct citing documents (versions) listed in the items. */
    citingDocuments: integer('citing_documents').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('impact_alerts_version_idx').on(t.versionId, t.previousVersionId)],
);

/** One citing article of an alert and the change of the article it cites. */
export const impactAlertItems = knowledgeSchema.table(
  'impact_alert_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    alertId: uuid('alert_id')
      .notNull()
      .references(() => impactAlerts.id, { onDelete: 'cascade' }),
    change: text('change').$type<ImpactChange>().notNull(),
    /** The cited article of the previous version (null for a basis on the whole law). */
    targetArticleId: text('target_article_id'),
    targetLabel: text('target_label'),
    /** Where its text went in the new version (changed or renumbered). */
    newArticleId: text('new_article_id'),
    citingArticleId: text('citing_article_id').notNull(),
    citingVersionId: uuid('citing_version_id').notNull(),
    citingVersionKey: text('citing_version_key').notNull(),
    citingTitle: text('citing_title').notNull(),
    raw: text('raw').notNull(),
  },
  (t) => [
    index('impact_alert_items_alert_idx').on(t.alertId),
    index('impact_alert_items_citing_idx').on(t.citingVersionId),
  ],
);
export * from './vocabulary-schema.js';
