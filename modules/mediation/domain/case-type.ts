// The mediation of a dispute as a state machine (domain rules §3; 人民调解法 2011).
// APPLIED | INITIATED | REFERRED (Art. 17–18) → REFUSED_BY_PARTY (Art. 17) | TRANSFERRED (up) →
// MEDIATOR_ASSIGNED (Art. 19) → IN_MEDIATION (sessions, Art. 21–22) → AGREEMENT_DRAFTED →
// AGREEMENT_WRITTEN (signed and sealed, Art. 29) | AGREEMENT_ORAL (Art. 30) | TERMINATED (Art. 23,
// 26) → MONITORED (回访, Art. 31) → PERFORMED | LITIGATED (Art. 32) | CONFIRMATION_APPLIED (Art. 33)
// → CONFIRMATION_ACCEPTED → CONFIRMED | NOT_CONFIRMED (民事诉讼法 Art. 205–206).
import type { Localized } from '../../../platform/i18n/index.js';
import { defineCaseType, type TransitionDef } from '../../../platform/workflow/machine.js';
import { MediationPermissions as P } from './permissions.js';
import { MEDIATION_PERIODS } from './time-limits.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export const STATES = {
  APPLIED: { label: l('当事人申请，待指派', 'Applied, awaiting a mediator') },
  INITIATED: { label: l('主动调解，待指派', 'Started by the committee') },
  REFERRED: { label: l('委托移送，待指派', 'Referred, awaiting a mediator') },
  TRANSFERRED: { label: l('已移交上级调委会，待指派', 'Transferred up') },
  REFUSED_BY_PARTY: { label: l('当事人拒绝调解', 'Refused by a party'), terminal: true },
  MEDIATOR_ASSIGNED: { label: l('已指派调解员', 'Mediator assigned') },
  IN_MEDIATION: { label: l('调解中', 'In mediation') },
  AGREEMENT_DRAFTED: { label: l('协议待签署', 'Agreement awaiting signatures') },
  AGREEMENT_WRITTEN: { label: l('书面协议已生效', 'Written agreement in effect') },
  AGREEMENT_ORAL: { label: l('口头协议已达成', 'Oral agreement reached') },
  TERMINATED: { label: l('调解终止', 'Mediation ended'), terminal: true },
  MONITORED: { label: l('履行回访中', 'Performance followed up') },
  CONFIRMATION_APPLIED: { label: l('已申请司法确认', 'Judicial confirmation applied for') },
  CONFIRMATION_ACCEPTED: { label: l('法院已受理司法确认', 'Confirmation accepted by the court') },
  CONFIRMED: { label: l('司法确认有效', 'Confirmed by the court') },
  NOT_CONFIRMED: { label: l('司法确认未获支持', 'Not confirmed by the court') },
  PERFORMED: { label: l('已履行', 'Performed'), terminal: true },
  LITIGATED: { label: l('已起诉', 'Taken to court'), terminal: true },
  ENFORCEMENT: { label: l('已申请强制执行', 'Enforcement applied for'), terminal: true },
} as const;
export type CaseState = keyof typeof STATES;

const basis = (article: string, law = '人民调解法') => ({ law, article });

