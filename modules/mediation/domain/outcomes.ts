// The closed lists a mediation records: the other routes the parties are told of when mediation
// is refused or fails (人民调解法 Art. 26), the grounds of termination, how a party signs an
// agreement (Art. 29), follow-up results (Art. 31) and the levels of escalation risk (Art. 25).
import type { Localized } from '../../../platform/i18n/index.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** Art. 26: 告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利. */
export const OTHER_ROUTES = {
  arbitration: l('申请仲裁（如劳动争议仲裁、商事仲裁）', 'Arbitration'),
  administrative: l('请求有关行政机关处理', 'An administrative authority'),
  litigation: l('向人民法院提起诉讼', 'A lawsuit in a people’s court'),
} as const;
export type OtherRoute = keyof typeof OTHER_ROUTES;
export const OTHER_ROUTE_CODES = Object.keys(OTHER_ROUTES) as [OtherRoute, ...OtherRoute[]];

export const TERMINATION_GROUNDS = {
  /** Art. 26: 调解不成的，应当终止调解. */
  failed: l('调解不成（人民调解法第二十六条）', 'No agreement reached (Art. 26)'),
  /** Art. 23: 当事人…有权要求终止调解. */
  party_request: l('当事人要求终止调解（人民调解法第二十三条）', 'A party ended it (Art. 23)'),
} as const;
export type TerminationGround = keyof typeof TERMINATION_GROUNDS;
export const TERMINATION_GROUND_CODES = Object.keys(TERMINATION_GROUNDS) as [
  TerminationGround,
  ...TerminationGround[],
];

export const SIGNATURE_MANNERS = {
  signature: l('签名', 'Signature'),
  seal: l('盖章', 'Seal'),
  fingerprint: l('按指印', 'Fingerprint'),
} as const;
export type SignatureManner = keyof typeof SIGNATURE_MANNERS;
export const SIGNATURE_MANNER_CODES = Object.keys(SIGNATURE_MANNERS) as [
  SignatureManner,
  ...SignatureManner[],
];

export const FOLLOW_UP_METHODS = {
  phone: l('电话回访', 'Phone call'),
  visit: l('上门回访', 'Visit'),
  other: l('其他方式', 'Other'),
} as const;
export const FOLLOW_UP_METHOD_CODES = Object.keys(FOLLOW_UP_METHODS) as [
  keyof typeof FOLLOW_UP_METHODS,
  ...(keyof typeof FOLLOW_UP_METHODS)[],
];

export const PERFORMANCE = {
  full: l('已全部履行', 'Fully performed'),
  partial: l('部分履行', 'Partly performed'),
  none: l('尚未履行', 'Not performed'),
} as const;
export const PERFORMANCE_CODES = Object.keys(PERFORMANCE) as [
  keyof typeof PERFORMANCE,
  ...(keyof typeof PERFORMANCE)[],
];

/** 民转刑 risk: the level decides who is told (Art. 25: the police for a possible crime). */
export const RISK_LEVELS = {
  general: l('一般风险', 'General'),
  serious: l('较大风险', 'Serious'),
  major: l('重大风险（可能引发刑事案件）', 'Major (a crime may follow)'),
} as const;
export type RiskLevel = keyof typeof RISK_LEVELS;
export const RISK_LEVEL_CODES = Object.keys(RISK_LEVELS) as [RiskLevel, ...RiskLevel[]];

export const CHANNELS = {
  application: l('当事人申请', 'Applied by a party'),
  initiated: l('调委会主动调解', 'Started by the committee'),
  court: l('人民法院委托移送', 'Referred by a court'),
  police: l('公安机关委托移送', 'Referred by the police'),
} as const;
export type Channel = keyof typeof CHANNELS;
export const CHANNEL_CODES = Object.keys(CHANNELS) as [Channel, ...Channel[]];

export const PARTY_ROLES = {
  applicant: l('申请人', 'Applicant'),
  respondent: l('被申请人', 'Respondent'),
} as const;
export type PartyRole = keyof typeof PARTY_ROLES;

/** The sentence telling parties of the other routes, for notices and SMS. */
export function routesSentence(routes: readonly OtherRoute[]): string {
  return `可以依法通过以下途径维护自己的权利：${routes.map((r) => OTHER_ROUTES[r]['zh-CN']).join('；')}（人民调解法第二十六条）。`;
}
