// 报备: a district or department files a normative document it issued. The number is checked
// (GB/T 9704), the text must parse into articles (it will be published as a library version),
// the superior laws must be in the library (the version in force on the publication day is
// recorded, for the cleanup's "superior law changed"), and filing after the configured period
// from publication is recorded as late. The review deadline starts on the filing day.
import { record } from '../../../platform/audit/index.js';
import { authorize, inScope } from '../../../platform/auth/permissions.js';
import { type Executor, withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import { type LegalDate, shanghaiDate } from '../../../platform/workflow/dates.js';
import { applyClock, emptyClock } from '../../../platform/workflow/machine.js';
import { workExists } from '../db/queries.js';
import type { SuperiorLaw } from '../db/filing-schema.js';
import {
  filingByNumber,
  filingRecords,
  insertFiling,
  nextSerial,
  readSettings,
} from '../db/filing-queries.js';
import type { FileBody, FilingCreated } from '../domain/filing-contract.js';
import { FilingPermissions } from '../domain/filing-permissions.js';
import {
  checkDocumentNumber,
  filingDueDate,
  isFiledLate,
  reviewItemNumber,
} from '../domain/filing-rules.js';
import { checkValidityPeriod, validUntilOf } from '../domain/validity.js';
import { articleInForce, versionInForce } from './library.js';
import { parseFiledText } from './filing-publish.js';
import { nextDueDate } from './filing-steps.js';

/** The superior laws as the library has them on `date`: version keys and article ids. */
export async function resolveSuperiorLaws(
  db: Executor,
  input: FileBody['superiorLaws'],
  date: LegalDate,
): Promise<SuperiorLaw[]> {
  const out: SuperiorLaw[] = [];
  for (const law of input) {
    if (!(await workExists(db, law.workKey))) {
      throw new AppError('REGULATIONS_FILING_BASIS_UNKNOWN', { key: law.workKey });
    }
    const version = await versionInForce(db, law.workKey, date);
    const articleIds: string[] = [];
    for (const article of law.articles) {
      const found = await articleInForce(db, law.workKey, article, date);
      if (!found) {
        throw new AppError('REGULATIONS_FILING_BASIS_ARTICLE_UNKNOWN', {
          key: law.workKey,
          date,
          article,
        });
      }
      if (!articleIds.includes(found.article.id)) articleIds.push(found.article.id);
    }
    out.push({ workKey: law.workKey, versionKey: version?.key ?? null, articleIds });
  }
  return out;
}

export async function fileDocument(ctx: RequestContext, input: FileBody): Promise<FilingCreated> {
  const actor = requireActor(ctx);
  authorize(actor, FilingPermissions.file);
  const regionCode = input.regionCode ?? actor.regionCode;
  if (!inScope(actor, regionCode)) throw new AppError('AUTH_OUT_OF_REGION');
  const today = shanghaiDate();
  const settings = await readSettings(ctx.db);
  const number = checkDocumentNumber(input.documentNumber, today, {
    requireRuleMark: settings.requireRuleMark,
    publishedOn: input.publishedOn,
  });
  if (!number.ok) {
    throw new AppError('REGULATIONS_DOCUMENT_NUMBER_INVALID', {
      number: input.documentNumber,
      reason: number.reason,
    });
  }
  if (input.publishedOn > today) {
    throw new AppError('REGULATIONS_FILING_DATES_INVALID', { reason: '公布日期不能晚于报备之日' });
  }
  const effectiveOn = input.effectiveOn ?? input.publishedOn;
  const validUntil = input.validUntil ?? validUntilOf(effectiveOn, settings.validityYears);
  checkValidityPeriod(effectiveOn, validUntil, input.publishedOn, settings.validityYears);
  parseFiledText({ ...input, documentNumber: number.normalized });
  const superiorLaws = await resolveSuperiorLaws(ctx.db, input.superiorLaws, input.publishedOn);
  const dueDate = filingDueDate(input.publishedOn, settings.filingDays, chinaCalendar());
  const late = isFiledLate(today, dueDate);

  return withTx(ctx.db, async (tx) => {
    const earlier = await filingByNumber(tx, number.normalized);
    if (earlier) {
      throw new AppError('REGULATIONS_FILING_DUPLICATE', {
        documentNumber: number.normalized,
        caseNumber: earlier.caseNumber,
      });
    }
    const year = Number(today.slice(0, 4));
    const caseNumber = reviewItemNumber(year, await nextSerial(tx, `review-${year}`));
    const clock = applyClock(emptyClock(), { start: ['review'] }, today);
    const warnings = [...number.warnings, ...(late ? [`报备超期：应于 ${dueDate} 前报备`] : [])];
    const row = await insertFiling(tx, {
      caseNumber,
      origin: 'filing',
      state: 'FILED',
      clock,
      nextDueDate: nextDueDate(clock, settings),
      regionCode,
      organizationId: actor.organizationId,
      filerId: actor.userId,
      filerName: actor.displayName,
      title: input.title,
      issuingBody: input.issuingBody,
      documentNumber: number.normalized,
      publishedOn: input.publishedOn,
      effectiveOn,
      validUntil,
      filedOn: today,
      filingDueDate: dueDate,
      filedLate: late,
      text: input.text,
      superiorLaws,
      warnings,
    });
    const details = { caseNumber, documentNumber: number.normalized, filedLate: late, dueDate };
    await filingRecords.addEvent(tx, {
      caseId: row.id,
      onDate: today,
      action: 'file',
      fromState: null,
      toState: 'FILED',
      actorId: actor.userId,
      actorName: actor.displayName,
      details,
    });
    await record(tx, auditContext(ctx), {
      action: 'regulations.file',
      entityType: 'regulations_filing',
      entityId: row.id,
      regionCode,
      details: { ...details, title: input.title },
    });
    return { id: row.id, caseNumber, filedLate: late, filingDueDate: dueDate, warnings };
  });
}
