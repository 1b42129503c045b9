// The status of a version (有效 / 已修改 / 已废止 / 尚未生效) on a given day, from its dates and the
// later versions of the same work, and the version in force on a date.
import type { Localized } from '../../../platform/i18n/index.js';
import type { VersionStatus } from '../db/schema.js';

export interface VersionDates {
  promulgatedOn: string;
  /** Unknown for many texts: the promulgation date stands in for it. */
  effectiveOn: string | null;
  repealed: boolean;
  /** The day the repeal took effect, when known. */
  repealedOn: string | null;
}

export const VERSION_STATUSES: Record<VersionStatus, Localized> = {
  in_force: { 'zh-CN': '有效', en: 'In force' },
  amended: { 'zh-CN': '已修改', en: 'Amended' },
  repealed: { 'zh-CN': '已废止', en: 'Repealed' },
  not_yet_in_force: { 'zh-CN': '尚未生效', en: 'Not yet in force' },
};

/** The first day the text applies. */
export const startsOn = (v: VersionDates): string => v.effectiveOn ?? v.promulgatedOn;

/** Later first: by start day, then by promulgation (a correction published the same day). */
export function compareVersions(a: VersionDates, b: VersionDates): number {
  const byStart = startsOn(a).localeCompare(startsOn(b));
  return byStart !== 0 ? byStart : a.promulgatedOn.localeCompare(b.promulgatedOn);
}

/**
 * The status of `version` on `today` among `all` versions of its work (it included):
 * 尚未生效 before its start; 已修改 once a later version has started; 已废止 once repealed
 * (an unknown repeal date counts as already past); else 有效.
 */
export function versionStatus(
  version: VersionDates,
  all: VersionDates[],
  today: string,
): VersionStatus {
  if (startsOn(version) > today) return 'not_yet_in_force';
  const superseded = all.some(
    (other) => other !== version && compareVersions(other, version) > 0 && startsOn(other) <= today,
  );
  if (superseded) return 'amended';
  if (version.repealed && (version.repealedOn === null || version.repealedOn <= today)) {
    return 'repealed';
  }
  return 'in_force';
}

/**
 * The version in force on `date`: the latest one started by then, unless that one was repealed
 * by then. A repeal whose date is unknown is taken as effective from `today` (we know it is
 * repealed now, not since when), so earlier dates still get the text.
 */
export function inForceOn<T extends VersionDates>(
  versions: readonly T[],
  date: string,
  today: string = date,
): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (startsOn(v) <= date && (best === null || compareVersions(v, best) > 0)) best = v;
  }
  if (best && best.repealed) {
    const repealDay = best.repealedOn ?? today;
    if (repealDay <= date) return null;
  }
  return best;
}
