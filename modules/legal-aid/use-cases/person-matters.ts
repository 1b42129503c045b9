// The legal-aid cases that name a person (by the blind index of their ID number), for the
// person file (一人一档). Read-only; the persons module checks permissions and logs the read.
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import type { Localized } from '../../../platform/i18n/index.js';
import type { PersonMatter } from '../../../platform/module.js';
import { CLOSED_STATES, stateLabelOf } from '../domain/case-type.js';
import { cases, parties } from '../db/schema.js';
import { matterLabel } from './centre.js';

const ROLES: Record<string, Localized> = {
  applicant: { 'zh-CN': '受援人', en: 'Recipient' },
  agent: { 'zh-CN': '代为申请人', en: 'Applying on their behalf' },
};

export async function personMatters(db: Executor, idNumberIndex: string): Promise<PersonMatter[]> {
  const rows = await db
    .select({
      caseId: cases.id,
      caseNumber: cases.caseNumber,
      category: cases.category,
      civilMatter: cases.civilMatter,
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
    if (byCase.has(r.caseId)) continue;
    byCase.set(r.caseId, {
      module: 'legal-aid',
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      title: `法律援助：${matterLabel(r.category, r.civilMatter)}`,
      state: r.state,
      stateLabel: stateLabelOf(r.state),
      role: ROLES[r.role] ?? { 'zh-CN': r.role, en: r.role },
      regionCode: r.regionCode,
      startedOn: r.receivedDate,
      closed: CLOSED_STATES.includes(r.state),
    });
  }
  return [...byCase.values()];
}
