// The disputes that name a person (by the blind index of their ID number) or an organization (by
// credit code), for the person file (一人一档). Read-only; the persons module checks permissions
// and logs the read.
import { asc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import type { PersonMatter } from '../../../platform/module.js';
import { STATES, TERMINAL_STATES } from '../domain/case-type.js';
import { DISPUTE_TYPES, type DisputeType } from '../domain/dispute-types.js';
import { PARTY_ROLES, type PartyRole } from '../domain/outcomes.js';
import { cases, parties } from '../db/schema.js';

export const personMatters = (db: Executor, idNumberIndex: string) =>
  partyMatters(db, eq(parties.idNumberIndex, idNumberIndex));

export const organizationMatters = (db: Executor, creditCode: string) =>
  partyMatters(db, eq(parties.creditCode, creditCode));

async function partyMatters(db: Executor, where: SQL): Promise<PersonMatter[]> {
  const rows = await db
    .select({
      caseId: cases.id,
      caseNumber: cases.caseNumber,
      disputeType: cases.disputeType,
      state: cases.state,
      regionCode: cases.regionCode,
      appliedDate: cases.appliedDate,
      role: parties.role,
    })
    .from(parties)
    .innerJoin(cases, eq(cases.id, parties.caseId))
    .where(where)
    .orderBy(asc(cases.appliedDate), asc(parties.position));
  const byCase = new Map<string, PersonMatter>();
  for (const r of rows) {
    if (byCase.has(r.caseId)) continue;
    const type = DISPUTE_TYPES[r.disputeType as DisputeType];
    byCase.set(r.caseId, {
      module: 'mediation',
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      title: type ? `${type.label['zh-CN']}人民调解` : r.disputeType,
      state: r.state,
      stateLabel: STATES[r.state as keyof typeof STATES]?.label ?? {
        'zh-CN': r.state,
        en: r.state,
      },
      role: PARTY_ROLES[r.role as PartyRole] ?? { 'zh-CN': r.role, en: r.role },
      regionCode: r.regionCode,
      startedOn: r.appliedDate,
      closed: TERMINAL_STATES.includes(r.state),
    });
  }
  return [...byCase.values()];
}
