// 质量评查 of a closed case: the reviewer scores every item of the sheet; the total and grade
// count in the provider's figures (and a failed review lowers the subsidy). The recipient's
// satisfaction survey is answered once, through the link with its token, without login.
import { eq } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { ActionBody } from '../contract.js';
import { LegalAidPermissions as P } from '../domain/permissions.js';
import { gradeOf, scoreSheet, SURVEY_QUESTIONS } from '../domain/quality.js';
import { LEGAL_AID_SETTINGS } from '../domain/settings.js';
import {
  caseReview,
  loadLawyer,
  lockCase,
  organizationById,
  records,
  surveyByHash,
} from '../db/queries.js';
import { cases, qualityReviews, surveys } from '../db/schema.js';
import { visibleCase } from './run-step.js';

export async function reviewQuality(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'qualityReview'>,
) {
  const actor = requireActor(ctx);
  const visible = await visibleCase(ctx, caseId);
  authorize(actor, P.quality, visible);
  const onDate = shanghaiDate();
  await withTx(ctx.db, async (tx) => {
    const c = (await lockCase(tx, caseId))!;
    if (!['CLOSED', 'SUBSIDY_PAID'].includes(c.state)) throw new AppError('LEGAL_AID_NOT_CLOSED');
    if (await caseReview(tx, c.id)) throw new AppError('LEGAL_AID_REVIEW_EXISTS');
    const { items, total } = scoreSheet(body.scores);
    const grade = gradeOf(total, LEGAL_AID_SETTINGS);
    await tx.insert(qualityReviews).values({
      caseId: c.id,
      regionCode: c.regionCode,
      lawyerId: c.lawyerId,
      reviewerId: actor.userId,
      reviewerName: actor.displayName,
      items,
      total,
      grade,
      comment: body.comment ?? null,
      reviewedOn: onDate,
    });
    const details = { total, grade, lawyerId: c.lawyerId };
    await records.addEvent(tx, {
      caseId: c.id,
      onDate,
      action: 'quality_review',
      fromState: c.state,
      toState: c.state,
      actorId: actor.userId,
      actorName: actor.displayName,
      note: body.comment ?? null,
      details,
    });
    await record(tx, auditContext(ctx), {
      action: 'legal-aid.quality_review',
      entityType: 'legal_aid_case',
      entityId: c.id,
      regionCode: c.regionCode,
      details: { caseNumber: c.caseNumber, ...details },
    });
  });
}

async function surveyOf(ctx: RequestContext, token: string) {
  const survey = await surveyByHash(ctx.db, ctx.cipher.blindIndex(token));
  if (!survey) throw new AppError('LEGAL_AID_SURVEY_NOT_FOUND');
  return survey;
}

/** What the survey page shows: the centre and provider, never the case's personal data. */
export async function getSurvey(ctx: RequestContext, token: string) {
  const survey = await surveyOf(ctx, token);
  const [c] = await ctx.db.select().from(cases).where(eq(cases.id, survey.caseId));
  const [centre, lawyer] = await Promise.all([
    organizationById(ctx.db, c!.organizationId),
    loadLawyer(ctx.db, survey.lawyerId),
  ]);
  return {
    centreName: centre?.name ?? '',
    providerName: lawyer?.name ?? null,
    closedOn: c!.closing?.closedOn ?? null,
    questions: SURVEY_QUESTIONS.map((q) => ({ code: q.code, label: q.label[ctx.locale] })),
    answered: survey.answeredAt !== null,
  };
}

export async function answerSurvey(
  ctx: RequestContext,
  token: string,
  body: { ratings: Record<string, number>; comment?: string | undefined },
) {
  const found = await surveyOf(ctx, token);
  for (const q of SURVEY_QUESTIONS) {
    if (body.ratings[q.code] === undefined)
      throw new AppError('VALIDATION_FAILED', [
        { in: 'body', path: `ratings.${q.code}`, message: `请为“${q.label['zh-CN']}”评分` },
      ]);
  }
  const ratings = Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.code, body.ratings[q.code]!]));
  const values = Object.values(ratings);
  const score = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
  await withTx(ctx.db, async (tx) => {
    const [locked] = await tx.select().from(surveys).where(eq(surveys.id, found.id)).for('update');
    if (locked!.answeredAt) throw new AppError('LEGAL_AID_SURVEY_ANSWERED');
    await tx
      .update(surveys)
      .set({ answeredAt: new Date(), ratings, score, comment: body.comment ?? null })
      .where(eq(surveys.id, found.id));
    const [c] = await tx.select().from(cases).where(eq(cases.id, found.caseId));
    await records.addEvent(tx, {
      caseId: found.caseId,
      onDate: shanghaiDate(),
      action: 'survey_answered',
      fromState: c!.state,
      toState: c!.state,
      actorId: null,
      actorName: '受援人',
      note: null,
      details: { score },
    });
    await record(tx, auditContext({ ...ctx, actor: null }), {
      action: 'legal-aid.survey_answered',
      entityType: 'legal_aid_case',
      entityId: found.caseId,
      regionCode: found.regionCode,
      details: { caseNumber: c!.caseNumber, score },
    });
  });
  return getSurvey(ctx, token);
}
