// The notarization case steps on the kernel's case-step runner: what a case is, how it is
// locked and saved, who may act on it, the facts its documents are written from, and whom a step
// notifies. Each use case describes its action as a StepSpec.
import { eq } from 'drizzle-orm';
import { hasPermission } from '../../../platform/auth/permissions.js';
import type { Tx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { enqueue } from '../../../platform/notify/index.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';
import {
  defineCaseSteps,
  type StepSpec as KernelStepSpec,
} from '../../../platform/workflow/case-steps.js';
import { notarizationCase } from '../domain/case-type.js';
import { MATTER_TYPES, type MatterCode } from '../domain/matters.js';
import { NotarizationPermissions as P } from '../domain/permissions.js';
import type { DocFacts } from '../domain/templates.js';
import { caseParties, type CaseRow, loadCase, lockCase, records, userName } from '../db/queries.js';
import { cases } from '../db/schema.js';
import { nextDueDate } from './deadlines.js';
import { officeOf } from './office.js';

export type StepSpec = KernelStepSpec<CaseRow, DocFacts> & {
  /** Only the case's notary (or the head) may take the step. */
  assignedNotaryOnly?: boolean;
};

export async function docFacts(tx: Tx, c: CaseRow, date: LegalDate): Promise<DocFacts> {
  const office = await officeOf(tx, c.officeCode);
  const applicants = (await caseParties(tx, c.id))
    .filter((p) => p.role === 'applicant')
    .map((p) => p.name);
  return {
    office: office.name,
    caseNumber: c.caseNumber,
    applicants,
    matterLabel: MATTER_TYPES[c.matterType as MatterCode].label['zh-CN'],
    date,
  };
}

const steps = defineCaseSteps<CaseRow, DocFacts>({
  module: 'notarization',
  entityType: 'notarization_case',
  caseType: notarizationCase,
  readPermission: P.read,
  notFound: 'NOTARIZATION_CASE_NOT_FOUND',
  records,
  load: loadCase,
  lock: lockCase,
  save: async (tx, next, changes) => {
    await tx
      .update(cases)
      .set({
        ...changes,
        state: next.state,
        clock: next.clock,
        nextDueDate: nextDueDate(next.clock),
        version: next.version,
        updatedAt: new Date(),
      })
      .where(eq(cases.id, next.id));
  },
  documentFacts: docFacts,
  notify: async (tx, ctx, c, subject, body) => {
    for (const p of await caseParties(tx, c.id)) {
      if (!p.phoneEncrypted) continue;
      await enqueue(tx, ctx.cipher, {
        channel: 'sms',
        recipient: ctx.cipher.decrypt(p.phoneEncrypted),
        subject,
        body,
        entityType: 'notarization_case',
        entityId: c.id,
        regionCode: c.regionCode,
      });
    }
  },
});

export const visibleCase = steps.visibleCase;

export function runStep(
  ctx: Parameters<typeof steps.runStep>[0],
  caseId: string,
  { assignedNotaryOnly, ...spec }: StepSpec,
): Promise<void> {
  if (!assignedNotaryOnly) return steps.runStep(ctx, caseId, spec);
  return steps.runStep(ctx, caseId, {
    ...spec,
    check: async (c, tx) => {
      const actor = ctx.actor!;
      if (c.notaryId !== actor.userId && !hasPermission(actor, P.approve)) {
        throw new AppError('NOTARIZATION_NOT_ASSIGNED_NOTARY', {
          notary: (await userName(tx, c.notaryId)) ?? '未指派',
        });
      }
      await spec.check?.(c, tx);
    },
  });
}
