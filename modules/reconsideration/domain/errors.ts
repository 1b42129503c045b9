// Error codes of the reconsideration module.
import { defineErrors } from '../../../platform/errors/index.js';

export const ReconsiderationErrors = defineErrors({
  RECONSIDERATION_CASE_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该复议案件，或不在您的辖区范围内',
    en: 'No such reconsideration case in your region',
  },
  RECONSIDERATION_TRACKING_FAILED: {
    status: 404,
    'zh-CN': '案件编号或查询码不正确',
    en: 'Wrong case number or tracking code',
  },
  RECONSIDERATION_DATE_BEFORE_ACT: {
    status: 400,
    'zh-CN': '知道行政行为的日期（{knewDate}）不能早于行政行为作出的日期（{actDate}）',
    en: 'The date of knowing ({knewDate}) cannot be before the act ({actDate})',
  },
  RECONSIDERATION_DATE_IN_FUTURE: {
    status: 400,
    'zh-CN': '{field}不能晚于今天',
    en: '{field} cannot be in the future',
  },
  RECONSIDERATION_MANDATE_MISSING: {
    status: 400,
    'zh-CN': '代理人“{name}”须提交授权委托书（行政复议法第十七条）',
    en: 'Agent "{name}" needs a written mandate (Art. 17)',
  },
  RECONSIDERATION_TOO_MANY_AGENTS: {
    status: 400,
    'zh-CN': '每一方当事人最多委托 2 名代理人（行政复议法第十七条）',
    en: 'At most 2 agents per party (Art. 17)',
  },
  RECONSIDERATION_APPLICANT_REQUIRED: {
    status: 400,
    'zh-CN': '至少需要一名申请人',
    en: 'At least one applicant is required',
  },
  RECONSIDERATION_POSTMARK_REQUIRED: {
    status: 400,
    'zh-CN': '邮寄申请须填写邮戳日期',
    en: 'A mailed application needs its postmark date',
  },
  RECONSIDERATION_CORRECTION_ITEMS_REQUIRED: {
    status: 400,
    'zh-CN': '补正通知须一次性列明全部需补正的事项（行政复议法第三十一条）',
    en: 'A correction notice must list every missing item at once (Art. 31)',
  },
  RECONSIDERATION_REJECTION_REASON_REQUIRED: {
    status: 400,
    'zh-CN': '不予受理须写明理由；不属于本机关管辖的，还须告知有管辖权的机关',
    en: 'A rejection needs reasons and, when not competent, the competent body',
  },
  RECONSIDERATION_SIMPLIFIED_NOT_ELIGIBLE: {
    status: 400,
    'zh-CN': '本案不符合适用简易程序的条件（行政复议法第五十三条）',
    en: 'This case may not use the simplified procedure (Art. 53)',
  },
  RECONSIDERATION_EXTENSION_NOT_ALLOWED: { status: 409, 'zh-CN': '{reason}', en: '{reason}' },
  RECONSIDERATION_HEARING_NOTICE_TOO_SHORT: {
    status: 400,
    'zh-CN':
      '听证须在举行 5 个工作日前书面通知当事人，最早可定于 {earliest}（行政复议法第五十一条）',
    en: 'A hearing needs 5 working days of notice: {earliest} at the earliest (Art. 51)',
  },
  RECONSIDERATION_HEARING_PANEL_INVALID: {
    status: 400,
    'zh-CN': '听证由 1 名主持人和至少 2 名听证员组成，并须指定记录员（行政复议法第五十一条）',
    en: 'A hearing panel needs 1 presiding officer, at least 2 officers and a clerk (Art. 51)',
  },
  RECONSIDERATION_DECISION_TYPE_NOT_ALLOWED: {
    status: 409,
    'zh-CN': '案件当前状态为“{state}”，不能作出“{type}”；可作出：{allowed}',
    en: 'In state "{state}" the decision "{type}" is not possible; possible: {allowed}',
  },
  RECONSIDERATION_SUSPENSION_GROUND_REQUIRED: {
    status: 400,
    'zh-CN': '中止须选择行政复议法第三十九条规定的情形',
    en: 'A suspension needs a ground of Art. 39',
  },
  RECONSIDERATION_HANDLER_CONFLICT: {
    status: 409,
    'zh-CN': '承办人“{handler}”曾任职于被申请人“{respondent}”，应当回避',
    en: 'Handler "{handler}" formerly worked for the respondent "{respondent}" and must withdraw',
  },
  RECONSIDERATION_NO_HANDLER_AVAILABLE: {
    status: 409,
    'zh-CN': '没有可分配的承办人（均需回避或不在本机构）',
    en: 'No handler available (all conflicted or absent)',
  },
  RECONSIDERATION_REVIEW_PERIOD_PASSED: {
    status: 409,
    'zh-CN':
      '受理审查期限已于 {dueDate} 届满，不能再通知补正；申请视为已受理（行政复议法第三十条第三款）',
    en: 'The review period ended on {dueDate}; the application is deemed accepted',
  },
  RECONSIDERATION_CORRECTION_ONCE: {
    status: 409,
    'zh-CN': '补正通知应当一次性列明全部事项，本案已发出过补正通知',
    en: 'A correction notice was already sent; it must list every item at once',
  },
  RECONSIDERATION_PUBLICATION_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该公开的复议决定',
    en: 'No such published decision',
  },
  RECONSIDERATION_NOT_PUBLISHABLE: {
    status: 409,
    'zh-CN': '只有已送达的决定可以公开',
    en: 'Only served decisions can be published',
  },
});
