// One step of a case, the same for every action: authorize, lock the case, check the version
// (optimistic locking) and the transition, apply the clock, write the case, its timeline event,
// its generated notice, the audit event and the notifications — all in one transaction.
import { eq } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { type Tx, withTx } from '../../../platform/db/index.js';
import type { OfficialDocument } from '../../../platform/documents/docx.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, type RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate, type LegalDate } from '../../../platform/workflow/dates.js';
import {
  applyClock,
  checkTransition,
  type ClockState,
} from '../../../platform/workflow/machine.js';
import { reconsiderationCase } from '../domain/case-type.js';
import { ReconsiderationPermissions } from '../domain/permissions.js';
import type { DocFacts, NoticeKind } from '../domain/templates.js';
import { caseParties, type CaseRow, lockCase, loadCase } from '../db/queries.js';
import { cases, events } from '../db/schema.js';
import { authorityOf } from './authority.js';
import { nextDueDate } from './deadlines.js';
import { notifyApplicants } from './notify-applicants.js';
import { storeGenerated } from './store-document.js';

export interface StepSpec {
  action: string;
  /** The version the user saw; null for the system's own steps (timers). */
  version: number | null;
  note?: string | undefined;
  /** The legal date of the step (defaults to today in Shanghai). */
  onDate?: LegalDate;
  /** Rule checks on the locked case; queries go through `tx` (PGlite has one connection). */
  check?: (c: CaseRow, tx: Tx) => void | Promise<void>;
  /** Changes to the case besides state, clock and version; may adjust the clock. */
  patch?: (c: CaseRow, clock: ClockState) => Partial<CaseRow> | void;
  write?: (tx: Tx, c: CaseRow) => Promise<void>;
  document?: (facts: DocFacts, c: CaseRow) => { kind: NoticeKind; doc: OfficialDocument } | null;
  notify?: { subject: string; body: (c: CaseRow) => string };
  /** Recorded with the event and the audit; a function sees the case after the step. */
  details?: Record<string, unknown> | ((c: CaseRow) => Record<string, unknown>);
  /** Shown on the applicant's tracking page. */
  public?: boolean;
}

/** Loads a case the actor may see; outside the region looks the same as absent. */
export async function visibleCase(ctx: RequestContext, caseId: string): Promise<CaseRow> {
  const row = await loadCase(ctx.db, caseId);
  if (!row) throw new AppError('RECONSIDERATION_CASE_NOT_FOUND');
  if (ctx.actor) {
    authorize(ctx.actor, ReconsiderationPermissions.read);
    try {
      authorize(ctx.actor, ReconsiderationPermissions.read, row);
    } catch {
      throw new AppError('RECONSIDERATION_CASE_NOT_FOUND');
    }
  }
  return row;
}

export async function runStep(ctx: RequestContext, caseId: string, spec: StepSpec): Promise<void> {
  await visibleCase(ctx, caseId);
  const onDate = spec.onDate ?? shanghaiDate();
  await withTx(ctx.db, async (tx) => {
    const c = (await lockCase(tx, caseId))!;
    if (spec.version !== null && c.version !== spec.version) throw new AppError('CONFLICT');
    const transition = checkTransition(
      reconsiderationCase,
      c.state,
      spec.action,
      ctx.actor,
      c,
      ctx.locale,
    );
    await spec.check?.(c, tx);
    let clock = applyClock(c.clock, transition.clock, onDate);
    const patch = spec.patch?.(c, clock) ?? {};
    if (patch.clock) clock = patch.clock;
    const procedure = patch.procedure ?? c.procedure;
    const updated: CaseRow = { ...c, ...patch, state: transition.to, clock, procedure };
    await tx
      .update(cases)
      .set({
        ...patch,
        state: transition.to,
        clock,
        nextDueDate: nextDueDate({ clock, procedure }),
        version: c.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(cases.id, c.id));
    await spec.write?.(tx, updated);
    const details =
      typeof spec.details === 'function' ? spec.details(updated) : (spec.details ?? {});
    let documentId: string | null = null;
    if (spec.document) {
      const authority = await authorityOf(tx, c.regionCode);
      const applicants = (await caseParties(tx, c.id))
        .filter((p) => p.role === 'applicant')
        .map((p) => p.name);
      const facts: DocFacts = {
        issuer: authority.issuer,
        caseNumber: c.caseNumber,
        applicants,
        respondentName: c.respondentName,
        contestedAct: c.contestedAct,
        receivedDate: c.receivedDate,
        date: onDate,
      };
      const generated = spec.document(facts, updated);
      if (generated)
        documentId = (
          await storeGenerated(
            tx,
            c.id,
            generated.kind,
            generated.doc,
            ctx.actor?.displayName ?? null,
          )
        ).id;
    }
    await tx.insert(events).values({
      caseId: c.id,
      onDate,
      action: spec.action,
      fromState: c.state,
      toState: transition.to,
      actorId: ctx.actor?.userId ?? null,
      actorName: ctx.actor?.displayName ?? null,
      note: spec.note ?? null,
      details: { ...details, ...(documentId ? { documentId } : {}) },
      public: spec.public ?? false,
    });
    await record(tx, auditContext(ctx), {
      action: `reconsideration.${spec.action}`,
      entityType: 'reconsideration_case',
      entityId: c.id,
      regionCode: c.regionCode,
      details: {
        caseNumber: c.caseNumber,
        from: c.state,
        to: transition.to,
        ...(spec.details ?? {}),
      },
    });
    if (spec.notify)
      await notifyApplicants(tx, ctx.cipher, c, spec.notify.subject, spec.notify.body(updated));
  });
}
