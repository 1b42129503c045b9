// Which committee takes a dispute (人民调解法 Art. 17–18: the committee of the place). Codes nest
// by prefix (区 6, 镇街 9, 村居 12 digits), so the committees "covering" a place are those whose
// region code starts the place's code. The most local one takes the dispute; without one at the
// community, the street's takes it, then the district's. An industry or professional committee
// (医调委, 交调委 …) covering the place and handling the dispute's type comes before the general
// ones, as disputes of its trade are sent to it in practice.
import type { CommitteeLevel } from './committees.js';

export interface RoutableCommittee {
  id: string;
  level: CommitteeLevel;
  regionCode: string;
  /** For industry committees: the dispute types they take. */
  industryTypes: readonly string[];
  active: boolean;
  /** Tie-break between two committees of the same place: the older first. */
  createdAt: Date;
}

const covers = (c: RoutableCommittee, placeCode: string) => placeCode.startsWith(c.regionCode);

const mostLocal = (a: RoutableCommittee, b: RoutableCommittee) =>
  b.regionCode.length - a.regionCode.length || a.createdAt.getTime() - b.createdAt.getTime();

/** The committee for a dispute of `disputeType` at `placeCode`, or null when none covers it. */
export function routeDispute<C extends RoutableCommittee>(
  committees: readonly C[],
  placeCode: string,
  disputeType: string,
): C | null {
  const active = committees.filter((c) => c.active && covers(c, placeCode));
  const trade = active
    .filter((c) => c.level === 'industry' && c.industryTypes.includes(disputeType))
    .sort(mostLocal);
  if (trade[0]) return trade[0];
  const general = active.filter((c) => c.level !== 'industry').sort(mostLocal);
  return general[0] ?? null;
}

/**
 * The committee above `current` for a dispute at `placeCode` (移交上级): a general committee
 * covering the place whose region is strictly wider than the current committee's.
 */
export function higherCommittee<C extends RoutableCommittee>(
  committees: readonly C[],
  current: Pick<RoutableCommittee, 'id' | 'regionCode'>,
  placeCode: string,
): C | null {
  const above = committees
    .filter(
      (c) =>
        c.active &&
        c.id !== current.id &&
        c.level !== 'industry' &&
        covers(c, placeCode) &&
        c.regionCode.length < current.regionCode.length,
    )
    .sort(mostLocal);
  return above[0] ?? null;
}
