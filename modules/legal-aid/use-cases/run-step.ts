// The legal-aid case steps on the kernel's case-step runner: what a case is, how it is locked
// and saved, the facts its documents are written from, and whom a step notifies (the applicant,
// by SMS through the outbox, in the step's transaction).
import { eq } from 'drizzle-orm';
import { enqueue } from '../../../platform/notify/index.js';
import {
  defineCaseSteps,
  type StepSpec as KernelStepSpec,
} from '../../../platform/workflow/case-steps.js';
import { legalAidCase } from '../domain/case-type.js';
import { LegalAidPermissions as P } from '../domain/permissions.js';
import type { DocFacts } from '../domain/templates.js';
import { caseParties, type CaseRow, loadCase, lockCase, records } from '../db/queries.js';
import { cases } from '../db/schema.js';
import { docFacts } from './centre.js';
import { nextDueDate } from './deadlines.js';

export type StepSpec = KernelStepSpec<CaseRow, DocFacts>;

const steps = defineCaseSteps<CaseRow, DocFacts>({
  module: 'legal-aid',
  entityType: 'legal_aid_case',
  caseType: legalAidCase,
  readPermission: P.read,
  notFound: 'LEGAL_AID_CASE_NOT_FOUND',
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
        entityType: 'legal_aid_case',
        entityId: c.id,
        regionCode: c.regionCode,
      });
    }
  },
});

export const visibleCase = steps.visibleCase;
export const runStep = steps.runStep;
