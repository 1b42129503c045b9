import { index, pgSchema, text } from 'drizzle-orm/pg-core';

export const regionsSchema = pgSchema('regions');

/** Administrative divisions (统计用区划代码): 市 4 digits, 区 6, 镇街 9, 村居 12; a code starts with its parent's. */
export const divisions = regionsSchema.table(
  'divisions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['city', 'district', 'street', 'village'] }).notNull(),
    type: text('type'),
    parentCode: text('parent_code'),
  },
  (t) => [index('divisions_parent_idx').on(t.parentCode)],
);
