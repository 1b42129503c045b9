// The reconsideration case as a state machine (domain rules §1; 行政复议法 2023).
// Every outcome after acceptance goes draft -> head's approval -> service (Art. 61, 75).
import type { Localized } from '../../../platform/i18n/index.js';
import { defineCaseType, type TransitionDef } from '../../../platform/workflow/machine.js';
import { ReconsiderationPermissions as P } from './permissions.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });
const LAW = '行政复议法';

export const STATES = {
  RECEIVED: { label: l('待审查', 'Acceptance review') },
  AWAITING_CORRECTION: { label: l('待补正', 'Awaiting correction') },
  NOT_ACCEPTED: { label: l('不予受理', 'Not accepted'), terminal: true },
  DEEMED_ABANDONED: { label: l('视为放弃', 'Deemed abandoned'), terminal: true },
  UNDER_REVIEW: { label: l('审理中', 'Under review') },
  SUSPENDED: { label: l('中止', 'Suspended') },
  AWAITING_APPROVAL: { label: l('决定待审批', 'Decision awaiting approval') },
  DECIDED: { label: l('已决定待送达', 'Decided, to be served') },
  CLOSED: { label: l('已送达结案', 'Served and closed'), terminal: true },
} as const;
export type CaseState = keyof typeof STATES;

export const DEADLINES = {
  acceptance: {
    label: l('受理审查', 'Acceptance review'),
    period: { amount: 5, unit: 'workday' as const },
    basis: { law: LAW, article: '第三十条' },
    startLabel: l('收到申请之日', 'receipt'),
  },
  correctionReply: {
    label: l('补正材料', 'Correction reply'),
    period: { amount: 10, unit: 'workday' as const },
    basis: { law: LAW, article: '第三十一条' },
    startLabel: l('收到补正通知之日', 'the correction notice'),
  },
  copyToRespondent: {
    label: l('发送申请书副本', 'Copy to respondent'),
    period: { amount: 7, unit: 'workday' as const },
    basis: { law: LAW, article: '第四十八条' },
    startLabel: l('受理之日', 'acceptance'),
  },
  respondentAnswer: {
    label: l('被申请人答复', "Respondent's answer"),
    period: { amount: 10, unit: 'workday' as const },
    basis: { law: LAW, article: '第四十八条' },
    startLabel: l('收到申请书副本之日', 'receipt of the copy'),
  },
  decision: {
    label: l('作出复议决定', 'Decision'),
    period: { amount: 60, unit: 'day' as const },
    basis: { law: LAW, article: '第六十二条' },
    startLabel: l('受理之日', 'acceptance'),
  },
};
export type DeadlineKey = keyof typeof DEADLINES;

/** Periods that differ in the simplified procedure (Art. 54, 62). */
export const SIMPLIFIED_PERIODS = {
  copyToRespondent: { amount: 3, unit: 'workday' as const },
  respondentAnswer: { amount: 5, unit: 'workday' as const },
  decision: { amount: 30, unit: 'day' as const },
};

const ACTIVE = ['UNDER_REVIEW'] as const;

