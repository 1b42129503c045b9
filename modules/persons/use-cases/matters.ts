// The matters of one person across Sifa: every registered module answers through its
// `personMatters` (platform/module.ts); this module never reads another module's tables.
import { inScope, type Actor } from '../../../platform/auth/permissions.js';
import type { Executor } from '../../../platform/db/index.js';
import type { PersonMatter } from '../../../platform/module.js';

/**
 * Asks every module in modules/index.ts. The list is imported when first needed: modules/index.ts
 * imports this module, so a static import would be a cycle.
 */
export async function mattersOf(db: Executor, idNumberIndex: string): Promise<PersonMatter[]> {
  const { modules } = await import('../../index.js');
  const lists = await Promise.all(
    modules.map((m) => (m.personMatters ? m.personMatters(db, idNumberIndex) : [])),
  );
  return lists
    .flat()
    .sort(
      (a, b) => b.startedOn.localeCompare(a.startedOn) || a.caseNumber.localeCompare(b.caseNumber),
    );
}

/** The matters a staff member may see: those whose region is inside theirs. */
export const mattersInScope = (actor: Actor, matters: PersonMatter[]) =>
  matters.filter((m) => inScope(actor, m.regionCode));
