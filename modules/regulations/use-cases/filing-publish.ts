// Publication of a reviewed normative document into the law library (统一发布): its text parsed
// into articles by the library's own parser, stored as a version of level 规范性文件, published,
// in force from its effective day until its validity period ends. Runs inside the review step's
// transaction; the library's listeners (search index, knowledge graph) run after the commit.
import type { Db, Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { addDays, type LegalDate, shanghaiDate } from '../../../platform/workflow/dates.js';
import { findVersion, insertVersion, refreshStatuses, replaceVersion } from '../db/queries.js';
import {
  type FilingRow,
  filingRecords,
  setVersionPublication,
  updateFiling,
  versionPublication,
} from '../db/filing-queries.js';
import { buildDocument, withHash } from '../domain/document.js';
import { filedMarkdown, filedWorkKey } from '../domain/filing-rules.js';
import { versionsImportedListeners } from '../domain/hooks.js';
import { LawParseError, parseLawMarkdown } from '../domain/parse.js';
import { assertMayBeInForce } from '../domain/validity.js';

/** Parses a filed text as the library would; a text without readable articles is refused. */
export function parseFiledText(filing: {
  title: string;
  documentNumber: string | null;
  issuingBody: string | null;
  publishedOn: LegalDate;
  text: string;
}) {
  try {
    return parseLawMarkdown(filedMarkdown(filing));
  } catch (error) {
    if (error instanceof LawParseError) {
      throw new AppError('REGULATIONS_FILING_TEXT_UNREADABLE', { reason: error.message });
    }
    throw error;
  }
}

/** The day the library shows the document no longer in force: repeal, else after its period. */
export const endOfForce = (f: Pick<FilingRow, 'repealedOn' | 'validUntil'>): LegalDate | null =>
  f.repealedOn ?? (f.validUntil ? addDays(f.validUntil, 1) : null);

/** Stores the filing's text as a published library version; returns it. */
export async function publishFiling(
  tx: Executor,
  filing: FilingRow,
  onDate: LegalDate,
): Promise<{ versionId: string; versionKey: string }> {
  if (!filing.text || !filing.publishedOn) throw new AppError('REGULATIONS_NOT_PUBLISHED');
  const workKey = filedWorkKey(filing.title);
  const file = `${filing.caseNumber}.md`;
  const parsed = parseFiledText({ ...filing, publishedOn: filing.publishedOn, text: filing.text });
  const built = buildDocument(file, parsed, {
    name: workKey,
    title: filing.title,
    level: '规范性文件',
    file,
    promulgated: filing.publishedOn,
    effective: filing.effectiveOn ?? filing.publishedOn,
  });
  const doc = withHash({
    ...built,
    issuingBody: filing.issuingBody,
    documentNumber: filing.documentNumber,
  });
  const source = `filing:${filing.id}`;
  const existing = await findVersion(tx, { key: doc.versionKey });
  let versionId: string;
  if (existing) {
    // Only this filing's own earlier publication may be replaced, never a text of the corpus.
    if (existing.version.source !== source) {
      throw new AppError('REGULATIONS_FILING_DUPLICATE', {
        documentNumber: filing.documentNumber ?? filing.title,
        caseNumber: doc.versionKey,
      });
    }
    await replaceVersion(tx, existing.version.id, doc, source);
    versionId = existing.version.id;
  } else {
    versionId = await insertVersion(tx, doc, source);
  }
  await setVersionPublication(tx, versionId, endOfForce(filing));
  await refreshStatuses(tx, onDate);
  assertMayBeInForce({ published: (await versionPublication(tx, versionId))?.published ?? false });
  await updateFiling(tx, filing.id, {
    libraryVersionId: versionId,
    libraryVersionKey: doc.versionKey,
    publishedToLibraryOn: onDate,
  });
  return { versionId, versionKey: doc.versionKey };
}

/**
 * Tells the library's listeners (search index, citation graph) about the published versions,
 * after the commit, as an import does. A listener that fails leaves a note on the item's
 * timeline; the publication stands.
 */
export async function announceVersions(
  db: Db,
  filing: { id: string; state: string },
  versionIds: string[],
) {
  for (const { name, listener } of versionsImportedListeners()) {
    try {
      await listener(db, versionIds);
    } catch (error) {
      await filingRecords.addEvent(db, {
        caseId: filing.id,
        onDate: shanghaiDate(),
        action: 'index_failed',
        fromState: filing.state,
        toState: filing.state,
        details: { listener: name, error: error instanceof Error ? error.message : String(error) },
      });
    }
  }
}
