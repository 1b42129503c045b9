// 附带审查: an applicant asks, with a reconsideration application, for the review of the normative
// document the contested act relied on (行政复议法 2023 Art. 13); the reconsideration body handles it
// within 30 日 (Art. 56) and may suspend the case meanwhile (Art. 39(9)). The request arrives here
// as a review item linked to the case, in the caller's transaction (module reconsideration calls
// this through index.ts after its own authorization).
import { and, eq } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, type RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { applyClock, emptyClock } from '../../../platform/workflow/machine.js';
import { filings } from '../db/filing-schema.js';
import {
  filingByNumber,
  filingRecords,
  incidentalsOfCase,
  insertFiling,
  loadFiling,
  nextSerial,
  readSettings,
} from '../db/filing-queries.js';
import { filingStateLabel } from '../domain/filing-case.js';
import { checkDocumentNumber, reviewItemNumber } from '../domain/filing-rules.js';
import { nextDueDate } from './filing-steps.js';

export interface IncidentalReviewRequest {
  reconsiderationCaseId: string;
  reconsiderationCaseNumber: string;
  /** The reconsideration authority's region: the review item belongs to it. */
  regionCode: string;
  /** The document as the applicant named it: 《…办法》（穗府办规〔2026〕3号）. */
  document: string;
  reason?: string | null;
}

export interface IncidentalReviewItem {
  id: string;
  caseNumber: string;
  state: string;
  stateLabel: string;
  title: string;
  documentNumber: string | null;
  /** The review item of the filed document it is about, when the number was found. */
  subjectCaseNumber: string | null;
  outcome: string | null;
}

const NUMBER_IN_TEXT =
  /[\u4e00-\u9fa5]{1,20}[〔[［【(（]\s*[0-9０-９]{4}\s*[〕\]］】)）]\s*第?[0-9０-９]+号/;

/** The number (normalized) and title named in the applicant's words, as far as they go. */
export function namedDocument(text: string, today: string) {
  const found = NUMBER_IN_TEXT.exec(text);
  const check = found ? checkDocumentNumber(found[0], today) : null;
  const number = check?.ok ? check.normalized : null;
  const title = /《([^》]+)》/.exec(text)?.[1] ?? (found ? text.replace(found[0], '') : text);
  return { number, title: title.replace(/[（）()《》\s，,。]+$/g, '').trim() || text.trim() };
}

export async function openIncidentalReview(
  tx: Tx,
  ctx: RequestContext,
  request: IncidentalReviewRequest,
): Promise<IncidentalReviewItem> {
  const today = shanghaiDate();
  const named = namedDocument(request.document, today);
  const earlier = await tx
    .select({
      caseNumber: filings.caseNumber,
      title: filings.title,
      number: filings.documentNumber,
    })
    .from(filings)
    .where(
      and(
        eq(filings.reconsiderationCaseId, request.reconsiderationCaseId),
        eq(filings.origin, 'incidental'),
      ),
    );
  const same = earlier.find((e) =>
    named.number ? e.number === named.number : e.title === named.title,
  );
  if (same) {
    throw new AppError('REGULATIONS_INCIDENTAL_EXISTS', {
      document: request.document,
      caseNumber: same.caseNumber,
    });
  }
  const subjectRef = named.number ? await filingByNumber(tx, named.number) : undefined;
  const subject = subjectRef ? await loadFiling(tx, subjectRef.id) : undefined;
  const settings = await readSettings(tx);
  const year = Number(today.slice(0, 4));
  const caseNumber = reviewItemNumber(year, await nextSerial(tx, `review-${year}`));
  const clock = applyClock(emptyClock(), { start: ['incidentalReview'] }, today);
  const row = await insertFiling(tx, {
    caseNumber,
    origin: 'incidental',
    state: 'FILING_REVIEW',
    clock,
    nextDueDate: nextDueDate(clock, settings),
    regionCode: request.regionCode,
    organizationId: ctx.actor?.organizationId ?? null,
    filerId: ctx.actor?.userId ?? null,
    filerName: ctx.actor?.displayName ?? null,
    title: subject?.title ?? named.title,
    issuingBody: subject?.issuingBody ?? null,
    documentNumber: subject?.documentNumber ?? named.number,
    publishedOn: subject?.publishedOn ?? null,
    effectiveOn: subject?.effectiveOn ?? null,
    validUntil: subject?.validUntil ?? null,
    filedOn: today,
    text: subject?.text ?? null,
    superiorLaws: subject?.superiorLaws ?? [],
    reconsiderationCaseId: request.reconsiderationCaseId,
    reconsiderationCaseNumber: request.reconsiderationCaseNumber,
    requestReason: request.reason ?? null,
    subjectFilingId: subject?.id ?? null,
  });
  const details = {
    caseNumber,
    reconsiderationCaseNumber: request.reconsiderationCaseNumber,
    document: request.document,
    subject: subject?.caseNumber ?? null,
  };
  await filingRecords.addEvent(tx, {
    caseId: row.id,
    onDate: today,
    action: 'open_incidental',
    fromState: null,
    toState: 'FILING_REVIEW',
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.displayName ?? null,
    note: request.reason ?? null,
    details,
  });
  await record(tx, auditContext(ctx), {
    action: 'regulations.open_incidental',
    entityType: 'regulations_filing',
    entityId: row.id,
    regionCode: request.regionCode,
    details,
  });
  return view(row, subject?.caseNumber ?? null, ctx.locale);
}

function view(
  row: typeof filings.$inferSelect,
  subjectCaseNumber: string | null,
  locale: RequestContext['locale'],
): IncidentalReviewItem {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    state: row.state,
    stateLabel: filingStateLabel(row.state, locale),
    title: row.title,
    documentNumber: row.documentNumber,
    subjectCaseNumber,
    outcome: row.outcome?.decision ?? null,
  };
}

/** The review items a reconsideration case asked for (for its case page). */
export async function incidentalReviewsOfCase(
  db: Executor,
  reconsiderationCaseId: string,
  locale: RequestContext['locale'] = 'zh-CN',
): Promise<IncidentalReviewItem[]> {
  const rows = await incidentalsOfCase(db, reconsiderationCaseId);
  const out: IncidentalReviewItem[] = [];
  for (const row of rows) {
    const subject = row.subjectFilingId ? await loadFiling(db, row.subjectFilingId) : undefined;
    out.push(view(row, subject?.caseNumber ?? null, locale));
  }
  return out;
}
