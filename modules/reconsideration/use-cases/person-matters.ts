// The reconsideration cases that name a person (by the blind index of their ID number), for
// the person file (一人一档). Read-only; the persons module checks permissions and logs the read.
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import type { Localized } from '../../../platform/i18n/index.js';
import type { PersonMatter } from '../../../platform/module.js';
import { STATES } from '../domain/case-type.js';
import { cases, parties } from '../db/schema.js';

const ROLES: Record<string, Localized> = {
  applicant: { 'zh-CN': '申请人', en: 'Applicant' },
  agent: { 'zh-CN': '代理人', en: 'Agent' },
  third_party: { 'zh-CN': '第三人', en: 'Third party' },
};

export async function personMatters(db: Executor, idNumberIndex: string): Promise<PersonMatter[]> {
  const rows = await db
    .select({
      caseId: cases.id,
      caseNumber: cases.caseNumber,
      respondentName: cases.respondentName,
      state: cases.state,
      regionCode: cases.regionCode,
      receivedDate: cases.receivedDate,
      role: parties.role,
    })
    .from(parties)
    .innerJoin(cases, eq(cases.id, parties.caseId))
    .where(eq(parties.idNumberIndex, idNumberIndex))
    .orderBy(asc(cases.receivedDate), asc(parties.position));
  const byCase = new Map<string, PersonMatter>();
  for (const r of rows) {
    const role = ROLES[r.role] ?? { 'zh-CN': r.role, en: r.role };
    const seen = byCase.get(r.caseId);
    if (seen) {
      // the same person in two roles of one case (applicant and agent of another): one matter
      seen.role = {
        'zh-CN': `${seen.role['zh-CN']}、${role['zh-CN']}`,
        en: `${seen.role.en}, ${role.en}`,
      };
      continue;
    }
    const state = STATES[r.state as keyof typeof STATES];
    byCase.set(r.caseId, {
      module: 'reconsideration',
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      title: `不服${r.respondentName}的行政行为`,
      state: r.state,
      stateLabel: state?.label ?? { 'zh-CN': r.state, en: r.state },
      role,
      regionCode: r.regionCode,
      startedOn: r.receivedDate,
      closed: !!state && 'terminal' in state && state.terminal,
    });
  }
  return [...byCase.values()];
}
