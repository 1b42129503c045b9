// Request and response schemas of the everyday-words vocabulary (administrators' pages).
import { z } from 'zod';
import { pageQuery } from '../../platform/http/pagination.js';

const phrase = z.string().trim().min(1, '请输入口语说法').max(20, '口语说法不能超过 20 个字');
const statutoryTerm = z.string().trim().min(1).max(30, '法律用语不能超过 30 个字');

export const vocabularyInput = z.object({
  phrase,
  terms: z.array(statutoryTerm).min(1, '至少填写一个法律用语').max(10),
  weight: z.number().gt(0).max(1).default(0.7),
  basis: z.string().trim().min(1).max(100).default('管理员添加'),
});
export type VocabularyInput = z.infer<typeof vocabularyInput>;

export const vocabularyPatch = z
  .object({
    phrase,
    terms: z.array(statutoryTerm).min(1).max(10),
    weight: z.number().gt(0).max(1),
    basis: z.string().trim().min(1).max(100),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, '没有要修改的内容');
export type VocabularyPatch = z.infer<typeof vocabularyPatch>;

export const vocabularyListQuery = pageQuery.extend({
  q: z.string().trim().min(1).max(30).optional(),
});
export type VocabularyListQuery = z.infer<typeof vocabularyListQuery>;

export const vocabularyEntry = z.object({
  id: z.string(),
  phrase: z.string(),
  terms: z.array(z.string()),
  weight: z.number(),
  basis: z.string(),
  source: z.string(),
  updatedAt: z.string(),
});
export type VocabularyEntryView = z.infer<typeof vocabularyEntry>;