export const DEADLINES = {
  settle: {
    label: l('调结（一般在一个月内）', 'Settle (normally within a month)'),
    period: MEDIATION_PERIODS.settle,
    basis: basis('第三十三条', '人民调解工作若干规定'),
    startLabel: l('登记受理之日', 'registration'),
  },
  followUp: {
    label: l('履行回访', 'Follow-up of performance'),
    period: MEDIATION_PERIODS.followUp,
    basis: basis('第三十一条'),
    startLabel: l('调解协议生效之日', 'the agreement taking effect'),
  },
  confirmation: {
    label: l('申请司法确认期间', 'Applying for judicial confirmation'),
    period: MEDIATION_PERIODS.confirmation,
    basis: basis('第三十三条'),
    startLabel: l('调解协议生效之日', 'the agreement taking effect'),
  },
  courtAcceptance: {
    label: l('法院决定是否受理', 'The court decides on acceptance'),
    period: MEDIATION_PERIODS.courtAcceptance,
    basis: basis('第四条', '最高人民法院关于人民调解协议司法确认程序的若干规定'),
    startLabel: l('申请司法确认之日', 'the application'),
  },
  courtDecision: {
    label: l('法院作出是否确认的决定', 'The court decides on confirmation'),
    period: MEDIATION_PERIODS.courtDecision,
    basis: basis('第五条', '最高人民法院关于人民调解协议司法确认程序的若干规定'),
    startLabel: l('法院受理之日', 'acceptance by the court'),
  },
};

export const WAITING_STATES = ['APPLIED', 'INITIATED', 'REFERRED', 'TRANSFERRED'] as const;
const MEDIATING = ['MEDIATOR_ASSIGNED', 'IN_MEDIATION'] as const;
const AGREED = ['AGREEMENT_WRITTEN', 'AGREEMENT_ORAL', 'MONITORED'] as const;
const COURT = ['CONFIRMATION_APPLIED', 'CONFIRMATION_ACCEPTED', 'CONFIRMED'] as const;
const ALL_RUNNING = ['settle', 'followUp', 'confirmation', 'courtAcceptance', 'courtDecision'];

export const TERMINAL_STATES = Object.entries(STATES)
  .filter(([, s]) => 'terminal' in s && s.terminal)
  .map(([k]) => k);
const OPEN_STATES = (Object.keys(STATES) as CaseState[]).filter(
  (s) => !TERMINAL_STATES.includes(s),
);

type Def = TransitionDef;
const step = (
  action: string,
  zh: string,
  en: string,
  from: readonly string[],
  to: string,
  permission: string,
  clock?: Def['clock'],
): Def => ({ action, label: l(zh, en), from, to, permission, ...(clock ? { clock } : {}) });

/** A step that leaves the state as it is, allowed in each of `states`. */
const selfLoops = (
  action: string,
  zh: string,
  en: string,
  states: readonly string[],
  perm: string,
) => states.map((s) => step(action, zh, en, [s], s, perm));

