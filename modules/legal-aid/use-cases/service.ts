// The service (法律援助法 Art. 50–52): the provider starts, the centre records what was done,
// the case closes with the closing materials (document copies, the report) and the recipient
// gets a satisfaction survey link; the head then sets and pays the subsidy from the standard.
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { ActionBody } from '../contract.js';
import type { Category } from '../domain/eligibility-rules.js';
import { computeSubsidy, type Grade } from '../domain/quality.js';
import { caseReview, records } from '../db/queries.js';
import { serviceRecords, surveys } from '../db/schema.js';
import { runStep } from './run-step.js';

export const surveyPath = (token: string) =>
  `/public/legal-aid/survey?token=${encodeURIComponent(token)}`;

export function startService(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'startService'>,
) {
  return runStep(ctx, caseId, {
    action: 'start_service',
    version: body.version,
    note: body.note,
    public: true,
  });
}

export function recordService(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'recordService'>,
) {
  return runStep(ctx, caseId, {
    action: 'record_service',
    version: body.version,
    note: body.note,
    check: (c) => {
      if (body.onDate > shanghaiDate())
        throw new AppError('LEGAL_AID_DATE_IN_FUTURE', { field: '办理日期' });
      if (c.assignedOn && body.onDate < c.assignedOn)
        throw new AppError('VALIDATION_FAILED', [
          { in: 'body', path: 'onDate', message: '办理日期不能早于指派日期' },
        ]);
    },
    write: async (tx, c) => {
      await tx.insert(serviceRecords).values({
        caseId: c.id,
        onDate: body.onDate,
        kind: body.kind,
        description: body.description,
        recordedBy: ctx.actor?.displayName ?? '',
      });
      return { kind: body.kind, onDate: body.onDate };
    },
  });
}

export function closeCase(ctx: RequestContext, caseId: string, body: ActionBody<'close'>) {
  if (body.materials.length === 0) throw new AppError('LEGAL_AID_CLOSING_MATERIALS_REQUIRED');
  const token = randomBytes(12).toString('base64url');
  return runStep(ctx, caseId, {
    action: 'close',
    version: body.version,
    note: body.note,
    patch: (_c, _clock, onDate) => ({
      closing: { outcome: body.outcome, report: body.report, closedOn: onDate },
    }),
    write: async (tx, c, onDate) => {
      const by = ctx.actor?.displayName ?? null;
      for (const m of body.materials) await records.storeUpload(tx, c.id, 'closing', m, by);
      await tx.insert(surveys).values({
        caseId: c.id,
        regionCode: c.regionCode,
        lawyerId: c.lawyerId,
        tokenHash: ctx.cipher.blindIndex(token),
        tokenEncrypted: ctx.cipher.encrypt(token),
        createdOn: onDate,
      });
      return { outcome: body.outcome, materials: body.materials.map((m) => m.title) };
    },
    notify: {
      subject: '法律援助案件已结案，请评价',
      body: (c) =>
        `您的法律援助案件（${c.caseNumber}）已结案。请对承办人员的服务进行评价：${new URL(surveyPath(token), ctx.config.SIFA_PUBLIC_URL).toString()}`,
    },
    public: true,
  });
}

export function paySubsidy(ctx: RequestContext, caseId: string, body: ActionBody<'paySubsidy'>) {
  if (body.extraYuan > 0 && !body.extraReason)
    throw new AppError('VALIDATION_FAILED', [
      { in: 'body', path: 'extraReason', message: '增加补贴须写明理由' },
    ]);
  let grade: Grade | null = null;
  return runStep(ctx, caseId, {
    action: 'pay_subsidy',
    version: body.version,
    note: body.note,
    check: async (c, tx) => {
      grade = ((await caseReview(tx, c.id))?.grade as Grade | undefined) ?? null;
    },
    patch: (c, _clock, onDate) => {
      const subsidy = computeSubsidy(c.category as Category, grade, body.extraYuan);
      const extra = body.extraReason ? `；另加 ${body.extraYuan} 元：${body.extraReason}` : '';
      return { subsidy: { ...subsidy, basis: subsidy.basis + extra, paidOn: onDate } };
    },
    details: (c) => ({ amountYuan: c.subsidy?.amountYuan ?? null, grade }),
  });
}
