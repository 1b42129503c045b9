// Writes of the knowledge graph: the rows of processed versions are replaced as a whole.
import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../platform/db/index.js';
import { citations, processedVersions, termDefinitions, termLinks, terms } from './schema.js';

export type CitationInsert = typeof citations.$inferInsert;
export type TermLinkInsert = typeof termLinks.$inferInsert;
export type TermDefinitionInsert = typeof termDefinitions.$inferInsert;

/** Rows per statement of a bulk write (one JSON parameter each). */
const CHUNK = 5000;

/**
 * Inserts many rows with one parameter per statement: the rows go as one JSON array, read back
 * by jsonb_to_recordset. Building a 1,000-row VALUES list costs more than the insert itself.
 */
export async function insertChunked<
  T extends typeof citations | typeof termLinks | typeof termDefinitions,
>(db: Executor, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(columns).filter((k) => rows.some((r) => k in r));
  const names = keys.map((k) => `"${columns[k]!.name}"`).join(', ');
  const record = keys.map((k) => `"${columns[k]!.name}" ${columns[k]!.getSQLType()}`).join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((row) => {
      const values = row as Record<string, unknown>;
      return Object.fromEntries(keys.map((k) => [columns[k]!.name, values[k] ?? null]));
    });
    await db.execute(
      sql`insert into ${table} (${sql.raw(names)})
          select ${sql.raw(names)} from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb)
          as x(${sql.raw(record)}) on conflict do nothing`,
    );
  }
}

/** Removes what the graph holds for these versions (before they are processed again). */
export async function clearVersions(db: Executor, versionIds: string[]): Promise<void> {
  for (let i = 0; i < versionIds.length; i += CHUNK) {
    const ids = versionIds.slice(i, i + CHUNK);
    await db.delete(citations).where(inArray(citations.fromVersionId, ids));
    await db.delete(termLinks).where(inArray(termLinks.versionId, ids));
    await db.delete(termDefinitions).where(inArray(termDefinitions.versionId, ids));
  }
}

/** Empties the graph (not the term base's terms and relations, nor the alerts). */
export async function clearGraph(db: Executor): Promise<void> {
  await db.delete(citations);
  await db.delete(termLinks);
  await db.delete(termDefinitions);
  await db.delete(processedVersions);
  // Terms found only in definitions come back with them, unless an administrator related them.
  await db.execute(sql`
    delete from ${terms} t where t.source = 'definition'
      and not exists (select 1 from knowledge.term_relations r
                      where r.term_id = t.id or r.related_term_id = t.id)`);
}

export async function processedVersionIds(db: Executor): Promise<Set<string>> {
  const rows = await db.select({ id: processedVersions.versionId }).from(processedVersions);
  return new Set(rows.map((r) => r.id));
}

export async function markProcessed(
  db: Executor,
  rows: { versionId: string; citations: number; termLinks: number }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insert(processedVersions)
      .values(rows.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: processedVersions.versionId,
        set: {
          citations: sql`excluded.citations`,
          termLinks: sql`excluded.term_links`,
          processedAt: sql`now()`,
        },
      });
  }
}

/** Adds terms found in definitions; returns nothing, the caller reloads the term base. */
export async function addDefinitionTerms(db: Executor, found: string[]): Promise<void> {
  const unique = [...new Set(found)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    await db
      .insert(terms)
      .values(unique.slice(i, i + CHUNK).map((term) => ({ term, source: 'definition' as const })))
      .onConflictDoNothing();
  }
}