const transitions: Def[] = [
  step('assign', '指派调解员', 'Assign a mediator', WAITING_STATES, 'MEDIATOR_ASSIGNED', P.assign),
  ...selfLoops('assign', '更换调解员', 'Change the mediator', MEDIATING, P.assign),
  step(
    'transfer',
    '移交上级调委会',
    'Transfer up',
    [...WAITING_STATES, ...MEDIATING],
    'TRANSFERRED',
    P.assign,
  ),
  step(
    'refuse',
    '当事人拒绝调解',
    'A party refuses',
    [...WAITING_STATES, 'MEDIATOR_ASSIGNED'],
    'REFUSED_BY_PARTY',
    P.handle,
    { meet: ['settle'] },
  ),
  step('record_session', '登记调解记录', 'Record a session', MEDIATING, 'IN_MEDIATION', P.handle),
  step('terminate', '终止调解', 'End the mediation', MEDIATING, 'TERMINATED', P.handle, {
    meet: ['settle'],
  }),
  step(
    'draft_agreement',
    '制作书面调解协议',
    'Write the agreement',
    ['IN_MEDIATION'],
    'AGREEMENT_DRAFTED',
    P.handle,
  ),
  step(
    'revise_agreement',
    '退回修改协议',
    'Back to mediation',
    ['AGREEMENT_DRAFTED'],
    'IN_MEDIATION',
    P.handle,
  ),
  step(
    'sign_agreement',
    '登记签名盖章（协议生效）',
    'Record signatures (in effect)',
    ['AGREEMENT_DRAFTED'],
    'AGREEMENT_WRITTEN',
    P.handle,
    { meet: ['settle'], start: ['confirmation', 'followUp'] },
  ),
  step(
    'terminate',
    '终止调解',
    'End the mediation',
    ['AGREEMENT_DRAFTED'],
    'TERMINATED',
    P.handle,
    { meet: ['settle'] },
  ),
  step(
    'agree_oral',
    '登记口头协议',
    'Record an oral agreement',
    ['IN_MEDIATION'],
    'AGREEMENT_ORAL',
    P.handle,
    { meet: ['settle'], start: ['followUp'] },
  ),
  step('follow_up', '履行回访', 'Follow up', AGREED, 'MONITORED', P.handle, { meet: ['followUp'] }),
  ...selfLoops('follow_up', '履行回访', 'Follow up', COURT, P.handle),
  step(
    'apply_confirmation',
    '登记申请司法确认',
    'Record the application to the court',
    ['AGREEMENT_WRITTEN', 'MONITORED'],
    'CONFIRMATION_APPLIED',
    P.handle,
    { meet: ['confirmation'], start: ['courtAcceptance'] },
  ),
  step(
    'court_accept',
    '登记法院受理',
    'Court accepted',
    ['CONFIRMATION_APPLIED'],
    'CONFIRMATION_ACCEPTED',
    P.handle,
    { meet: ['courtAcceptance'], start: ['courtDecision'] },
  ),
  step(
    'court_decline',
    '登记法院不予受理',
    'Court declined',
    ['CONFIRMATION_APPLIED'],
    'NOT_CONFIRMED',
    P.handle,
    { meet: ['courtAcceptance'] },
  ),
  ...selfLoops(
    'court_extend',
    '登记法院延长审查期限',
    'Court extended its period',
    ['CONFIRMATION_ACCEPTED'],
    P.handle,
  ),
  step(
    'court_confirm',
    '登记裁定确认有效',
    'Court confirmed',
    ['CONFIRMATION_ACCEPTED'],
    'CONFIRMED',
    P.handle,
    { meet: ['courtDecision'] },
  ),
  step(
    'court_reject',
    '登记裁定驳回申请',
    'Court did not confirm',
    ['CONFIRMATION_ACCEPTED'],
    'NOT_CONFIRMED',
    P.handle,
    { meet: ['courtDecision'] },
  ),
  step(
    'resume_mediation',
    '重新调解（变更或达成新协议）',
    'Mediate again',
    ['NOT_CONFIRMED'],
    'IN_MEDIATION',
    P.handle,
  ),
  step(
    'record_performed',
    '登记履行完毕',
    'Performed',
    [...AGREED, 'CONFIRMED'],
    'PERFORMED',
    P.handle,
    { meet: ALL_RUNNING },
  ),
  step(
    'record_litigation',
    '登记当事人起诉',
    'A party sued',
    [...AGREED, 'NOT_CONFIRMED'],
    'LITIGATED',
    P.handle,
    { meet: ALL_RUNNING },
  ),
  step(
    'record_enforcement',
    '登记申请强制执行',
    'Enforcement applied for',
    ['CONFIRMED'],
    'ENFORCEMENT',
    P.handle,
    { meet: ALL_RUNNING },
  ),
  ...selfLoops(
    'flag_risk',
    '标记民转刑风险并上报',
    'Flag an escalation risk',
    OPEN_STATES,
    P.handle,
  ),
  ...selfLoops('clear_risk', '解除风险标记', 'Clear the risk flag', OPEN_STATES, P.handle),
];

export const mediationCase = defineCaseType({
  name: 'mediation',
  label: l('人民调解案件', 'Mediation case'),
  initial: 'APPLIED',
  states: STATES,
  deadlines: DEADLINES,
  transitions,
});

/** The state a new dispute starts in, by how it came. */
export const INITIAL_STATE = {
  application: 'APPLIED',
  initiated: 'INITIATED',
  court: 'REFERRED',
  police: 'REFERRED',
} as const;
