// The matters of one person across Sifa: every registered module answers through its
// `personMatters` (platform/module.ts); this module never reads another module's tables.
import { inScope, type Actor } from '../../../platform/auth/permissions.js';
import type { Executor } from '../../../platform/db/index.js';
import type { PersonMatter, SifaModule } from '../../../platform/module.js';

/**
 * Asks every module in modules/index.ts. The list is imported when first needed: modules/index.ts
 * imports this module, so a static import would be a cycle.
 */
export const mattersOf = (db: Executor, idNumberIndex: string) =>
  collect((m) => m.personMatters?.(db, idNumberIndex));

/** The matters that name an organization (by unified social credit code), in every module. */
export const mattersOfOrganization = (db: Executor, creditCode: string) =>
  collect((m) => m.organizationMatters?.(db, creditCode));

async function collect(
  ask: (m: SifaModule) => Promise<PersonMatter[]> | undefined,
): Promise<PersonMatter[]> {
  const { modules } = await import('../../index.js');
  const lists = await Promise.all(modules.map((m) => ask(m) ?? []));
  return lists
    .flat()
    .sort(
      (a, b) => b.startedOn.localeCompare(a.startedOn) || a.caseNumber.localeCompare(b.caseNumber),
    );
}

/** The matters a staff member may see: those whose region is inside theirs. */
export const mattersInScope = (actor: Actor, matters: PersonMatter[]) =>
  matters.filter((m) => inScope(actor, m.regionCode));
