// The reconsideration case steps on the kernel's case-step runner: what a case is, how it is
// locked and saved, the facts its notices are written from, and whom a step notifies. Each use
// case describes its action as a StepSpec.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/index.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';
import {
  defineCaseSteps,
  type StepSpec as KernelStepSpec,
} from '../../../platform/workflow/case-steps.js';
import { reconsiderationCase } from '../domain/case-type.js';
import { ReconsiderationPermissions } from '../domain/permissions.js';
import type { DocFacts } from '../domain/templates.js';
import { caseParties, type CaseRow, loadCase, lockCase, records } from '../db/queries.js';
import { cases } from '../db/schema.js';
import { authorityOf } from './authority.js';
import { nextDueDate } from './deadlines.js';
import { notifyApplicants } from './notify-applicants.js';

export type StepSpec = KernelStepSpec<CaseRow, DocFacts>;

async function docFacts(tx: Tx, c: CaseRow, date: LegalDate): Promise<DocFacts> {
  const authority = await authorityOf(tx, c.regionCode);
  const applicants = (await caseParties(tx, c.id))
    .filter((p) => p.role === 'applicant')
    .map((p) => p.name);
  return {
    issuer: authority.issuer,
    caseNumber: c.caseNumber,
    applicants,
    respondentName: c.respondentName,
    contestedAct: c.contestedAct,
    receivedDate: c.receivedDate,
    date,
  };
}

export const { visibleCase, runStep } = defineCaseSteps<CaseRow, DocFacts>({
  module: 'reconsideration',
  entityType: 'reconsideration_case',
  caseType: reconsiderationCase,
  readPermission: ReconsiderationPermissions.read,
  notFound: 'RECONSIDERATION_CASE_NOT_FOUND',
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
        nextDueDate: nextDueDate(next),
        version: next.version,
        updatedAt: new Date(),
      })
      .where(eq(cases.id, next.id));
  },
  documentFacts: docFacts,
  notify: (tx, ctx, c, subject, body) => notifyApplicants(tx, ctx.cipher, c, subject, body),
});
