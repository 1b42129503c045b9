// Queries of filing review: the review items, their corrections, the settings, and the few
// writes on library versions that publication and repeal need.
import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { type Actor, regionScope } from '../../../platform/auth/permissions.js';
import type { Executor } from '../../../platform/db/index.js';
import { caseRecords } from '../../../platform/workflow/case-tables.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';
import { DEFAULT_FILING_SETTINGS, type FilingSettings } from '../domain/filing-settings.js';
import {
  filingCorrections,
  filingCounters,
  filingDocuments,
  filingEvents,
  filings,
  filingSettings,
} from './filing-schema.js';
import { versions } from './schema.js';

export type FilingRow = typeof filings.$inferSelect;
export type NewFiling = typeof filings.$inferInsert;
export type CorrectionRow = typeof filingCorrections.$inferSelect;

export const filingRecords = caseRecords({ events: filingEvents, documents: filingDocuments });

export async function loadFiling(db: Executor, id: string): Promise<FilingRow | undefined> {
  const [row] = await db.select().from(filings).where(eq(filings.id, id));
  return row;
}

export async function lockFiling(db: Executor, id: string): Promise<FilingRow | undefined> {
  const [row] = await db.select().from(filings).where(eq(filings.id, id)).for('update');
  return row;
}

export async function insertFiling(db: Executor, values: NewFiling): Promise<FilingRow> {
  const [row] = await db.insert(filings).values(values).returning();
  return row!;
}

export async function updateFiling(db: Executor, id: string, patch: Partial<NewFiling>) {
  await db
    .update(filings)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(filings.id, id));
}

/** The next serial of a counter (per year), safe under concurrent inserts. */
export async function nextSerial(db: Executor, key: string): Promise<number> {
  const [row] = await db
    .insert(filingCounters)
    .values({ key, next: 2 })
    .onConflictDoUpdate({
      target: filingCounters.key,
      set: { next: sql`${filingCounters.next} + 1` },
    })
    .returning({ next: filingCounters.next });
  return row!.next - 1;
}

/** A filing of the same document that was not revoked. */
export async function filingByNumber(db: Executor, documentNumber: string) {
  const [row] = await db
    .select({ id: filings.id, caseNumber: filings.caseNumber, state: filings.state })
    .from(filings)
    .where(
      and(
        eq(filings.origin, 'filing'),
        eq(filings.documentNumber, documentNumber),
        ne(filings.state, 'REPEALED'),
      ),
    )
    .orderBy(desc(filings.createdAt))
    .limit(1);
  return row;
}

export async function incidentalsOfCase(db: Executor, reconsiderationCaseId: string) {
  return db
    .select()
    .from(filings)
    .where(eq(filings.reconsiderationCaseId, reconsiderationCaseId))
    .orderBy(asc(filings.createdAt));
}

export interface FilingFilter {
  state?: string | undefined;
  origin?: 'filing' | 'incidental' | undefined;
  /** Only those with a running deadline (open items). */
  open?: boolean | undefined;
  text?: string | undefined;
}

function filterWhere(actor: Actor, f: FilingFilter): SQL {
  const conditions: SQL[] = [regionScope(actor, filings.regionCode)];
  if (f.state) conditions.push(eq(filings.state, f.state));
  if (f.origin) conditions.push(eq(filings.origin, f.origin));
  if (f.open) {
    conditions.push(
      inArray(filings.state, ['FILED', 'FILING_REVIEW', 'CORRECTION', 'CORRECTION_SUBMITTED']),
    );
  }
  if (f.text) {
    const like = `%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`(${filings.title} ilike ${like} or ${filings.documentNumber} ilike ${like} or ${filings.caseNumber} ilike ${like})`,
    );
  }
  return and(...conditions)!;
}

/** Review items of the actor's region, the most urgent first, then the newest. */
export async function listFilings(
  db: Executor,
  actor: Actor,
  f: FilingFilter,
  limit: number,
  offset: number,
) {
  const where = filterWhere(actor, f);
  const rows = await db
    .select()
    .from(filings)
    .where(where)
    .orderBy(sql`${filings.nextDueDate} asc nulls last`, desc(filings.createdAt))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(filings).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

// ---- corrections ----

export async function correctionsOf(db: Executor, filingId: string): Promise<CorrectionRow[]> {
  return db
    .select()
    .from(filingCorrections)
    .where(eq(filingCorrections.filingId, filingId))
    .orderBy(asc(filingCorrections.round), asc(filingCorrections.ordinal));
}

export async function addCorrections(
  db: Executor,
  filingId: string,
  round: number,
  items: string[],
  requestedOn: LegalDate,
) {
  await db.insert(filingCorrections).values(
    items.map((item, i) => ({
      filingId,
      round,
      ordinal: i + 1,
      item,
      requestedOn,
      state: 'open' as const,
    })),
  );
}

export async function answerCorrection(
  db: Executor,
  id: string,
  response: string,
  respondedOn: LegalDate,
) {
  await db
    .update(filingCorrections)
    .set({ response, respondedOn, state: 'answered' })
    .where(eq(filingCorrections.id, id));
}

/** Closes every answered item of the filing (the reviewer accepted the corrected text). */
export async function closeCorrections(db: Executor, filingId: string, closedOn: LegalDate) {
  await db
    .update(filingCorrections)
    .set({ state: 'closed', closedOn })
    .where(and(eq(filingCorrections.filingId, filingId), ne(filingCorrections.state, 'closed')));
}

// ---- settings ----

export async function readSettings(db: Executor): Promise<FilingSettings> {
  const [row] = await db.select().from(filingSettings).where(eq(filingSettings.id, 1));
  return { ...DEFAULT_FILING_SETTINGS, ...(row?.settings ?? {}) };
}

export async function writeSettings(db: Executor, settings: FilingSettings, by: string | null) {
  await db
    .insert(filingSettings)
    .values({ id: 1, settings, updatedBy: by })
    .onConflictDoUpdate({
      target: filingSettings.id,
      set: { settings, updatedBy: by, updatedAt: new Date() },
    });
}

// ---- library versions ----

/** Marks a stored version published, with the day it stops being in force (null: open-ended). */
export async function setVersionPublication(
  db: Executor,
  versionId: string,
  endsOn: LegalDate | null,
  effectiveOn?: LegalDate,
) {
  await db
    .update(versions)
    .set({
      published: true,
      repealed: endsOn !== null,
      repealedOn: endsOn,
      ...(effectiveOn ? { effectiveOn } : {}),
      updatedAt: new Date(),
    })
    .where(eq(versions.id, versionId));
}

export async function versionPublication(db: Executor, versionId: string | null) {
  if (!versionId) return null;
  const [row] = await db
    .select({ id: versions.id, key: versions.key, published: versions.published })
    .from(versions)
    .where(eq(versions.id, versionId));
  return row ?? null;
}

/** The filing a library version was published from (public facts only are read from it). */
export async function filingOfVersion(db: Executor, versionId: string) {
  const [row] = await db
    .select()
    .from(filings)
    .where(and(eq(filings.libraryVersionId, versionId), eq(filings.origin, 'filing')));
  return row;
}

/** The ids among `versionIds` that are published (the portal shows them). */
export async function publishedVersionIds(
  db: Executor,
  versionIds: string[],
): Promise<Set<string>> {
  if (versionIds.length === 0) return new Set();
  const rows = await db
    .select({ id: versions.id })
    .from(versions)
    .where(and(inArray(versions.id, versionIds), eq(versions.published, true)));
  return new Set(rows.map((r) => r.id));
}
