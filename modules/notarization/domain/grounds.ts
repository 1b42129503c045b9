// The grounds a notary must pick from: refusal (公证法 Art. 31) [V], termination (终止公证,
// 公证程序规则 [U]) and the outcomes of re-examination (复查, Art. 39; 规则 Art. 63 [S]).

/** 公证法第三十一条 (1)–(9). */
export const REFUSAL_GROUNDS = {
  '1': '无民事行为能力人或者限制民事行为能力人没有监护人代理申请办理公证的',
  '2': '当事人与申请公证的事项没有利害关系的',
  '3': '申请公证的事项属专业技术鉴定、评估事项的',
  '4': '当事人之间对申请公证的事项有争议的',
  '5': '当事人虚构、隐瞒事实，或者提供虚假证明材料的',
  '6': '当事人提供的证明材料不充分或者拒绝补充证明材料的',
  '7': '申请公证的事项不真实、不合法的',
  '8': '申请公证的事项违背社会公德的',
  '9': '当事人拒绝按照规定支付公证费的',
} as const;
export type RefusalGround = keyof typeof REFUSAL_GROUNDS;
export const REFUSAL_GROUND_CODES = Object.keys(REFUSAL_GROUNDS) as [
  RefusalGround,
  ...RefusalGround[],
];

/** 终止公证 [U]: check against 公证程序规则 before relying on the wording. */
export const TERMINATION_GROUNDS = {
  withdrawn: '当事人撤回公证申请的',
  death_or_dissolution: '当事人死亡或者终止，申请公证的事项失去意义或者不可能办理的',
  obstruction: '当事人阻挠、妨碍公证机构及承办公证员按规定程序、期限办理公证的',
  not_finishable: '因当事人的原因致使公证事项在六个月内不能办结的',
} as const;
export type TerminationGround = keyof typeof TERMINATION_GROUNDS;
export const TERMINATION_GROUND_CODES = Object.keys(TERMINATION_GROUNDS) as [
  TerminationGround,
  ...TerminationGround[],
];

/** 复查 outcomes and the transition each one takes. */
export const RE_EXAMINATION_OUTCOMES = {
  maintain: { label: '维持', action: 'maintain', ledger: null },
  correct: { label: '更正', action: 'correct', ledger: 'correction' },
  supplement: { label: '补正公证书', action: 'supplement_certificate', ledger: 'correction' },
  revoke: { label: '撤销公证书', action: 'revoke', ledger: 'revocation' },
} as const;
export type ReExaminationOutcome = keyof typeof RE_EXAMINATION_OUTCOMES;
export const RE_EXAMINATION_OUTCOME_CODES = Object.keys(RE_EXAMINATION_OUTCOMES) as [
  ReExaminationOutcome,
  ...ReExaminationOutcome[],
];

/** Why a certificate is revoked (公证程序规则 Art. 63 (3), (5) [S]): what the public notice says. */
export const REVOCATION_GROUNDS = {
  untrue_or_unlawful: '公证书的基本内容违法或者与事实不符',
  procedure: '办理过程中严重违反公证程序，或者缺漏的程序和手续无法补办',
} as const;
export type RevocationGround = keyof typeof REVOCATION_GROUNDS;
export const REVOCATION_GROUND_CODES = Object.keys(REVOCATION_GROUNDS) as [
  RevocationGround,
  ...RevocationGround[],
];
