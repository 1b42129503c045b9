// Review of an application (法律援助法 Art. 41–44): the one-time notice of every missing
// material, its supply (or the application deemed withdrawn when the period runs out), the
// officer's override of the eligibility check with a written reason, and the decision within
// 7 日: grant, provide before the decision (Art. 44), or refuse with reasons and the objection
// right (Art. 49).
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { failedCriteria, overrideEligibility } from '../domain/eligibility.js';
import { PROVISIONAL_GROUNDS } from '../domain/grounds.js';
import { grantDecision, materialNotice, refusalDecision } from '../domain/templates.js';
import type { ActionBody, FileInput } from '../contract.js';
import { records } from '../db/queries.js';
import { caseDeadlines } from './deadlines.js';
import { runStep } from './run-step.js';

const dueOf = (c: Parameters<typeof caseDeadlines>[0], key: string) =>
  caseDeadlines(c, '1970-01-01', 'zh-CN', 0).find((d) => d.key === key && d.metOn === null)
    ?.dueDate ?? null;

export function requestMaterial(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'requestMaterial'>,
) {
  return runStep(ctx, caseId, {
    action: 'request_material',
    version: body.version,
    note: body.note,
    patch: () => ({ missingItems: body.items }),
    document: (facts, c) => ({
      kind: 'material_notice',
      doc: materialNotice(facts, body.items, dueOf(c.clock, 'supplement')),
    }),
    notify: {
      subject: '法律援助申请需补充材料',
      body: (c) =>
        `您的法律援助申请（${c.caseNumber}）需补充：${body.items.join('；')}。请于 ${dueOf(c.clock, 'supplement') ?? '指定期限'} 前补充。`,
    },
    details: (c) => ({ items: body.items, supplyBy: dueOf(c.clock, 'supplement') }),
    public: true,
  });
}

export function supplyMaterial(
  ctx: RequestContext,
  caseId: string,
  body: { version: number | null; note?: string | undefined; materials: FileInput[] },
) {
  const by = ctx.actor?.displayName ?? '申请人';
  return runStep(ctx, caseId, {
    action: 'supply_material',
    version: body.version,
    note: body.note,
    patch: () => ({ missingItems: [] }),
    write: async (tx, c) => {
      for (const m of body.materials) await records.storeUpload(tx, c.id, 'material', m, by);
    },
    details: { materials: body.materials.map((m) => m.title) },
    public: true,
  });
}

export function deemWithdrawn(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'deemWithdrawn'>,
) {
  return runStep(ctx, caseId, {
    action: 'deem_withdrawn',
    version: body.version,
    note: body.note,
    check: (c) => {
      const due = dueOf(c.clock, 'supplement');
      if (due && shanghaiDate() <= due)
        throw new AppError('LEGAL_AID_SUPPLEMENT_NOT_DUE', { dueDate: due });
    },
    public: true,
  });
}

export function overrideCheck(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'overrideEligibility'>,
) {
  return runStep(ctx, caseId, {
    action: 'override_eligibility',
    version: body.version,
    note: body.note,
    patch: (_c, _clock, onDate) => ({
      eligibilityOverride: overrideEligibility(
        body.passed,
        body.reason,
        ctx.actor?.displayName ?? '',
        onDate,
      ),
    }),
    details: (c) => ({
      passed: body.passed,
      reason: body.reason.trim(),
      checkPassed: c.eligibility?.passed ?? null,
    }),
  });
}

export function grant(ctx: RequestContext, caseId: string, body: ActionBody<'grant'>) {
  return runStep(ctx, caseId, {
    action: 'grant',
    version: body.version,
    note: body.note,
    patch: (_c, _clock, onDate) => ({
      decision: {
        outcome: 'grant',
        reasons: body.note ?? '经审查符合法律援助条件',
        provisionalGround: null,
        decidedBy: ctx.actor?.displayName ?? '',
        decidedOn: onDate,
      },
    }),
    document: (facts, c) => ({
      kind: 'grant_decision',
      doc: grantDecision(facts, dueOf(c.clock, 'assign'), null),
    }),
    notify: {
      subject: '法律援助申请已获批准',
      body: (c) =>
        `您的法律援助申请（${c.caseNumber}）经审查决定给予法律援助，本中心将尽快指派承办人员。`,
    },
    public: true,
  });
}

export function provideProvisionally(
  ctx: RequestContext,
  caseId: string,
  body: ActionBody<'provideProvisionally'>,
) {
  const ground = PROVISIONAL_GROUNDS[body.ground]['zh-CN'];
  return runStep(ctx, caseId, {
    action: 'provide_provisionally',
    version: body.version,
    note: body.note,
    patch: (_c, _clock, onDate) => ({
      decision: {
        outcome: 'provisional',
        reasons: body.reasons,
        provisionalGround: ground,
        decidedBy: ctx.actor?.displayName ?? '',
        decidedOn: onDate,
      },
    }),
    document: (facts, c) => ({
      kind: 'grant_decision',
      doc: grantDecision(facts, dueOf(c.clock, 'assign'), ground),
    }),
    details: { ground: body.ground, reasons: body.reasons },
    public: true,
  });
}

export function refuse(ctx: RequestContext, caseId: string, body: ActionBody<'refuse'>) {
  return runStep(ctx, caseId, {
    action: 'refuse',
    version: body.version,
    note: body.note,
    patch: (_c, _clock, onDate) => ({
      decision: {
        outcome: 'refuse',
        reasons: body.reasons,
        provisionalGround: null,
        decidedBy: ctx.actor?.displayName ?? '',
        decidedOn: onDate,
      },
    }),
    document: (facts, c) => ({
      kind: 'refusal_decision',
      doc: refusalDecision(
        facts,
        body.reasons,
        c.eligibility && !c.eligibilityOverride
          ? failedCriteria(c.eligibility).split('、').filter(Boolean)
          : [],
      ),
    }),
    notify: {
      subject: '法律援助申请审查结果',
      body: (c) =>
        `您的法律援助申请（${c.caseNumber}）经审查决定不予法律援助。如有异议，可以向设立法律援助机构的司法行政部门提出（法律援助法第四十九条）。`,
    },
    details: { reasons: body.reasons },
    public: true,
  });
}
