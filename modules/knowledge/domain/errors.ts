// Error codes of the knowledge module.
import { defineErrors } from '../../../platform/errors/index.js';

export const KnowledgeErrors = defineErrors({
  KNOWLEDGE_DOCUMENT_NOT_FOUND: {
    status: 404,
    'zh-CN': '法规库中没有该文件：{version}',
    en: 'The law library has no document {version}',
  },
  KNOWLEDGE_ARTICLE_NOT_FOUND: {
    status: 404,
    'zh-CN': '法规库中没有该条文：{article}',
    en: 'The law library has no article {article}',
  },
  KNOWLEDGE_TERM_NOT_FOUND: {
    status: 404,
    'zh-CN': '词库中没有“{term}”',
    en: 'The term base has no "{term}"',
  },
  KNOWLEDGE_TERM_INVALID: {
    status: 400,
    'zh-CN': '词条须为 2 至 30 个字，不含标点',
    en: 'A term has 2 to 30 characters and no punctuation',
  },
  KNOWLEDGE_RELATION_SELF: {
    status: 400,
    'zh-CN': '词条不能与自身互为同义词或相关词',
    en: 'A term cannot be related to itself',
  },
  KNOWLEDGE_RELATION_EXISTS: {
    status: 409,
    'zh-CN': '“{term}”与“{related}”的这一关系已存在',
    en: '"{term}" and "{related}" are already related this way',
  },
  KNOWLEDGE_RELATION_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该词条关系',
    en: 'No such term relation',
  },
  KNOWLEDGE_ALERT_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该影响提示',
    en: 'No such impact alert',
  },
});
