// The notarization cases that name a person (by the blind index of their ID number), for the
// person file (一人一档). Read-only; the persons module checks permissions and logs the read.
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import type { Localized } from '../../../platform/i18n/index.js';
import type { PersonMatter } from '../../../platform/module.js';
import { STATES, TERMINAL_STATES } from '../domain/case-type.js';
import { MATTER_TYPES, type MatterCode } from '../domain/matters.js';
import { cases, parties } from '../db/schema.js';

const ROLES: Record<string, Localized> = {
  applicant: { 'zh-CN': '申请人', en: 'Applicant' },
  agent: { 'zh-CN': '代理人', en: 'Agent' },
};

export async function personMatters(db: Executor, idNumberIndex: string): Promise<PersonMatter[]> {
  const rows = await db
    .select({
      caseId: cases.id,
      caseNumber: cases.caseNumber,
      matterType: cases.matterType,
      state: cases.state,
      regionCode: cases.regionCode,
      appliedDate: cases.appliedDate,
      role: parties.role,
    })
    .from(parties)
    .innerJoin(cases, eq(cases.id, parties.caseId))
    .where(eq(parties.idNumberIndex, idNumberIndex))
    .orderBy(asc(cases.appliedDate), asc(parties.position));
  const byCase = new Map<string, PersonMatter>();
  for (const r of rows) {
    const role = ROLES[r.role] ?? { 'zh-CN': r.role, en: r.role };
    const seen = byCase.get(r.caseId);
    if (seen) {
      seen.role = {
        'zh-CN': `${seen.role['zh-CN']}、${role['zh-CN']}`,
        en: `${seen.role.en}, ${role.en}`,
      };
      continue;
    }
    const matter = MATTER_TYPES[r.matterType as MatterCode];
    byCase.set(r.caseId, {
      module: 'notarization',
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      title: matter ? `${matter.label['zh-CN']}公证` : r.matterType,
      state: r.state,
      stateLabel: STATES[r.state as keyof typeof STATES]?.label ?? {
        'zh-CN': r.state,
        en: r.state,
      },
      role,
      regionCode: r.regionCode,
      startedOn: r.appliedDate,
      closed: TERMINAL_STATES.includes(r.state),
    });
  }
  return [...byCase.values()];
}
