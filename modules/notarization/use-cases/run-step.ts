// One step of a case, the same for every action: authorize, lock the case, check the version
// (optimistic locking) and the transition, apply the clock, write the case, its timeline event,
// its generated document, the audit event and the notifications — all in one transaction.
import { eq } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize, hasPermission } from '../../../platform/auth/permissions.js';
import { type Tx, withTx } from '../../../platform/db/index.js';
import type { OfficialDocument } from '../../../platform/documents/docx.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, type RequestContext } from '../../../platform/http/context.js';
import { enqueue } from '../../../platform/notify/index.js';
import { shanghaiDate, type LegalDate } from '../../../platform/workflow/dates.js';
import {
  applyClock,
  checkTransition,
  type ClockState,
} from '../../../platform/workflow/machine.js';
import { notarizationCase } from '../domain/case-type.js';
import { MATTER_TYPES, type MatterCode } from '../domain/matters.js';
import { NotarizationPermissions as P } from '../domain/permissions.js';
import type { DocFacts, DocKind } from '../domain/templates.js';
import { caseParties, type CaseRow, loadCase, lockCase, userName } from '../db/queries.js';
import { cases, events } from '../db/schema.js';
import { nextDueDate } from './deadlines.js';
import { officeOf } from './office.js';
import { storeGenerated } from './store-document.js';

export interface StepSpec {
  action: string;
  /** The version the user saw. */
  version: number;
  note?: string | undefined;
  /** Only the case's notary (or the head) may take the step. */
  assignedNotaryOnly?: boolean;
  /** Rule checks on the locked case; queries go through `tx` (PGlite has one connection). */
  check?: (c: CaseRow, tx: Tx) => void | Promise<void>;
  /** Changes to the case besides state, clock and version. */
  patch?: (c: CaseRow, onDate: LegalDate) => Partial<CaseRow> | void;
  /** Further writes (certificate, ledger); returns details for the event and the audit. */
  write?: (tx: Tx, c: CaseRow, onDate: LegalDate) => Promise<Record<string, unknown> | void>;
  document?: (facts: DocFacts, c: CaseRow) => { kind: DocKind; doc: OfficialDocument } | null;
  notify?: { subject: string; body: (c: CaseRow) => string };
  details?: Record<string, unknown>;
}

/** Loads a case the actor may see; outside the region looks the same as absent. */
export async function visibleCase(ctx: RequestContext, caseId: string): Promise<CaseRow> {
  const row = await loadCase(ctx.db, caseId);
  if (!row) throw new AppError('NOTARIZATION_CASE_NOT_FOUND');
  if (ctx.actor) {
    authorize(ctx.actor, P.read);
    try {
      authorize(ctx.actor, P.read, row);
    } catch {
      throw new AppError('NOTARIZATION_CASE_NOT_FOUND');
    }
  }
  return row;
}

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

export async function runStep(ctx: RequestContext, caseId: string, spec: StepSpec): Promise<void> {
  await visibleCase(ctx, caseId);
  const onDate = shanghaiDate();
  await withTx(ctx.db, async (tx) => {
    const c = (await lockCase(tx, caseId))!;
    if (c.version !== spec.version) throw new AppError('CONFLICT');
    const transition = checkTransition(
      notarizationCase,
      c.state,
      spec.action,
      ctx.actor,
      c,
      ctx.locale,
    );
    const actor = ctx.actor!;
    if (
      spec.assignedNotaryOnly &&
      c.notaryId !== actor.userId &&
      !hasPermission(actor, P.approve)
    ) {
      throw new AppError('NOTARIZATION_NOT_ASSIGNED_NOTARY', {
        notary: (await userName(tx, c.notaryId)) ?? '未指派',
      });
    }
    await spec.check?.(c, tx);
    const clock: ClockState = applyClock(c.clock, transition.clock, onDate);
    const patch = spec.patch?.(c, onDate) ?? {};
    const updated: CaseRow = { ...c, ...patch, state: transition.to, clock };
    await tx
      .update(cases)
      .set({
        ...patch,
        state: transition.to,
        clock,
        nextDueDate: nextDueDate(clock),
        version: c.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(cases.id, c.id));
    const written = (await spec.write?.(tx, updated, onDate)) ?? {};
    const details: Record<string, unknown> = { ...(spec.details ?? {}), ...written };
    if (spec.document) {
      const generated = spec.document(await docFacts(tx, c, onDate), updated);
      if (generated) {
        const stored = await storeGenerated(
          tx,
          c.id,
          generated.kind,
          generated.doc,
          actor.displayName,
        );
        details.documentId = stored.id;
      }
    }
    await tx.insert(events).values({
      caseId: c.id,
      onDate,
      action: spec.action,
      fromState: c.state,
      toState: transition.to,
      actorId: actor.userId,
      actorName: actor.displayName,
      note: spec.note ?? null,
      details,
    });
    await record(tx, auditContext(ctx), {
      action: `notarization.${spec.action}`,
      entityType: 'notarization_case',
      entityId: c.id,
      regionCode: c.regionCode,
      details: { caseNumber: c.caseNumber, from: c.state, to: transition.to, ...details },
    });
    if (spec.notify) {
      for (const p of await caseParties(tx, c.id)) {
        if (!p.phoneEncrypted) continue;
        await enqueue(tx, ctx.cipher, {
          channel: 'sms',
          recipient: ctx.cipher.decrypt(p.phoneEncrypted),
          subject: spec.notify.subject,
          body: spec.notify.body(updated),
          entityType: 'notarization_case',
          entityId: c.id,
          regionCode: c.regionCode,
        });
      }
    }
  });
}
