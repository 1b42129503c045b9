// Tables of the law library (法规规章规范性文件库), in the `regulations` Postgres schema.
// A work is one law across its versions; a version is one text with its dates; an article is
// one 条 with a stable identifier such as `行政复议法/2023-09-01/art-62` that survives re-import.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { instant as ts, legalDate } from '../../../platform/db/columns.js';

export const regulationsSchema = pgSchema('regulations');

/** 宪法 / 法律 / 行政法规 / 地方性法规 / 规章 / 司法解释 / 规范性文件 (and 其他 for the corpus' odd one). */
export type LawLevel =
  | '宪法'
  | '法律'
  | '行政法规'
  | '地方性法规'
  | '部门规章'
  | '地方政府规章'
  | '司法解释'
  | '规范性文件'
  | '其他';

/** 有效 / 已修改 / 已废止 / 尚未生效 */
export type VersionStatus = 'in_force' | 'amended' | 'repealed' | 'not_yet_in_force';

/** The 编/分编/章/节 headings above an article, outermost first (e.g. `第一章 总则`). */
export interface ArticlePath {
  part?: string;
  subpart?: string;
  chapter?: string;
  section?: string;
}

/**
 * What an article row is: a 条 (`art-62`, `art-10-1` for 第十条之一); in a text without 条, a
 * numbered item such as 一、 (`item-3`), or else a plain paragraph (`para-3`).
 */
export type ArticleKind = 'article' | 'item' | 'paragraph';

export const works = regulationsSchema.table(
  'works',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The short name without 中华人民共和国, e.g. `行政复议法`: the first segment of article ids. */
    key: text('key').notNull().unique(),
    title: text('title').notNull(),
    level: text('level').$type<LawLevel>().notNull(),
    issuingBody: text('issuing_body'),
    category: text('category'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('works_level_idx').on(t.level)],
);

export const versions = regulationsSchema.table(
  'versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workId: uuid('work_id')
      .notNull()
      .references(() => works.id),
    /** `行政复议法/2023-09-01` (work key / promulgation date, or effective date when missing). */
    key: text('key').notNull().unique(),
    title: text('title').notNull(),
    level: text('level').$type<LawLevel>().notNull(),
    issuingBody: text('issuing_body'),
    /** 文号 for normative documents, e.g. 穗府办规〔2026〕3号. */
    documentNumber: text('document_number'),
    promulgatedOn: legalDate('promulgated_on'),
    effectiveOn: legalDate('effective_on'),
    /** Repealed (已废止) without a later version; the date may be unknown (null). */
    repealed: boolean('repealed').notNull().default(false),
    /** Set when a later act repeals the work (no later version). */
    repealedOn: legalDate('repealed_on'),
    status: text('status').$type<VersionStatus>().notNull(),
    /** The revision history lines under the title (通过 / 修正 / 修订 / 公布 / 施行). */
    history: jsonb('history').$type<string[]>().notNull().default([]),
    /** Preamble text before the first article (序言, 目录 excluded). */
    preamble: text('preamble'),
    /** Text after the articles under a 附件 / 附表 / 附录 heading (tables, lists). */
    appendix: text('appendix'),
    /** Where it came from: `corpus:<relative path>` or `filing:<filing id>` or `upload:<name>`. */
    source: text('source').notNull(),
    /**
     * SHA-256 of the normalized document (text and metadata): a re-import of the same text
     * changes nothing.
     */
    contentHash: text('content_hash').notNull(),
    /** Only a published version may be shown as in force on the public portal. */
    published: boolean('published').notNull().default(true),
    articleCount: integer('article_count').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('versions_work_idx').on(t.workId, t.effectiveOn),
    index('versions_level_status_idx').on(t.level, t.status),
  ],
);

export const articles = regulationsSchema.table(
  'articles',
  {
    /** Stable id: `行政复议法/2023-09-01/art-62`. */
    id: text('id').primaryKey(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    /** Position in the text, from 1. */
    ordinal: integer('ordinal').notNull(),
    kind: text('kind').$type<ArticleKind>().notNull().default('article'),
    /** The article number (第六十二条 -> 62); 之一 articles keep the base number with a suffix. */
    number: integer('number').notNull(),
    /** 之一 -> 1, 之二 -> 2; 0 for a plain article. */
    suffix: integer('suffix').notNull().default(0),
    /** `第六十二条` or `第十条之一` (an item: `一、`; a paragraph: `第3段`). */
    label: text('label').notNull(),
    path: jsonb('path').$type<ArticlePath>().notNull().default({}),
    /** The article's text without its label; paragraphs (款) separated by '\n'. */
    text: text('text').notNull(),
  },
  (t) => [
    uniqueIndex('articles_version_ordinal_idx').on(t.versionId, t.ordinal),
    index('articles_version_number_idx').on(t.versionId, t.kind, t.number, t.suffix),
  ],
);

/** One run of an import (command line or upload), with its progress and report. */
export const importRuns = regulationsSchema.table('import_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  origin: text('origin').notNull(),
  startedBy: text('started_by'),
  state: text('state', { enum: ['running', 'done', 'failed'] }).notNull(),
  /** parsing -> storing -> indexing (the onVersionsImported listeners) -> done. */
  phase: text('phase', { enum: ['parsing', 'storing', 'indexing', 'done'] })
    .notNull()
    .default('parsing'),
  total: integer('total').notNull().default(0),
  processed: integer('processed').notNull().default(0),
  added: integer('added').notNull().default(0),
  /** Versions whose key existed with another text: their rows were replaced. */
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  /** `[{ file, reason }]`: files that could not be parsed or stored; the rest went on. */
  failures: jsonb('failures')
    .$type<{ file: string; reason: string }[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  startedAt: ts('started_at').notNull().defaultNow(),
  finishedAt: ts('finished_at'),
});
export * from './search-schema.js';
export * from './filing-schema.js';
