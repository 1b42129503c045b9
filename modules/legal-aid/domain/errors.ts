// Error codes of the legal-aid module: each a stable code, an HTTP status and a message a
// clerk (or a citizen, on the public pages) can act on.
import { defineErrors } from '../../../platform/errors/index.js';

export const LegalAidErrors = defineErrors({
  LEGAL_AID_CASE_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该法律援助案件，或不在您的辖区范围内',
    en: 'No such legal-aid case in your region',
  },
  LEGAL_AID_TRACKING_FAILED: {
    status: 404,
    'zh-CN': '案件编号或查询码不正确',
    en: 'Wrong case number or tracking code',
  },
  LEGAL_AID_NO_RULE_SET: {
    status: 400,
    'zh-CN': '{date} 没有施行中的法律援助审查规则（法律援助法自2022年1月1日起施行）',
    en: 'No eligibility rules in force on {date}',
  },
  LEGAL_AID_WRONG_CENTRE: {
    status: 400,
    'zh-CN': '应当向{centre}申请法律援助（法律援助法第三十八条：{reason}）',
    en: 'Apply to {centre} (Legal Aid Law Art. 38: {reason})',
  },
  LEGAL_AID_OUTSIDE_CITY: {
    status: 400,
    'zh-CN':
      '办案机关或争议处理机关所在地、事由发生地不在本市（区划代码 {regionCode}），应当向该地的法律援助机构申请（法律援助法第三十八条）',
    en: 'The place ({regionCode}) is outside the city: apply to the legal-aid agency there (Art. 38)',
  },
  LEGAL_AID_REGION_UNKNOWN: {
    status: 400,
    'zh-CN': '区划代码“{regionCode}”不存在，请选择所在的区或镇街',
    en: 'Unknown region code "{regionCode}"',
  },
  LEGAL_AID_OVERRIDE_REASON_REQUIRED: {
    status: 400,
    'zh-CN': '变更审查结论须写明书面理由（不少于{min}个字）',
    en: 'Overriding the eligibility check needs a written reason (at least {min} characters)',
  },
  LEGAL_AID_NOT_ELIGIBLE: {
    status: 409,
    'zh-CN':
      '经审查不符合法律援助条件（{criteria}），不能决定给予；确有理由的，须先书面说明理由变更审查结论',
    en: 'The check failed ({criteria}); override it with a written reason before granting',
  },
  LEGAL_AID_SUPPLEMENT_NOT_DUE: {
    status: 409,
    'zh-CN': '补充材料期限（至 {dueDate}）尚未届满，不能视为撤回申请（法律援助法第四十三条）',
    en: 'The time to supply material runs until {dueDate}; the application cannot be deemed withdrawn yet',
  },
  LEGAL_AID_FORWARD_TIME_INVALID: {
    status: 400,
    'zh-CN': '转交时间不能早于在押人员提出申请的时间，也不能晚于现在',
    en: 'The forwarding time must lie between the request and now',
  },
  LEGAL_AID_DATE_IN_FUTURE: {
    status: 400,
    'zh-CN': '{field}不能晚于今天',
    en: '{field} cannot be later than today',
  },
  LEGAL_AID_LAWYER_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该律师，或不属于本中心的律师库',
    en: 'No such lawyer in this centre',
  },
  LEGAL_AID_LAWYER_UNAVAILABLE: {
    status: 409,
    'zh-CN': '“{lawyer}”已停止承办法律援助事项，不能指派',
    en: '"{lawyer}" no longer takes legal-aid cases',
  },
  LEGAL_AID_LICENCE_TAKEN: {
    status: 409,
    'zh-CN': '执业证号“{licence}”已登记',
    en: 'Licence number "{licence}" is already registered',
  },
  LEGAL_AID_EXPERIENCE_REQUIRED: {
    status: 409,
    'zh-CN':
      '可能被判处无期徒刑、死刑的案件和死刑复核案件，应当指派具有{years}年以上相关执业经历的律师（法律援助法第二十六条）；“{lawyer}”{actual}',
    en: 'Life and death-penalty cases need a lawyer with {years}+ years of relevant practice (Art. 26); "{lawyer}": {actual}',
  },
  LEGAL_AID_NO_LAWYER_AVAILABLE: {
    status: 409,
    'zh-CN': '本中心律师库中没有可指派的人员{requirement}，请先登记律师或指定承办机构',
    en: 'No one in this centre can be assigned{requirement}',
  },
  LEGAL_AID_CLOSING_MATERIALS_REQUIRED: {
    status: 400,
    'zh-CN': '结案须提交法律文书副本或者复印件、办理情况报告等材料（法律援助法第五十条）',
    en: 'Closing needs copies of the documents and a report (Art. 50)',
  },
  LEGAL_AID_NOT_CLOSED: {
    status: 409,
    'zh-CN': '案件尚未结案，不能进行质量评查',
    en: 'Only closed cases are reviewed',
  },
  LEGAL_AID_REVIEW_EXISTS: {
    status: 409,
    'zh-CN': '该案件已完成质量评查',
    en: 'This case has been reviewed already',
  },
  LEGAL_AID_SCORE_INVALID: {
    status: 400,
    'zh-CN': '评分项“{item}”的得分应在 0 到 {max} 之间，且每一项都须评分',
    en: 'Score of "{item}" must be 0–{max}, and every item scored',
  },
  LEGAL_AID_SURVEY_NOT_FOUND: {
    status: 404,
    'zh-CN': '评价链接无效，请核对短信中的链接',
    en: 'This survey link is not valid',
  },
  LEGAL_AID_SURVEY_ANSWERED: {
    status: 409,
    'zh-CN': '您已提交过评价，感谢您的反馈',
    en: 'The survey has been answered already',
  },
  LEGAL_AID_STATION_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该值班律师工作站，或不在您的辖区范围内',
    en: 'No such duty station in your region',
  },
  LEGAL_AID_ROSTER_INVALID: {
    status: 400,
    'zh-CN': '值班表须从星期一开始，日期须在该周之内：{reason}',
    en: 'A roster starts on a Monday and covers that week: {reason}',
  },
  LEGAL_AID_NOT_ON_DUTY: {
    status: 409,
    'zh-CN': '“{lawyer}”{date} 不在“{station}”的值班表上',
    en: '"{lawyer}" is not on the roster of "{station}" on {date}',
  },
});
