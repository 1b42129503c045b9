// 受理: accept with the record of what the applicant was told (公证法 Art. 27) and, for the
// in-person matters, their appearance (Art. 26); or not accept with reasons. The 15 工作日 of
// Art. 30 start on acceptance. Assigning a notary checks the relatives conflict (Art. 23).
import type { RequestContext } from '../../../platform/http/context.js';
import { AppError } from '../../../platform/errors/index.js';
import type { ActionBody } from '../contract.js';
import { MATTER_TYPES, type MatterCode } from '../domain/matters.js';
import { toldRecord } from '../domain/templates.js';
import { userName } from '../db/queries.js';
import { checkNotary } from './notaries.js';
import { runStep } from './run-step.js';

export function acceptCase(ctx: RequestContext, id: string, body: ActionBody<'accept'>) {
  if (!body.applicantAcknowledged) throw new AppError('NOTARIZATION_TOLD_RECORD_REQUIRED');
  return runStep(ctx, id, {
    action: 'accept',
    public: true,
    version: body.version,
    note: body.note,
    check: async (c, tx) => {
      const matter = MATTER_TYPES[c.matterType as MatterCode];
      if (matter.inPerson && !(body.appearedInPerson || c.appearedInPerson))
        throw new AppError('NOTARIZATION_IN_PERSON_REQUIRED', { matter: matter.label['zh-CN'] });
      if (body.notaryId) await checkNotary(tx, c, body.notaryId);
    },
    patch: (c, _clock, onDate) => ({
      acceptedDate: onDate,
      appearedInPerson: body.appearedInPerson || c.appearedInPerson,
      toldRecord: {
        items: body.toldItems,
        acknowledged: true,
        recordedBy: ctx.actor!.displayName,
        recordedOn: onDate,
      },
      ...(body.notaryId ? { notaryId: body.notaryId } : {}),
    }),
    document: (facts) => ({ kind: 'told_record', doc: toldRecord(facts, body.toldItems) }),
    details: { toldItems: body.toldItems, notaryId: body.notaryId ?? null },
    notify: {
      subject: '公证申请已受理',
      body: (c) => `您的公证申请已受理，受理号 ${c.caseNumber}。`,
    },
  });
}

export function notAccept(ctx: RequestContext, id: string, body: ActionBody<'notAccept'>) {
  return runStep(ctx, id, {
    action: 'not_accept',
    public: true,
    version: body.version,
    note: body.note,
    patch: (_c, _clock, onDate) => ({
      outcome: {
        ground: 'not_accepted',
        groundText: '不予受理',
        reasons: body.reasons,
        decidedBy: ctx.actor!.displayName,
        decidedOn: onDate,
      },
    }),
    details: { reasons: body.reasons },
  });
}

export function assignNotary(ctx: RequestContext, id: string, body: ActionBody<'assign'>) {
  return runStep(ctx, id, {
    action: 'assign',
    version: body.version,
    note: body.note,
    check: async (c, tx) => {
      await checkNotary(tx, c, body.notaryId);
    },
    patch: () => ({ notaryId: body.notaryId }),
    details: { notaryId: body.notaryId },
  });
}

/** The notary opens the review; with no notary assigned, the one who opens it takes the case. */
export function startReview(ctx: RequestContext, id: string, body: ActionBody<'startReview'>) {
  return runStep(ctx, id, {
    action: 'start_review',
    public: true,
    version: body.version,
    note: body.note,
    check: async (c, tx) => {
      if (c.notaryId && c.notaryId !== ctx.actor!.userId)
        throw new AppError('NOTARIZATION_NOT_ASSIGNED_NOTARY', {
          notary: (await userName(tx, c.notaryId)) ?? '',
        });
      if (!c.notaryId) await checkNotary(tx, c, ctx.actor!.userId);
    },
    patch: (c) => ({ notaryId: c.notaryId ?? ctx.actor!.userId }),
  });
}
