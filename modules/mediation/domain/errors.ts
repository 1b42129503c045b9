// Error codes of the mediation module.
import { defineErrors } from '../../../platform/errors/index.js';

export const MediationErrors = defineErrors({
  MEDIATION_CASE_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该纠纷调解案件，或不在您的辖区范围内',
    en: 'No such mediation case in your region',
  },
  MEDIATION_COMMITTEE_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该人民调解委员会，或不在您的辖区范围内',
    en: 'No such mediation committee in your region',
  },
  MEDIATION_COMMITTEE_NAME_TAKEN: {
    status: 409,
    'zh-CN': '已有名为“{name}”的人民调解委员会',
    en: 'A committee named "{name}" already exists',
  },
  MEDIATION_MEDIATOR_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该人民调解员',
    en: 'No such mediator',
  },
  MEDIATION_REGION_UNKNOWN: {
    status: 400,
    'zh-CN': '区划代码“{code}”不是广州市的有效区划{expected}',
    en: 'Region code "{code}" is not a division of Guangzhou{expected}',
  },
  MEDIATION_LEVEL_REGION_MISMATCH: {
    status: 400,
    'zh-CN': '“{level}”应设在{expected}，所选区划“{code}”不符',
    en: 'A "{level}" committee sits at {expected}; "{code}" does not fit',
  },
  MEDIATION_NO_COMMITTEE: {
    status: 409,
    'zh-CN': '纠纷发生地“{place}”尚无可受理的人民调解委员会，请联系当地司法所',
    en: 'No mediation committee covers "{place}"; contact the local justice office',
  },
  MEDIATION_COMMITTEE_INACTIVE: {
    status: 409,
    'zh-CN': '人民调解委员会“{committee}”已停止工作，不能受理纠纷或指派调解员',
    en: 'Committee "{committee}" is inactive',
  },
  MEDIATION_NO_HIGHER_COMMITTEE: {
    status: 409,
    'zh-CN': '没有可移交的上级人民调解委员会',
    en: 'There is no higher committee to transfer the dispute to',
  },
  MEDIATION_MEDIATOR_NOT_OF_COMMITTEE: {
    status: 400,
    'zh-CN': '调解员“{mediator}”不属于受理本纠纷的人民调解委员会，或已停止工作',
    en: 'Mediator "{mediator}" is not an active member of the committee handling this dispute',
  },
  MEDIATION_MEDIATOR_USER_TAKEN: {
    status: 409,
    'zh-CN': '该系统账号已关联其他调解员',
    en: 'This account is already linked to another mediator',
  },
  MEDIATION_NOT_ASSIGNED_MEDIATOR: {
    status: 403,
    'zh-CN': '只有承办本纠纷的调解员（{mediator}）或调委会管理人员可以办理此步骤',
    en: 'Only the mediator of this dispute ({mediator}) or an administrator may take this step',
  },
  MEDIATION_REFERRAL_REQUIRED: {
    status: 400,
    'zh-CN': '人民法院、公安机关委托移送的纠纷须填写移送机关（人民调解法第十八条）',
    en: 'A referred dispute needs the referring court or police office (Art. 18)',
  },
  MEDIATION_ROUTES_REQUIRED: {
    status: 400,
    'zh-CN':
      '须告知当事人可以通过仲裁、行政、司法等途径维护权利，请至少选择一项（人民调解法第二十六条）',
    en: 'Tell the parties of at least one other route (Art. 26)',
  },
  MEDIATION_PARTY_UNKNOWN: {
    status: 400,
    'zh-CN': '所选当事人不是本纠纷的当事人',
    en: 'The party chosen is not a party to this dispute',
  },
  MEDIATION_SIGNATURES_INCOMPLETE: {
    status: 400,
    'zh-CN':
      '调解协议书须由各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章后生效（人民调解法第二十九条）；尚缺：{missing}',
    en: 'The agreement takes effect once every party, the mediator and the committee seal have signed (Art. 29); missing: {missing}',
  },
  MEDIATION_DATE_INVALID: {
    status: 400,
    'zh-CN': '{field}不能早于{earliest}，也不能晚于今天',
    en: '{field} may not be before {earliest} nor after today',
  },
  MEDIATION_CONFIRMATION_ORAL: {
    status: 409,
    'zh-CN': '口头调解协议不能申请司法确认，须先制作书面调解协议书',
    en: 'An oral agreement cannot be confirmed by a court; write the agreement first',
  },
  MEDIATION_CONFIRMATION_LATE: {
    status: 409,
    'zh-CN':
      '申请司法确认应当自调解协议生效之日（{effectiveOn}）起三十日内提出，最后一日为 {lastDay}（人民调解法第三十三条）',
    en: 'Judicial confirmation must be applied for within 30 days of {effectiveOn}, by {lastDay} (Art. 33)',
  },
  MEDIATION_RISK_POLICE_REQUIRED: {
    status: 400,
    'zh-CN': '重大风险（可能引发刑事案件）的纠纷应当及时向当地公安机关报告（人民调解法第二十五条）',
    en: 'A dispute that may lead to a crime must be reported to the police (Art. 25)',
  },
  MEDIATION_RISK_NOT_FLAGGED: {
    status: 409,
    'zh-CN': '该纠纷没有风险标记',
    en: 'This dispute has no risk flag',
  },
  MEDIATION_COURT_EXTENDED_ONCE: {
    status: 409,
    'zh-CN': '法院审查期限只能延长一次（十日，司法确认若干规定第五条）',
    en: 'The court’s period can be extended once only (10 days)',
  },
  MEDIATION_TRACKING_FAILED: {
    status: 404,
    'zh-CN': '案件编号或查询码不正确',
    en: 'Wrong case number or tracking code',
  },
});
