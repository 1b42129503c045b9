// Outcomes of a reconsideration (domain rules §1, 行政复议法 2023). Those that correct the
// respondent's act count toward the correction rate (纠错率).
import type { Localized } from '../../../platform/i18n/index.js';

export interface OutcomeDef {
  label: Localized;
  article: string;
  correction: boolean;
  /** Outcomes possible while the case is suspended (only termination, Art. 41). */
  whileSuspended?: boolean;
}

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export const OUTCOMES = {
  change: { label: l('变更', 'Change'), article: '第六十三条', correction: true },
  revoke: { label: l('撤销', 'Revoke'), article: '第六十四条', correction: true },
  partial_revoke: {
    label: l('部分撤销', 'Partly revoke'),
    article: '第六十四条',
    correction: true,
  },
  confirm_illegal: {
    label: l('确认违法', 'Confirm illegal'),
    article: '第六十五条',
    correction: true,
  },
  order_performance: {
    label: l('责令履行', 'Order performance'),
    article: '第六十六条',
    correction: true,
  },
  confirm_invalid: {
    label: l('确认无效', 'Confirm invalid'),
    article: '第六十七条',
    correction: true,
  },
  uphold: { label: l('维持', 'Uphold'), article: '第六十八条', correction: false },
  dismiss_request: {
    label: l('驳回复议请求', 'Dismiss the request'),
    article: '第六十九条',
    correction: false,
  },
  mediation: {
    label: l('调解书', 'Mediation agreement'),
    article: '第七十三条',
    correction: false,
  },
  terminate: {
    label: l('终止', 'Terminate'),
    article: '第四十一条',
    correction: false,
    whileSuspended: true,
  },
  reject_application: {
    label: l('驳回申请', 'Reject the application'),
    article: '第三十三条',
    correction: false,
  },
} satisfies Record<string, OutcomeDef>;

export type OutcomeType = keyof typeof OUTCOMES;
export const OUTCOME_TYPES = Object.keys(OUTCOMES) as [OutcomeType, ...OutcomeType[]];
export const CORRECTION_OUTCOMES = OUTCOME_TYPES.filter((t) => OUTCOMES[t].correction);

/** Outcomes a case in `state` may receive. */
export function outcomesAllowed(state: string): OutcomeType[] {
  if (state === 'UNDER_REVIEW') return OUTCOME_TYPES;
  if (state === 'SUSPENDED') return OUTCOME_TYPES.filter((t) => 'whileSuspended' in OUTCOMES[t]);
  return [];
}

/** Grounds of suspension (中止, Art. 39). */
export const SUSPENSION_GROUNDS: Record<string, string> = {
  '1': '作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议',
  '2': '作为申请人的公民丧失参加行政复议的行为能力，尚未确定法定代理人参加行政复议',
  '3': '作为申请人的公民下落不明',
  '4': '作为申请人的法人或者其他组织终止，尚未确定权利义务承受人',
  '5': '申请人、被申请人因不可抗力或者其他正当理由，不能参加行政复议',
  '6': '依照本法规定进行调解、和解，申请人和被申请人同意中止',
  '7': '行政复议案件涉及的法律适用问题需要有权机关作出解释或者确认',
  '8': '行政复议案件审理需要以其他案件的审理结果为依据，而其他案件尚未审结',
  '9': '有本法第五十六条或者第五十七条规定的情形',
  '10': '需要中止行政复议的其他情形',
};
