// Error codes of filing review, validity and cleanup (registered when this file is imported).
import { defineErrors } from '../../../platform/errors/index.js';

export const FilingErrors = defineErrors({
  REGULATIONS_FILING_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该备案审查事项',
    en: 'No such filing review item',
  },
  REGULATIONS_DOCUMENT_NUMBER_INVALID: {
    status: 400,
    'zh-CN': '文号“{number}”不规范：{reason}',
    en: 'The document number "{number}" is not valid: {reason}',
  },
  REGULATIONS_FILING_DUPLICATE: {
    status: 409,
    'zh-CN': '文号 {documentNumber} 已报备（{caseNumber}），请勿重复报备',
    en: 'Document {documentNumber} has been filed already ({caseNumber})',
  },
  REGULATIONS_FILING_DATES_INVALID: {
    status: 400,
    'zh-CN': '日期有误：{reason}',
    en: 'Wrong dates: {reason}',
  },
  REGULATIONS_FILING_TEXT_UNREADABLE: {
    status: 400,
    'zh-CN': '无法读出文件正文的条文：{reason}',
    en: 'The articles of the text cannot be read: {reason}',
  },
  REGULATIONS_FILING_BASIS_UNKNOWN: {
    status: 400,
    'zh-CN': '法规库中没有上位法“{key}”，请核对名称',
    en: 'The law library has no superior law "{key}"',
  },
  REGULATIONS_FILING_BASIS_ARTICLE_UNKNOWN: {
    status: 400,
    'zh-CN': '上位法“{key}”{date}有效文本中没有{article}',
    en: 'The text of "{key}" in force {date} has no article {article}',
  },
  REGULATIONS_NOT_PUBLISHED: {
    status: 409,
    'zh-CN': '该规范性文件未经统一发布，不得标注为有效',
    en: 'The document has not been published on the unified platform and may not be marked in force',
  },
  REGULATIONS_CORRECTION_RESPONSE_MISSING: {
    status: 400,
    'zh-CN': '请逐项说明纠正情况：第 {ordinal} 项“{item}”未作说明',
    en: 'Answer every item: item {ordinal} "{item}" has no answer',
  },
  REGULATIONS_INCIDENTAL_EXISTS: {
    status: 409,
    'zh-CN': '该复议案件已就“{document}”提请附带审查（{caseNumber}）',
    en: 'This case already asked for review of "{document}" ({caseNumber})',
  },
  REGULATIONS_VALIDITY_INVALID: {
    status: 400,
    'zh-CN': '有效期有误：{reason}',
    en: 'Wrong validity period: {reason}',
  },
  REGULATIONS_CAMPAIGN_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该清理工作',
    en: 'No such cleanup campaign',
  },
  REGULATIONS_CAMPAIGN_CLOSED: {
    status: 409,
    'zh-CN': '该清理工作已结束，不能再作决定',
    en: 'The cleanup campaign is closed',
  },
  REGULATIONS_CAMPAIGN_UNDECIDED: {
    status: 409,
    'zh-CN': '尚有 {count} 件文件未作清理决定，不能结束清理',
    en: '{count} documents have no decision yet',
  },
  REGULATIONS_CLEANUP_DECIDED: {
    status: 409,
    'zh-CN': '该文件已作清理决定',
    en: 'This document has a cleanup decision already',
  },
  REGULATIONS_CLEANUP_ITEM_NOT_FOUND: {
    status: 404,
    'zh-CN': '该文件不在本次清理范围内',
    en: 'The document is not part of this campaign',
  },
  REGULATIONS_COMPARE_OTHER_WORK: {
    status: 400,
    'zh-CN': '只能比较同一法规的两个版本',
    en: 'Only two versions of one law can be compared',
  },
});
