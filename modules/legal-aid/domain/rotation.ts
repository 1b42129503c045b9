// Assignment by rotation (法律援助法 Art. 43 指派; Art. 26 experience for the gravest cases):
// among the centre's active providers who may take the case, the one with the fewest open cases;
// ties go to the one whose specialty fits, then to whoever waited longest since their last
// assignment. Criminal defence is given to lawyers only; life-imprisonment and death-penalty
// cases to lawyers with enough years of criminal practice.
import { AppError } from '../../../platform/errors/index.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';
import type { Specialty } from './grounds.js';
import './errors.js';

export interface Candidate {
  id: string;
  name: string;
  firm: string;
  kind: 'lawyer' | 'grassroots' | 'volunteer';
  /** The day practice began (执业证首次取得). */
  practiceSince: LegalDate;
  specialties: string[];
  active: boolean;
  /** Open cases now (assigned or in service). */
  load: number;
  lastAssignedAt: Date | null;
}

export interface Requirement {
  /** Criminal defence: lawyers only. */
  lawyerOnly: boolean;
  /** Art. 26: years of criminal practice. */
  minYears: number | null;
  specialty: Specialty;
  /** Assign within one institution (a firm or legal service office). */
  firm?: string | null | undefined;
  on: LegalDate;
}

/** Whole years from `since` to `on`. */
export function practiceYears(since: LegalDate, on: LegalDate): number {
  const [y1, m1, d1] = since.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = on.split('-').map(Number) as [number, number, number];
  const before = m2 < m1 || (m2 === m1 && d2 < d1);
  return Math.max(0, y2 - y1 - (before ? 1 : 0));
}

/** Why this provider may not take the case, or null when they may. */
export function unfitReason(c: Candidate, r: Requirement): string | null {
  if (!c.active) return '已停止承办';
  if (r.firm && c.firm !== r.firm) return `不属于${r.firm}`;
  if (r.lawyerOnly && c.kind !== 'lawyer') return '刑事辩护须由律师承办';
  if (r.minYears !== null) {
    const years = practiceYears(c.practiceSince, r.on);
    if (c.kind !== 'lawyer' || years < r.minYears || !c.specialties.includes('criminal'))
      return `执业${years}年${c.specialties.includes('criminal') ? '' : '，无刑事执业经历'}`;
  }
  return null;
}

/** Checks a provider the officer chose; throws the rule they break. */
export function checkChosen(c: Candidate, r: Requirement, years: number): void {
  if (!c.active) throw new AppError('LEGAL_AID_LAWYER_UNAVAILABLE', { lawyer: c.name });
  const reason = unfitReason(c, r);
  if (reason === null) return;
  if (r.minYears !== null)
    throw new AppError('LEGAL_AID_EXPERIENCE_REQUIRED', { years, lawyer: c.name, actual: reason });
  throw new AppError('LEGAL_AID_NO_LAWYER_AVAILABLE', { requirement: `（${c.name}：${reason}）` });
}

const waited = (c: Candidate) => c.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;

/** The next provider by rotation; throws when nobody fits. */
export function pickByRotation(candidates: Candidate[], r: Requirement): Candidate {
  const fit = candidates.filter((c) => unfitReason(c, r) === null);
  if (fit.length === 0) {
    const requirement =
      r.minYears !== null
        ? `（须为具有${r.minYears}年以上刑事执业经历的律师，法律援助法第二十六条）`
        : r.lawyerOnly
          ? '（刑事辩护须由律师承办）'
          : r.firm
            ? `（${r.firm}）`
            : '';
    throw new AppError('LEGAL_AID_NO_LAWYER_AVAILABLE', { requirement });
  }
  return [...fit].sort(
    (a, b) =>
      a.load - b.load ||
      Number(b.specialties.includes(r.specialty)) - Number(a.specialties.includes(r.specialty)) ||
      waited(a) - waited(b) ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      a.id.localeCompare(b.id),
  )[0]!;
}
