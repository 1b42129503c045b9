// The filing review of a normative document as a state machine (domain rules §5):
// FILED (报备) → FILING_REVIEW → OK (通过) | CORRECTION (要求纠正) → CORRECTION_SUBMITTED
// (纠正后文本报送) → CORRECTED (纠正完毕) | back to CORRECTION; REPEALED (撤销) from any open state.
// A 附带审查 request from a reconsideration case (行政复议法 Art. 13, 56) starts in FILING_REVIEW
// with the 30-day period of Art. 56. The other periods are configurable ([U]; filing-settings.ts).
import type { Localized } from '../../../platform/i18n/index.js';
import { defineCaseType, type TransitionDef } from '../../../platform/workflow/machine.js';
import { DEFAULT_FILING_SETTINGS as D } from './filing-settings.js';
import { FilingPermissions as P } from './filing-permissions.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });
const PROVINCIAL = '行政规范性文件管理规定（省级，可配置）';

export const FILING_STATES = {
  FILED: { label: l('已报备待审查', 'Filed') },
  FILING_REVIEW: { label: l('审查中', 'Under review') },
  CORRECTION: { label: l('待纠正', 'Correction requested') },
  CORRECTION_SUBMITTED: { label: l('纠正待核查', 'Correction submitted') },
  OK: { label: l('审查通过', 'Passed'), terminal: true },
  CORRECTED: { label: l('已纠正', 'Corrected'), terminal: true },
  REPEALED: { label: l('已撤销', 'Revoked'), terminal: true },
} as const;
export type FilingState = keyof typeof FILING_STATES;

export const FILING_DEADLINES = {
  review: {
    label: l('备案审查', 'Filing review'),
    period: D.review,
    basis: { law: PROVINCIAL, article: '备案审查期限' },
    startLabel: l('报备之日', 'filing'),
  },
  incidentalReview: {
    label: l('附带审查', 'Incidental review'),
    period: { amount: 30, unit: 'day' as const },
    basis: { law: '行政复议法', article: '第五十六条' },
    startLabel: l('收到附带审查申请之日', 'the request'),
  },
  correction: {
    label: l('制定机关纠正', 'Correction by the issuing body'),
    period: D.correction,
    basis: { law: PROVINCIAL, article: '纠正期限' },
    startLabel: l('收到纠正意见之日', 'the correction request'),
  },
  recheck: {
    label: l('核查纠正情况', 'Check of the correction'),
    period: D.recheck,
    basis: { law: PROVINCIAL, article: '核查期限' },
    startLabel: l('收到纠正后文本之日', 'the corrected text'),
  },
};
export type FilingDeadline = keyof typeof FILING_DEADLINES;

const REVIEWS: FilingDeadline[] = ['review', 'incidentalReview'];
const OPEN: FilingState[] = ['FILING_REVIEW', 'CORRECTION', 'CORRECTION_SUBMITTED'];

const transitions: TransitionDef[] = [
  {
    action: 'start_review',
    label: l('开始审查', 'Start the review'),
    from: ['FILED'],
    to: 'FILING_REVIEW',
    permission: P.review,
  },
  {
    action: 'approve',
    label: l('审查通过', 'Pass'),
    from: ['FILING_REVIEW'],
    to: 'OK',
    permission: P.review,
    clock: { meet: REVIEWS },
  },
  {
    action: 'request_correction',
    label: l('要求纠正', 'Request correction'),
    from: ['FILING_REVIEW', 'CORRECTION_SUBMITTED'],
    to: 'CORRECTION',
    permission: P.review,
    clock: { meet: [...REVIEWS, 'recheck'], start: ['correction'] },
  },
  {
    action: 'submit_correction',
    label: l('报送纠正后文本', 'Submit the corrected text'),
    from: ['CORRECTION'],
    to: 'CORRECTION_SUBMITTED',
    permission: P.file,
    clock: { meet: ['correction'], start: ['recheck'] },
  },
  {
    action: 'confirm_correction',
    label: l('确认纠正完毕', 'Confirm the correction'),
    from: ['CORRECTION_SUBMITTED'],
    to: 'CORRECTED',
    permission: P.review,
    clock: { meet: ['recheck'] },
  },
  {
    action: 'revoke',
    label: l('撤销', 'Revoke'),
    from: OPEN,
    to: 'REPEALED',
    permission: P.review,
    clock: { meet: [...REVIEWS, 'correction', 'recheck'] },
  },
];

export const filingCase = defineCaseType({
  name: 'regulations.filing',
  label: l('规范性文件备案审查', 'Filing review of a normative document'),
  initial: 'FILED',
  states: FILING_STATES,
  deadlines: FILING_DEADLINES,
  transitions,
});

/** Labels of the events that are not transitions. */
export const OTHER_FILING_ACTIONS: Record<string, Localized> = {
  file: l('报备', 'Filed'),
  open_incidental: l('收到附带审查申请', 'Incidental review requested'),
  publish: l('统一发布', 'Published'),
  set_validity: l('登记有效期', 'Validity registered'),
  cleanup_decision: l('清理决定', 'Cleanup decision'),
};

export function filingActionLabel(action: string, locale: 'zh-CN' | 'en'): string {
  return (
    filingCase.transitions.find((t) => t.action === action)?.label[locale] ??
    OTHER_FILING_ACTIONS[action]?.[locale] ??
    action
  );
}

export const filingStateLabel = (state: string, locale: 'zh-CN' | 'en') =>
  FILING_STATES[state as FilingState]?.label[locale] ?? state;

export const isTerminalFilingState = (state: string) =>
  'terminal' in (FILING_STATES[state as FilingState] ?? {});
