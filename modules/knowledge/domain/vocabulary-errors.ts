// Error codes of the everyday-words vocabulary.
import { defineErrors } from '../../../platform/errors/index.js';

export const VocabularyErrors = defineErrors({
  KNOWLEDGE_VOCABULARY_NOT_FOUND: {
    status: 404,
    'zh-CN': '口语词表中没有该条目',
    en: 'No such entry in the everyday-words vocabulary',
  },
  KNOWLEDGE_VOCABULARY_EXISTS: {
    status: 409,
    'zh-CN': '口语词表中已有“{phrase}”',
    en: 'The everyday-words vocabulary already has "{phrase}"',
  },
});
