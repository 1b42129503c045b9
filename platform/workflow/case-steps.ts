// One step of a case, the same in every case module: authorize, lock the case, check the version
// (optimistic locking) and the transition, apply the clock, write the case, its timeline event,
// its generated document, the audit event and the notifications — all in one transaction. A
// module describes its cases once (defineCaseSteps) and each action as a StepSpec.
import { record } from '../audit/index.js';
import { type Actor, authorize } from '../auth/permissions.js';
import { type Executor, type Tx, withTx } from '../db/index.js';
import type { OfficialDocument } from '../documents/docx.js';
import { AppError } from '../errors/index.js';
import { auditContext, type RequestContext } from '../http/context.js';
import type { CaseRecords } from './case-tables.js';
import { shanghaiDate, type LegalDate } from './dates.js';
import { applyClock, type CaseTypeDef, checkTransition, type ClockState } from './machine.js';

/** What the runner needs of a case row; modules' rows have more. */
export interface CaseBase {
  id: string;
  caseNumber: string;
  state: string;
  clock: ClockState;
  version: number;
  regionCode: string;
}

export interface StepSpec<Row extends CaseBase, Facts> {
  action: string;
  /** The version the user saw; null for the system's own steps (timers). */
  version: number | null;
  note?: string | undefined;
  /** The legal date of the step (defaults to today in Shanghai). */
  onDate?: LegalDate;
  /** Rule checks on the locked case; queries go through `tx` (PGlite has one connection). */
  check?: (c: Row, tx: Tx) => void | Promise<void>;
  /** Changes to the case besides state, clock and version; may return an adjusted clock. */
  patch?: (c: Row, clock: ClockState, onDate: LegalDate) => Partial<Row> | void;
  /** Further writes; what it returns is recorded with the event and the audit. */
  write?: (tx: Tx, c: Row, onDate: LegalDate) => Promise<Record<string, unknown> | void>;
  /** The notice or decision the step produces, from the module's facts and the updated case. */
  document?: (facts: Facts, c: Row) => { kind: string; doc: OfficialDocument } | null;
  notify?: { subject: string; body: (c: Row) => string };
  /** Recorded with the event and the audit; a function sees the case after the step. */
  details?: Record<string, unknown> | ((c: Row) => Record<string, unknown>);
  /** Shown on the applicant's tracking page. */
  public?: boolean;
}

export interface CaseStepsConfig<Row extends CaseBase, Facts> {
  /** The module's name: audit actions are `<module>.<action>`. */
  module: string;
  entityType: string;
  caseType: CaseTypeDef<Row>;
  readPermission: string;
  /** The error code of a case that is absent or outside the actor's region. */
  notFound: string;
  records: CaseRecords;
  load(db: Executor, id: string): Promise<Row | null | undefined>;
  /** SELECT … FOR UPDATE of the case. */
  lock(tx: Tx, id: string): Promise<Row | null | undefined>;
  /** Writes the case after a step: `changes` from the step's patch, `next` the whole new row. */
  save(tx: Tx, next: Row, changes: Partial<Row>): Promise<void>;
  /** A further check of who may take a step (e.g. only the assigned handler). */
  authorizeStep?(actor: Actor, c: Row, tx: Tx): void | Promise<void>;
  /** The facts the module's documents are written from. */
  documentFacts?(tx: Tx, c: Row, onDate: LegalDate): Promise<Facts>;
  /** Tells the parties, through the outbox, in the same transaction. */
  notify?(tx: Tx, ctx: RequestContext, c: Row, subject: string, body: string): Promise<void>;
}

export function defineCaseSteps<Row extends CaseBase, Facts = never>(
  config: CaseStepsConfig<Row, Facts>,
) {
  /** Loads a case the actor may see; outside the region looks the same as absent. */
  async function visibleCase(ctx: RequestContext, caseId: string): Promise<Row> {
    const row = await config.load(ctx.db, caseId);
    if (!row) throw new AppError(config.notFound);
    if (ctx.actor) {
      authorize(ctx.actor, config.readPermission);
      try {
        authorize(ctx.actor, config.readPermission, row);
      } catch {
        throw new AppError(config.notFound);
      }
    }
    return row;
  }

  async function runStep(
    ctx: RequestContext,
    caseId: string,
    spec: StepSpec<Row, Facts>,
  ): Promise<void> {
    await visibleCase(ctx, caseId);
    const onDate = spec.onDate ?? shanghaiDate();
    await withTx(ctx.db, async (tx) => {
      const c = (await config.lock(tx, caseId))!;
      if (spec.version !== null && c.version !== spec.version) throw new AppError('CONFLICT');
      const transition = checkTransition(
        config.caseType,
        c.state,
        spec.action,
        ctx.actor,
        c,
        ctx.locale,
      );
      if (ctx.actor && config.authorizeStep) await config.authorizeStep(ctx.actor, c, tx);
      await spec.check?.(c, tx);
      const clock = applyClock(c.clock, transition.clock, onDate);
      const changes = spec.patch?.(c, clock, onDate) ?? {};
      const next: Row = {
        ...c,
        clock,
        ...changes,
        state: transition.to,
        version: c.version + 1,
      };
      await config.save(tx, next, changes);
      const written = (await spec.write?.(tx, next, onDate)) ?? {};
      const details = {
        ...(typeof spec.details === 'function' ? spec.details(next) : (spec.details ?? {})),
        ...written,
      };
      if (spec.document && config.documentFacts) {
        const generated = spec.document(await config.documentFacts(tx, c, onDate), next);
        if (generated) {
          const by = ctx.actor?.displayName ?? null;
          const stored = await config.records.storeGenerated(
            tx,
            c.id,
            generated.kind,
            generated.doc,
            by,
          );
          details.documentId = stored.id;
        }
      }
      await config.records.addEvent(tx, {
        caseId: c.id,
        onDate,
        action: spec.action,
        fromState: c.state,
        toState: transition.to,
        actorId: ctx.actor?.userId ?? null,
        actorName: ctx.actor?.displayName ?? null,
        note: spec.note ?? null,
        details,
        public: spec.public ?? false,
      });
      await record(tx, auditContext(ctx), {
        action: `${config.module}.${spec.action}`,
        entityType: config.entityType,
        entityId: c.id,
        regionCode: c.regionCode,
        details: { caseNumber: c.caseNumber, from: c.state, to: transition.to, ...details },
      });
      if (spec.notify && config.notify)
        await config.notify(tx, ctx, c, spec.notify.subject, spec.notify.body(next));
    });
  }

  return { visibleCase, runStep };
}
