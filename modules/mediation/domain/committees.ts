// People's mediation committees (人民调解委员会) and their rules (人民调解法 Art. 7–9, 34):
// a committee has 3 to 9 members, must include a woman, and serves 3-year terms. The checks
// return findings (violation or warning) that the committees page shows; they do not refuse a
// save, because a committee being formed or renewed passes through states that break them.
import type { Localized } from '../../../platform/i18n/index.js';
import { addYears } from './time-limits.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** Where a committee sits; the region code's length follows from the level (industry: any). */
export const COMMITTEE_LEVELS = {
  community: { label: l('村（居）人民调解委员会', 'Village / community'), codeLength: [12] },
  street: { label: l('乡镇（街道）人民调解委员会', 'Town / street'), codeLength: [9] },
  district: { label: l('区人民调解委员会', 'District'), codeLength: [6] },
  industry: {
    label: l('行业性、专业性人民调解委员会', 'Industry / professional'),
    codeLength: [4, 6, 9],
  },
} as const;
export type CommitteeLevel = keyof typeof COMMITTEE_LEVELS;
export const COMMITTEE_LEVEL_CODES = Object.keys(COMMITTEE_LEVELS) as [
  CommitteeLevel,
  ...CommitteeLevel[],
];

export const MEMBER_POSTS = {
  chair: l('主任', 'Chair'),
  vice_chair: l('副主任', 'Vice chair'),
  member: l('委员', 'Member'),
} as const;
export type MemberPost = keyof typeof MEMBER_POSTS;

export const MEDIATOR_KINDS = {
  full_time: l('专职', 'Full-time'),
  part_time: l('兼职', 'Part-time'),
} as const;
export type MediatorKind = keyof typeof MEDIATOR_KINDS;

/** Art. 8: 由委员三至九人组成. Art. 9: 每届任期三年. */
export const COMMITTEE_RULES = { minMembers: 3, maxMembers: 9, termYears: 3 } as const;

export interface CommitteeFacts {
  members: readonly { sex: 'female' | 'male'; post: MemberPost }[];
  termStart: string;
  termEnd: string;
}

export type FindingCode =
  | 'too_few_members'
  | 'too_many_members'
  | 'no_woman_member'
  | 'no_chair'
  | 'term_too_long'
  | 'term_expired'
  | 'term_ends_soon';

export interface Finding {
  code: FindingCode;
  severity: 'violation' | 'warning';
  message: Localized;
}

const FINDINGS: Record<FindingCode, Omit<Finding, 'code'>> = {
  too_few_members: {
    severity: 'violation',
    message: l(
      '委员不足三人（人民调解法第八条：由委员三至九人组成）',
      'Fewer than 3 members (Art. 8: 3 to 9 members)',
    ),
  },
  too_many_members: {
    severity: 'violation',
    message: l(
      '委员超过九人（人民调解法第八条：由委员三至九人组成）',
      'More than 9 members (Art. 8: 3 to 9 members)',
    ),
  },
  no_woman_member: {
    severity: 'violation',
    message: l(
      '没有妇女委员（人民调解法第八条：人民调解委员会应当有妇女成员）',
      'No woman member (Art. 8: a committee shall have women members)',
    ),
  },
  no_chair: {
    severity: 'warning',
    message: l('未设主任（人民调解法第八条：设主任一人）', 'No chair (Art. 8: one chair)'),
  },
  term_too_long: {
    severity: 'violation',
    message: l('任期超过三年（人民调解法第九条）', 'Term longer than 3 years (Art. 9)'),
  },
  term_expired: {
    severity: 'warning',
    message: l(
      '任期已届满，应及时换届（人民调解法第九条）',
      'The term has ended; elect a new committee (Art. 9)',
    ),
  },
  term_ends_soon: {
    severity: 'warning',
    message: l('任期将在 90 日内届满', 'The term ends within 90 days'),
  },
};

const DAYS_BEFORE_TERM_END = 90;

/** The findings of the Art. 8–9 checks on `today`; an empty list means the committee complies. */
export function checkCommittee(c: CommitteeFacts, today: string): Finding[] {
  const codes: FindingCode[] = [];
  const n = c.members.length;
  if (n < COMMITTEE_RULES.minMembers) codes.push('too_few_members');
  if (n > COMMITTEE_RULES.maxMembers) codes.push('too_many_members');
  if (!c.members.some((m) => m.sex === 'female')) codes.push('no_woman_member');
  if (!c.members.some((m) => m.post === 'chair')) codes.push('no_chair');
  if (c.termEnd > addYears(c.termStart, COMMITTEE_RULES.termYears)) codes.push('term_too_long');
  if (c.termEnd < today) codes.push('term_expired');
  else if (Date.parse(c.termEnd) - Date.parse(today) <= DAYS_BEFORE_TERM_END * 86_400_000)
    codes.push('term_ends_soon');
  return codes.map((code) => ({ code, ...FINDINGS[code] }));
}

/** 'violation' if any finding is, 'warning' if any warns, else 'ok'. */
export function complianceOf(findings: readonly Finding[]): 'ok' | 'warning' | 'violation' {
  if (findings.some((f) => f.severity === 'violation')) return 'violation';
  return findings.length > 0 ? 'warning' : 'ok';
}

/** True when a region code of this length may hold a committee of this level. */
export function levelFitsRegion(level: CommitteeLevel, regionCode: string): boolean {
  return (COMMITTEE_LEVELS[level].codeLength as readonly number[]).includes(regionCode.length);
}