const transitions: TransitionDef[] = [
  {
    action: 'accept',
    label: l('受理', 'Accept'),
    from: ['RECEIVED'],
    to: 'UNDER_REVIEW',
    permission: P.accept,
    clock: { meet: ['acceptance'], start: ['copyToRespondent', 'decision'] },
  },
  {
    action: 'deem_accepted',
    label: l('视为受理', 'Deemed accepted'),
    from: ['RECEIVED'],
    to: 'UNDER_REVIEW',
    permission: null,
    clock: { meet: ['acceptance'], start: ['copyToRespondent', 'decision'] },
  },
  {
    action: 'reject',
    label: l('不予受理', 'Reject'),
    from: ['RECEIVED'],
    to: 'NOT_ACCEPTED',
    permission: P.accept,
    clock: { meet: ['acceptance'] },
  },
  {
    action: 'request_correction',
    label: l('通知补正', 'Request correction'),
    from: ['RECEIVED'],
    to: 'AWAITING_CORRECTION',
    permission: P.accept,
    clock: { suspend: '补正', start: ['correctionReply'] },
  },
  {
    action: 'supply_correction',
    label: l('补正材料', 'Supply materials'),
    from: ['AWAITING_CORRECTION'],
    to: 'RECEIVED',
    permission: P.register,
    clock: { resume: true, meet: ['correctionReply'] },
  },
  // The applicant's own upload on the tracking page, checked by the tracking code.
  {
    action: 'supply_correction',
    label: l('补正材料', 'Supply materials'),
    from: ['AWAITING_CORRECTION'],
    to: 'RECEIVED',
    permission: null,
    clock: { resume: true, meet: ['correctionReply'] },
  },
  {
    action: 'deem_abandoned',
    label: l('视为放弃申请', 'Deemed abandoned'),
    from: ['AWAITING_CORRECTION'],
    to: 'DEEMED_ABANDONED',
    permission: null,
    clock: { meet: ['correctionReply'] },
  },
  {
    action: 'send_copy',
    label: l('发送申请书副本', 'Send copy to respondent'),
    from: [...ACTIVE],
    to: 'UNDER_REVIEW',
    permission: P.handle,
    clock: { meet: ['copyToRespondent'], start: ['respondentAnswer'] },
  },
  {
    action: 'record_answer',
    label: l('登记被申请人答复', "Record the respondent's answer"),
    from: [...ACTIVE],
    to: 'UNDER_REVIEW',
    permission: P.handle,
    clock: { meet: ['respondentAnswer'] },
  },
  {
    action: 'schedule_hearing',
    label: l('安排听证', 'Schedule a hearing'),
    from: [...ACTIVE],
    to: 'UNDER_REVIEW',
    permission: P.handle,
  },
  {
    action: 'record_hearing',
    label: l('登记听证笔录', 'Record the hearing'),
    from: [...ACTIVE],
    to: 'UNDER_REVIEW',
    permission: P.handle,
  },
  {
    action: 'switch_to_ordinary',
    label: l('转为普通程序', 'Switch to ordinary procedure'),
    from: [...ACTIVE],
    to: 'UNDER_REVIEW',
    permission: P.approve,
  },
  {
    action: 'extend',
    label: l('延长审理期限', 'Extend the period'),
    from: [...ACTIVE],
    to: 'UNDER_REVIEW',
    permission: P.approve,
  },
  {
    action: 'suspend',
    label: l('中止审理', 'Suspend'),
    from: [...ACTIVE],
    to: 'SUSPENDED',
    permission: P.handle,
    clock: { suspend: '中止' },
  },
  {
    action: 'resume',
    label: l('恢复审理', 'Resume'),
    from: ['SUSPENDED'],
    to: 'UNDER_REVIEW',
    permission: P.handle,
    clock: { resume: true },
  },
  {
    action: 'draft_decision',
    label: l('提请审批决定', 'Submit a decision'),
    from: ['UNDER_REVIEW', 'SUSPENDED'],
    to: 'AWAITING_APPROVAL',
    permission: P.handle,
  },
  {
    action: 'return_draft',
    label: l('退回修改', 'Return the draft'),
    from: ['AWAITING_APPROVAL'],
    to: 'UNDER_REVIEW',
    permission: P.approve,
  },
  {
    action: 'approve_decision',
    label: l('批准决定', 'Approve the decision'),
    from: ['AWAITING_APPROVAL'],
    to: 'DECIDED',
    permission: P.approve,
    clock: { meet: ['decision'] },
  },
  {
    action: 'serve',
    label: l('登记送达', 'Record service'),
    from: ['DECIDED'],
    to: 'CLOSED',
    permission: P.handle,
  },
  // Assigning a handler changes no state: one self-loop per state where it is allowed.
  ...(['RECEIVED', 'UNDER_REVIEW', 'SUSPENDED'] as const).map((state) => ({
    action: 'assign',
    label: l('分配承办人', 'Assign a handler'),
    from: [state],
    to: state,
    permission: P.accept,
  })),
];

export const reconsiderationCase = defineCaseType({
  name: 'reconsideration',
  label: l('行政复议案件', 'Reconsideration case'),
  initial: 'RECEIVED',
  states: STATES,
  deadlines: DEADLINES,
  transitions,
});
