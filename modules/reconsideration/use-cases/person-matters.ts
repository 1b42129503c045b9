// The reconsideration cases that name a person (by the blind index of their ID number) or an
// organization (by credit code: a party, or the respondent organ), for the person file
// (一人一档). Read-only; the persons module checks permissions and logs the read.
import { asc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import type { Localized } from '../../../platform/i18n/index.js';
import type { PersonMatter } from '../../../platform/module.js';
import { STATES } from '../domain/case-type.js';
import { cases, parties } from '../db/schema.js';

const ROLES: Record<string, Localized> = {
  applicant: { 'zh-CN': '申请人', en: 'Applicant' },
  agent: { 'zh-CN': '代理人', en: 'Agent' },
  third_party: { 'zh-CN': '第三人', en: 'Third party' },
  respondent: { 'zh-CN': '被申请人', en: 'Respondent' },
};

type CaseRow = Pick<
  typeof cases.$inferSelect,
  'id' | 'caseNumber' | 'respondentName' | 'state' | 'regionCode' | 'receivedDate'
>;

function matterOf(c: CaseRow, role: Localized): PersonMatter {
  const state = STATES[c.state as keyof typeof STATES];
  return {
    module: 'reconsideration',
    caseId: c.id,
    caseNumber: c.caseNumber,
    title: `不服${c.respondentName}的行政行为`,
    state: c.state,
    stateLabel: state?.label ?? { 'zh-CN': c.state, en: c.state },
    role,
    regionCode: c.regionCode,
    startedOn: c.receivedDate,
    closed: !!state && 'terminal' in state && state.terminal,
  };
}

const caseColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  respondentName: cases.respondentName,
  state: cases.state,
  regionCode: cases.regionCode,
  receivedDate: cases.receivedDate,
};

export const personMatters = (db: Executor, idNumberIndex: string) =>
  partyMatters(db, eq(parties.idNumberIndex, idNumberIndex));

export async function organizationMatters(
  db: Executor,
  creditCode: string,
): Promise<PersonMatter[]> {
  const asParty = await partyMatters(db, eq(parties.creditCode, creditCode));
  const seen = new Set(asParty.map((m) => m.caseId));
  const asRespondent = await db
    .select(caseColumns)
    .from(cases)
    .where(eq(cases.respondentCreditCode, creditCode))
    .orderBy(asc(cases.receivedDate));
  return [
    ...asParty,
    ...asRespondent.filter((c) => !seen.has(c.id)).map((c) => matterOf(c, ROLES.respondent!)),
  ];
}

async function partyMatters(db: Executor, where: SQL): Promise<PersonMatter[]> {
  const rows = await db
    .select({ ...caseColumns, role: parties.role })
    .from(parties)
    .innerJoin(cases, eq(cases.id, parties.caseId))
    .where(where)
    .orderBy(asc(cases.receivedDate), asc(parties.position));
  const byCase = new Map<string, PersonMatter>();
  for (const r of rows) {
    const role = ROLES[r.role] ?? { 'zh-CN': r.role, en: r.role };
    const seen = byCase.get(r.id);
    if (seen) {
      // the same person in two roles of one case (applicant and agent of another): one matter
      seen.role = {
        'zh-CN': `${seen.role['zh-CN']}、${role['zh-CN']}`,
        en: `${seen.role.en}, ${role.en}`,
      };
      continue;
    }
    byCase.set(r.id, matterOf(r, role));
  }
  return [...byCase.values()];
}
