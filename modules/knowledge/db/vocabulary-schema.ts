// The everyday-words vocabulary of the term base (domain/vocabulary.ts): re-exported by
// db/schema.ts. A local pgSchema object, because schema.ts re-exports this file.
import { integer, jsonb, pgSchema, real, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../../platform/db/columns.js';

const knowledge = pgSchema('knowledge');

/** One everyday phrase and the statutory words a search for it also looks for. */
export const vocabulary = knowledge.table('vocabulary', {
  id: uuid('id').primaryKey().defaultRandom(),
  phrase: text('phrase').notNull().unique(),
  terms: jsonb('terms').$type<string[]>().notNull(),
  weight: real('weight').notNull(),
  /** A definition article (`法律援助法 Art. 2`) or a kind of question (`question: how long`). */
  basis: text('basis').notNull(),
  /** `seed` or `admin`. */
  source: text('source').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** One row (id 1): the version of the seed (VOCABULARY_SEED_VERSION) this database has had. */
export const vocabularySeed = knowledge.table('vocabulary_seed', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
  seededAt: instant('seeded_at').notNull().defaultNow(),
});
