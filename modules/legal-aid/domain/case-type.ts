// The legal-aid case as a state machine (domain rules §2; 法律援助法 2021).
// APPLIED ⇄ INCOMPLETE (一次性告知补充, Art. 43(2)) → DEEMED_WITHDRAWN; APPLIED ─7日→ GRANTED
// (or 先行提供, Art. 44) | REFUSED (Art. 43); GRANTED | NOTIFIED (公检法 notice, Art. 36) ─3日→
// ASSIGNED → IN_SERVICE → CLOSED (Art. 50) → SUBSIDY_PAID (Art. 52); ASSIGNED | IN_SERVICE →
// TERMINATED (Art. 48); REFUSED | TERMINATED → OBJECTION ─5日→ maintained | corrected (Art. 49);
// ASSIGNED | IN_SERVICE → ASSIGNED to another (Art. 55).
// Units of the periods and whether 补充 stops the decision clock come from the settings.
import type { Localized } from '../../../platform/i18n/index.js';
import { AppError } from '../../../platform/errors/index.js';
import {
  type CaseTypeDef,
  defineCaseType,
  type TransitionDef,
} from '../../../platform/workflow/machine.js';
import {
  effectivelyEligible,
  type EligibilityOverride,
  type EligibilityResult,
} from './eligibility.js';
import { failedCriteria } from './eligibility.js';
import { LegalAidPermissions as P } from './permissions.js';
import { LEGAL_AID_SETTINGS, type LegalAidSettings } from './settings.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export const STATES = {
  APPLIED: { label: l('待审查', 'Under review') },
  INCOMPLETE: { label: l('待补充材料', 'Awaiting material') },
  DEEMED_WITHDRAWN: { label: l('视为撤回申请', 'Deemed withdrawn'), terminal: true },
  GRANTED: { label: l('决定给予法律援助', 'Granted') },
  REFUSED: { label: l('决定不予法律援助', 'Refused') },
  NOTIFIED: { label: l('收到通知待指派', 'Notified, to assign') },
  ASSIGNED: { label: l('已指派', 'Assigned') },
  IN_SERVICE: { label: l('承办中', 'In service') },
  CLOSED: { label: l('已结案', 'Closed') },
  SUBSIDY_PAID: { label: l('已发放补贴', 'Subsidy paid'), terminal: true },
  TERMINATED: { label: l('终止法律援助', 'Terminated') },
  OBJECTION: { label: l('异议审查中', 'Objection under review') },
  DECISION_MAINTAINED: {
    label: l('异议不成立，维持原决定', 'Decision maintained'),
    terminal: true,
  },
} as const;
export type CaseState = keyof typeof STATES;

/** States in which the matter is over for the person (the person file's "closed"). */
export const CLOSED_STATES: readonly string[] = [
  'DEEMED_WITHDRAWN',
  'REFUSED',
  'CLOSED',
  'SUBSIDY_PAID',
  'TERMINATED',
  'DECISION_MAINTAINED',
];
export const OPEN_STATES = Object.keys(STATES).filter((s) => !CLOSED_STATES.includes(s));

export function deadlineDefs(settings: LegalAidSettings) {
  const p = settings.periods;
  return {
    decide: {
      label: l('作出是否给予法律援助的决定', 'Decide on the application'),
      period: p.decide,
      basis: { law: '法律援助法', article: '第四十三条' },
      startLabel: l('收到申请之日', 'receipt of the application'),
    },
    supplement: {
      label: l('申请人补充材料', 'Applicant supplies the material'),
      period: p.supplement,
      basis: { law: '法律援助法', article: '第四十三条第二款（期限为本中心设定[U]）' },
      startLabel: l('一次性告知之日', 'the notice of missing material'),
    },
    assign: {
      label: l('指派法律援助人员', 'Assign a legal-aid provider'),
      period: p.assign,
      basis: { law: '法律援助法', article: '第四十三条' },
      startLabel: l('决定给予法律援助之日', 'the decision to grant'),
    },
    noticeAssign: {
      label: l('收到通知后指派律师', 'Assign a lawyer after the notice'),
      period: p.noticeAssign,
      basis: { law: '法律援助法', article: '第三十六条' },
      startLabel: l('收到通知之日', 'receipt of the notice'),
    },
    objection: {
      label: l('审查异议并作出决定', 'Decide on the objection'),
      period: p.objection,
      basis: { law: '法律援助法', article: '第四十九条' },
      startLabel: l('收到异议之日', 'receipt of the objection'),
    },
  };
}
export type DeadlineKey = keyof ReturnType<typeof deadlineDefs>;

/** What the guards read of a case. */
export interface CaseFacts {
  eligibility: EligibilityResult | null;
  eligibilityOverride: EligibilityOverride | null;
  objectionAgainst: string | null;
}

function eligibleGuard(c: CaseFacts): AppError | null {
  if (effectivelyEligible(c.eligibility, c.eligibilityOverride)) return null;
  return new AppError('LEGAL_AID_NOT_ELIGIBLE', {
    criteria: c.eligibility ? failedCriteria(c.eligibility) || '审查未通过' : '尚未审查',
  });
}

const objectionAgainst =
  (against: 'refusal' | 'termination') =>
  (c: CaseFacts): AppError | null =>
    c.objectionAgainst === against
      ? null
      : new AppError('WORKFLOW_TRANSITION_NOT_ALLOWED', {
          state: STATES.OBJECTION.label['zh-CN'],
          action: against === 'refusal' ? '责令给予法律援助' : '责令恢复法律援助',
          allowed: against === 'refusal' ? '责令恢复法律援助' : '责令给予法律援助',
        });

