// The notarization case as a state machine (domain rules §4; 公证法 2017).
// APPLIED → ACCEPTED (Art. 27 told-record) → REVIEW (Art. 28) ⇄ VERIFYING (Art. 29) ⇄
// AWAITING_SUPPLEMENT (clock stopped) → approval → ISSUED (Art. 32) | REFUSED (Art. 31) |
// TERMINATED; ISSUED → RE_EXAMINATION (复查, Art. 39) → MAINTAINED | CORRECTED | SUPPLEMENTED | REVOKED.
import type { Localized } from '../../../platform/i18n/index.js';
import { defineCaseType, type TransitionDef } from '../../../platform/workflow/machine.js';
import { NotarizationPermissions as P } from './permissions.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export const STATES = {
  APPLIED: { label: l('待受理', 'Applied') },
  NOT_ACCEPTED: { label: l('不予受理', 'Not accepted'), terminal: true },
  ACCEPTED: { label: l('已受理', 'Accepted') },
  REVIEW: { label: l('审查中', 'Under review') },
  VERIFYING: { label: l('核实中', 'Verifying') },
  AWAITING_SUPPLEMENT: { label: l('待补充材料', 'Awaiting materials') },
  AWAITING_APPROVAL: { label: l('出证待审批', 'Issue awaiting approval') },
  ISSUED: { label: l('已出证', 'Issued') },
  REFUSED: { label: l('不予办理', 'Refused'), terminal: true },
  TERMINATED: { label: l('终止公证', 'Terminated'), terminal: true },
  RE_EXAMINATION: { label: l('复查中', 'Under re-examination') },
  MAINTAINED: { label: l('复查维持', 'Maintained') },
  CORRECTED: { label: l('已更正', 'Corrected') },
  SUPPLEMENTED: { label: l('已补正', 'Supplemented') },
  REVOKED: { label: l('已撤销', 'Revoked'), terminal: true },
} as const;
export type CaseState = keyof typeof STATES;

export const DEADLINES = {
  issue: {
    label: l('出具公证书', 'Issue the certificate'),
    period: { amount: 15, unit: 'workday' as const },
    basis: { law: '公证法', article: '第三十条' },
    startLabel: l('受理之日', 'acceptance'),
  },
  reExamination: {
    label: l('复查决定', 'Re-examination decision'),
    period: { amount: 30, unit: 'day' as const },
    basis: { law: '公证程序规则', article: '第六十三条' },
    startLabel: l('受理复查申请之日', 'the re-examination request'),
  },
};
export type DeadlineKey = keyof typeof DEADLINES;

export const OPEN_STATES = ['ACCEPTED', 'REVIEW', 'VERIFYING', 'AWAITING_SUPPLEMENT'] as const;
const AFTER_ISSUE = ['ISSUED', 'MAINTAINED', 'CORRECTED', 'SUPPLEMENTED'] as const;

const transitions: TransitionDef[] = [
  {
    action: 'accept',
    label: l('受理', 'Accept'),
    from: ['APPLIED'],
    to: 'ACCEPTED',
    permission: P.accept,
    clock: { start: ['issue'] },
  },
  {
    action: 'not_accept',
    label: l('不予受理', 'Not accept'),
    from: ['APPLIED'],
    to: 'NOT_ACCEPTED',
    permission: P.accept,
  },
  {
    action: 'start_review',
    label: l('开始审查', 'Start the review'),
    from: ['ACCEPTED'],
    to: 'REVIEW',
    permission: P.handle,
  },
  {
    action: 'start_verification',
    label: l('核实', 'Verify'),
    from: ['REVIEW'],
    to: 'VERIFYING',
    permission: P.handle,
    clock: { suspend: '核实' },
  },
  {
    action: 'finish_verification',
    label: l('核实完毕', 'Verification done'),
    from: ['VERIFYING'],
    to: 'REVIEW',
    permission: P.handle,
    clock: { resume: true },
  },
  {
    action: 'request_supplement',
    label: l('通知补充材料', 'Request materials'),
    from: ['REVIEW', 'VERIFYING'],
    to: 'AWAITING_SUPPLEMENT',
    permission: P.handle,
    clock: { suspend: '补充材料' },
  },
  {
    action: 'supply',
    label: l('登记补充材料', 'Record the materials'),
    from: ['AWAITING_SUPPLEMENT'],
    to: 'REVIEW',
    permission: P.register,
    clock: { resume: true },
  },
  {
    action: 'propose_issue',
    label: l('拟出具公证书，提请审批', 'Propose to issue'),
    from: ['REVIEW'],
    to: 'AWAITING_APPROVAL',
    permission: P.handle,
  },
  {
    action: 'return_proposal',
    label: l('退回审查', 'Return to review'),
    from: ['AWAITING_APPROVAL'],
    to: 'REVIEW',
    permission: P.approve,
  },
  {
    action: 'approve_issue',
    label: l('批准出具公证书', 'Approve and issue'),
    from: ['AWAITING_APPROVAL'],
    to: 'ISSUED',
    permission: P.approve,
    clock: { meet: ['issue'] },
  },
  {
    action: 'refuse',
    label: l('不予办理公证', 'Refuse'),
    from: ['REVIEW', 'VERIFYING', 'AWAITING_SUPPLEMENT', 'AWAITING_APPROVAL'],
    to: 'REFUSED',
    permission: P.handle,
    clock: { meet: ['issue'] },
  },
  {
    action: 'terminate',
    label: l('终止公证', 'Terminate'),
    from: [...OPEN_STATES],
    to: 'TERMINATED',
    permission: P.handle,
    clock: { meet: ['issue'] },
  },
  {
    action: 'start_re_examination',
    label: l('受理复查申请', 'Open a re-examination'),
    from: [...AFTER_ISSUE],
    to: 'RE_EXAMINATION',
    permission: P.assign,
    clock: { start: ['reExamination'] },
  },
  ...(
    [
      ['maintain', '复查维持', 'Maintain', 'MAINTAINED'],
      ['correct', '复查更正', 'Correct', 'CORRECTED'],
      ['supplement_certificate', '复查补正公证书', 'Supplement the certificate', 'SUPPLEMENTED'],
      ['revoke', '撤销公证书', 'Revoke', 'REVOKED'],
    ] as const
  ).map(([action, zh, en, to]) => ({
    action,
    label: l(zh, en),
    from: ['RE_EXAMINATION'],
    to,
    permission: P.handle,
    clock: { meet: ['reExamination'] },
  })),
  // Assigning the notary changes no state: one self-loop per state where it is allowed.
  ...(['APPLIED', ...OPEN_STATES] as const).map((state) => ({
    action: 'assign',
    label: l('指派公证员', 'Assign a notary'),
    from: [state],
    to: state,
    permission: P.assign,
  })),
];

export const notarizationCase = defineCaseType({
  name: 'notarization',
  label: l('公证案件', 'Notarization case'),
  initial: 'APPLIED',
  states: STATES,
  deadlines: DEADLINES,
  transitions,
});

export const TERMINAL_STATES = Object.entries(STATES)
  .filter(([, s]) => 'terminal' in s && s.terminal)
  .map(([k]) => k);
