// Validity of a normative document (有效期, about 5 years: domain rules §5 [U]) and its status,
// why a cleanup campaign (清理) lists it, and what each cleanup decision does.
// Only a document published on the unified platform may be in force (统一发布; an unpublished
// document may not be applied).
import { AppError } from '../../../platform/errors/index.js';
import type { Localized } from '../../../platform/i18n/index.js';
import { addDays, type LegalDate } from '../../../platform/workflow/dates.js';
import './filing-errors.js';

export type ValidityStatus =
  'unpublished' | 'not_yet_in_force' | 'in_force' | 'expiring' | 'expired' | 'repealed';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export const VALIDITY_STATUSES: Record<ValidityStatus, Localized> = {
  unpublished: l('未发布', 'Not published'),
  not_yet_in_force: l('尚未施行', 'Not yet in force'),
  in_force: l('有效', 'In force'),
  expiring: l('即将到期', 'Expiring'),
  expired: l('有效期届满', 'Expired'),
  repealed: l('已废止', 'Repealed'),
};

export interface ValidityFacts {
  /** Published on the unified platform (a library version with published = true). */
  published: boolean;
  effectiveOn: LegalDate | null;
  validUntil: LegalDate | null;
  repealedOn: LegalDate | null;
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: LegalDate, years: number): LegalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = y + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(target).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a period of `years` starting on `effectiveOn` (2026-03-01, 5 -> 2031-02-28). */
export const validUntilOf = (effectiveOn: LegalDate, years: number): LegalDate =>
  addDays(addYears(effectiveOn, years), -1);

/** The status on `today`; `expiring` when the period ends within `expiringDays`. */
export function validityStatus(
  facts: ValidityFacts,
  today: LegalDate,
  expiringDays: number,
): ValidityStatus {
  if (!facts.published) return 'unpublished';
  if (facts.repealedOn !== null && facts.repealedOn <= today) return 'repealed';
  if (facts.effectiveOn !== null && facts.effectiveOn > today) return 'not_yet_in_force';
  if (facts.validUntil !== null) {
    if (facts.validUntil < today) return 'expired';
    if (facts.validUntil <= addDays(today, expiringDays)) return 'expiring';
  }
  return 'in_force';
}

/** Refuses to mark in force what was not published (REGULATIONS_NOT_PUBLISHED). */
export function assertMayBeInForce(facts: Pick<ValidityFacts, 'published'>): void {
  if (!facts.published) throw new AppError('REGULATIONS_NOT_PUBLISHED');
}

/** Checks a validity period a reviewer registers. */
export function checkValidityPeriod(
  effectiveOn: LegalDate,
  validUntil: LegalDate | null,
  publishedOn: LegalDate | null,
  maxYears: number,
): void {
  const fail = (reason: string) => new AppError('REGULATIONS_VALIDITY_INVALID', { reason });
  if (publishedOn && effectiveOn < publishedOn) throw fail('施行日期不能早于公布日期');
  if (validUntil === null) return;
  if (validUntil < effectiveOn) throw fail('有效期截止日不能早于施行日期');
  if (validUntil > validUntilOf(effectiveOn, maxYears)) {
    throw fail(`有效期不得超过 ${maxYears} 年`);
  }
}

// ---- cleanup (清理) ----

export type CleanupReasonKind = 'expired' | 'expiring' | 'superior_changed' | 'superior_repealed';

export interface CleanupReason {
  kind: CleanupReasonKind;
  /** The superior law concerned (superior_* reasons). */
  workKey?: string;
  /** What a reviewer reads: which superior law changed, which day the period ends. */
  detail: string;
}

export const CLEANUP_REASONS: Record<CleanupReasonKind, Localized> = {
  expired: l('有效期已届满', 'Validity period ended'),
  expiring: l('有效期即将届满', 'Validity period ending'),
  superior_changed: l('上位法已修改', 'Superior law amended'),
  superior_repealed: l('上位法已废止', 'Superior law repealed'),
};

/** What the library says about a superior law the document relies on. */
export interface SuperiorFinding {
  workKey: string;
  /** The version relied on and the one in force now (null: none in force, i.e. repealed). */
  reliedOn: string | null;
  current: string | null;
  /** Labels of relied-on articles whose text changed or that are gone (第十三条 …). */
  changedArticles: string[];
}

/**
 * Why a document belongs in a cleanup campaign on `today`; empty when it does not. `alerts` are
 * the impact alerts about it (knowledge graph); one about a superior law already found changed
 * adds nothing.
 */
export function cleanupReasons(
  facts: ValidityFacts,
  superiors: SuperiorFinding[],
  today: LegalDate,
  expiringDays: number,
  alerts: CleanupReason[] = [],
): CleanupReason[] {
  const status = validityStatus(facts, today, expiringDays);
  if (status === 'unpublished' || status === 'repealed') return [];
  const reasons: CleanupReason[] = [];
  if (status === 'expired')
    reasons.push({ kind: 'expired', detail: `有效期至 ${facts.validUntil}` });
  if (status === 'expiring') {
    reasons.push({ kind: 'expiring', detail: `有效期至 ${facts.validUntil}` });
  }
  for (const s of superiors) {
    if (s.current === null) {
      if (s.reliedOn === null) continue;
      reasons.push({
        kind: 'superior_repealed',
        workKey: s.workKey,
        detail: `《${s.workKey}》已无有效文本`,
      });
    } else if (s.reliedOn !== null && s.current !== s.reliedOn) {
      const articles = s.changedArticles.length
        ? `，所依据的${s.changedArticles.join('、')}有变化`
        : '';
      reasons.push({
        kind: 'superior_changed',
        workKey: s.workKey,
        detail: `《${s.workKey}》现行文本为 ${s.current}（制定时依据 ${s.reliedOn}）${articles}`,
      });
    }
  }
  for (const alert of alerts) {
    if (!reasons.some((r) => r.kind.startsWith('superior') && r.workKey === alert.workKey)) {
      reasons.push(alert);
    }
  }
  return reasons;
}

export type CleanupDecision = 'continue' | 'amend' | 'repeal';

export const CLEANUP_DECISIONS: Record<CleanupDecision, Localized> = {
  continue: l('继续有效', 'Remains in force'),
  amend: l('修改', 'To be amended'),
  repeal: l('废止', 'Repealed'),
};

/**
 * What a decision changes: 继续有效 starts a new validity period from the decision day (only for
 * a published document); 修改 leaves it in force until the amended text is filed; 废止 ends it
 * on the decision day.
 */
export function decisionEffect(
  decision: CleanupDecision,
  facts: ValidityFacts,
  decidedOn: LegalDate,
  validityYears: number,
): { validUntil?: LegalDate; repealedOn?: LegalDate } {
  switch (decision) {
    case 'continue':
      assertMayBeInForce(facts);
      return { validUntil: validUntilOf(decidedOn, validityYears) };
    case 'amend':
      return {};
    case 'repeal':
      return { repealedOn: decidedOn };
  }
}