/** The case type for these settings (units and the pause on 补充 are configuration). */
export function buildCaseType(settings: LegalAidSettings): CaseTypeDef<CaseFacts> {
  const pause = settings.pauseOnIncomplete;
  const loops = (action: string, zh: string, en: string, states: CaseState[], permission: string) =>
    states.map((state) => ({ action, label: l(zh, en), from: [state], to: state, permission }));
  // A decision from INCOMPLETE ends the material period (and lets a stopped clock run again).
  const decisions = (action: string, zh: string, en: string, to: CaseState, start: string[]) =>
    (['APPLIED', 'INCOMPLETE'] as const).map((from) => ({
      action,
      label: l(zh, en),
      from: [from],
      to,
      permission: P.decide,
      clock: {
        meet: from === 'APPLIED' ? ['decide'] : ['decide', 'supplement'],
        start,
        ...(pause && from === 'INCOMPLETE' ? { resume: true } : {}),
      },
    }));
  const transitions: TransitionDef<CaseFacts>[] = [
    {
      action: 'request_material',
      label: l('一次性告知补充材料', 'Notify missing material'),
      from: ['APPLIED'],
      to: 'INCOMPLETE',
      permission: P.handle,
      clock: { start: ['supplement'], ...(pause ? { suspend: '补充材料' } : {}) },
    },
    {
      action: 'supply_material',
      label: l('登记补充材料', 'Record the material'),
      from: ['INCOMPLETE'],
      to: 'APPLIED',
      permission: P.register,
      clock: { meet: ['supplement'], ...(pause ? { resume: true } : {}) },
    },
    {
      action: 'deem_withdrawn',
      label: l('逾期未补充，视为撤回申请', 'Deem withdrawn'),
      from: ['INCOMPLETE'],
      to: 'DEEMED_WITHDRAWN',
      permission: P.handle,
      clock: { meet: ['decide', 'supplement'], ...(pause ? { resume: true } : {}) },
    },
    ...loops(
      'override_eligibility',
      '变更审查结论（书面说明理由）',
      'Override the check (with reasons)',
      ['APPLIED', 'INCOMPLETE'],
      P.handle,
    ),
    {
      action: 'grant',
      label: l('决定给予法律援助', 'Grant legal aid'),
      from: ['APPLIED'],
      to: 'GRANTED',
      permission: P.decide,
      guard: eligibleGuard,
      clock: { meet: ['decide'], start: ['assign'] },
    },
    ...decisions('provide_provisionally', '先行提供法律援助', 'Provide provisionally', 'GRANTED', [
      'assign',
    ]),
    ...decisions('refuse', '决定不予法律援助', 'Refuse legal aid', 'REFUSED', []),
    {
      action: 'assign',
      label: l('指派法律援助人员', 'Assign'),
      from: ['GRANTED', 'NOTIFIED'],
      to: 'ASSIGNED',
      permission: P.handle,
      clock: { meet: ['assign', 'noticeAssign'] },
    },
    {
      action: 'reassign',
      label: l('更换法律援助人员', 'Assign another provider'),
      from: ['ASSIGNED', 'IN_SERVICE'],
      to: 'ASSIGNED',
      permission: P.handle,
    },
    {
      action: 'start_service',
      label: l('承办人员开始办理', 'Service starts'),
      from: ['ASSIGNED'],
      to: 'IN_SERVICE',
      permission: P.handle,
    },
    ...loops('record_service', '登记办理情况', 'Record service', ['IN_SERVICE'], P.handle),
    {
      action: 'close',
      label: l('结案（提交结案材料）', 'Close with the materials'),
      from: ['IN_SERVICE'],
      to: 'CLOSED',
      permission: P.handle,
    },
    {
      action: 'pay_subsidy',
      label: l('核定并发放办案补贴', 'Pay the subsidy'),
      from: ['CLOSED'],
      to: 'SUBSIDY_PAID',
      permission: P.decide,
    },
    {
      action: 'terminate',
      label: l('终止法律援助', 'Terminate'),
      from: ['ASSIGNED', 'IN_SERVICE'],
      to: 'TERMINATED',
      permission: P.decide,
    },
    {
      action: 'file_objection',
      label: l('登记异议', 'Record an objection'),
      from: ['REFUSED', 'TERMINATED'],
      to: 'OBJECTION',
      permission: P.register,
      clock: { start: ['objection'] },
    },
    {
      action: 'maintain_decision',
      label: l('异议不成立，维持原决定', 'Maintain the decision'),
      from: ['OBJECTION'],
      to: 'DECISION_MAINTAINED',
      permission: P.objection,
      clock: { meet: ['objection'] },
    },
    {
      action: 'order_grant',
      label: l('异议成立，责令给予法律援助', 'Order legal aid'),
      from: ['OBJECTION'],
      to: 'GRANTED',
      permission: P.objection,
      guard: objectionAgainst('refusal'),
      clock: { meet: ['objection'], start: ['assign'] },
    },
    {
      action: 'order_resume',
      label: l('异议成立，责令恢复法律援助', 'Order the aid resumed'),
      from: ['OBJECTION'],
      to: 'ASSIGNED',
      permission: P.objection,
      guard: objectionAgainst('termination'),
      clock: { meet: ['objection'] },
    },
  ];
  return defineCaseType<CaseFacts>({
    name: 'legal-aid',
    label: l('法律援助案件', 'Legal-aid case'),
    initial: 'APPLIED',
    states: STATES,
    deadlines: deadlineDefs(settings),
    transitions,
  });
}

export const legalAidCase = buildCaseType(LEGAL_AID_SETTINGS);

export const stateLabelOf = (state: string): Localized =>
  STATES[state as CaseState]?.label ?? { 'zh-CN': state, en: state };
