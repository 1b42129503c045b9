// The mediation steps on the kernel's case-step runner: how a dispute is locked and saved, who
// may act on it (its mediator, or an administrator of the committee), the facts its documents
// are written from, and how the parties are told (SMS through the outbox).
import { eq } from 'drizzle-orm';
import { hasPermission } from '../../../platform/auth/permissions.js';
import type { Tx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { sexOfIdNumber } from '../../../platform/identifiers/index.js';
import { enqueue } from '../../../platform/notify/index.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';
import {
  defineCaseSteps,
  type StepSpec as KernelStepSpec,
} from '../../../platform/workflow/case-steps.js';
import { mediationCase } from '../domain/case-type.js';
import { disputeTypeLabel } from '../domain/dispute-types.js';
import { PARTY_ROLES, type PartyRole } from '../domain/outcomes.js';
import { MediationPermissions as P } from '../domain/permissions.js';
import type { DocFacts, PartyFacts } from '../domain/templates.js';
import { loadCommittee, loadMediator } from '../db/committee-queries.js';
import {
  caseParties,
  type CaseRow,
  loadCase,
  lockCase,
  type PartyRow,
  records,
} from '../db/queries.js';
import { cases } from '../db/schema.js';
import { nextDueDate } from './deadlines.js';

export type StepSpec = KernelStepSpec<CaseRow, DocFacts>;

function birthDate(idNumber: string): string {
  return `${idNumber.slice(6, 10)}年${Number(idNumber.slice(10, 12))}月${Number(idNumber.slice(12, 14))}日`;
}

/** A party as the agreement describes them: sex and birth date from the ID number, masked. */
export function partyFacts(p: PartyRow, ctx: Pick<RequestContext, 'cipher'>): PartyFacts {
  const id = p.idNumberEncrypted ? ctx.cipher.decrypt(p.idNumberEncrypted) : null;
  return {
    id: p.id,
    roleLabel: PARTY_ROLES[p.role as PartyRole]['zh-CN'],
    name: p.name,
    kind: p.kind,
    sex: id ? (sexOfIdNumber(id) === 'female' ? '女' : '男') : null,
    birthDate: id ? birthDate(id) : null,
    idNumberMasked: p.idNumberMasked,
    creditCode: p.creditCode,
    address: p.addressEncrypted ? ctx.cipher.decrypt(p.addressEncrypted) : null,
  };
}

export function stepsFor(ctx: RequestContext) {
  return defineCaseSteps<CaseRow, DocFacts>({
    module: 'mediation',
    entityType: 'mediation_case',
    caseType: mediationCase,
    readPermission: P.read,
    notFound: 'MEDIATION_CASE_NOT_FOUND',
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
    // A mediator acts on the disputes given to them; an administrator on any of the region.
    authorizeStep: async (actor, c, tx) => {
      if (hasPermission(actor, P.assign) || !c.mediatorId) return;
      const mediator = await loadMediator(tx, c.mediatorId);
      if (mediator?.userId !== actor.userId)
        throw new AppError('MEDIATION_NOT_ASSIGNED_MEDIATOR', { mediator: mediator?.name ?? '' });
    },
    documentFacts: async (tx: Tx, c: CaseRow, date: LegalDate): Promise<DocFacts> => {
      const [committee, mediator, parties] = await Promise.all([
        loadCommittee(tx, c.committeeId),
        c.mediatorId ? loadMediator(tx, c.mediatorId) : undefined,
        caseParties(tx, c.id),
      ]);
      return {
        committee: committee!.name,
        caseNumber: c.caseNumber,
        disputeLabel: disputeTypeLabel(c.disputeType, 'zh-CN'),
        parties: parties.map((p) => partyFacts(p, ctx)),
        mediator: mediator?.name ?? null,
        date,
      };
    },
    notify: async (tx, _ctx, c, subject, body) => {
      for (const p of await caseParties(tx, c.id)) {
        if (!p.phoneEncrypted) continue;
        await enqueue(tx, ctx.cipher, {
          channel: 'sms',
          recipient: ctx.cipher.decrypt(p.phoneEncrypted),
          subject,
          body,
          entityType: 'mediation_case',
          entityId: c.id,
          regionCode: c.regionCode,
        });
      }
    },
  });
}

export const visibleCase = (ctx: RequestContext, caseId: string) =>
  stepsFor(ctx).visibleCase(ctx, caseId);

export const runStep = (ctx: RequestContext, caseId: string, spec: StepSpec) =>
  stepsFor(ctx).runStep(ctx, caseId, spec);
