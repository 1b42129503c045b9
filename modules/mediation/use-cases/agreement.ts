// 调解协议: the written agreement is drafted with every item of Art. 29 (a .docx the parties
// read), then takes effect when every party has signed, sealed or fingerprinted it, the mediator
// has signed and the committee's seal is on it — on the last of those days, which starts the
// 30 日 for judicial confirmation (Art. 33). An oral agreement takes effect when reached (Art.
// 30). Either fixes the mediator's 以案定补 subsidy for the dispute.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { ActionBodies } from '../contract.js';
import { type DisputeType, subsidyFor } from '../domain/dispute-types.js';
import { agreementDocument, type SignatureRecord } from '../domain/templates.js';
import { ratesCovering } from '../db/committee-queries.js';
import { caseAgreement, caseParties, type CaseRow } from '../db/queries.js';
import { agreements } from '../db/schema.js';
import { checkPastDate } from './mediation-steps.js';
import { runStep } from './run-step.js';

async function subsidy(tx: Tx, c: CaseRow, onDate: string) {
  const rates = await ratesCovering(tx, c.regionCode);
  return subsidyFor(rates, c.disputeType as DisputeType, c.regionCode, onDate);
}

export async function draftAgreement(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['draftAgreement'],
) {
  const terms = {
    facts: body.facts,
    issues: body.issues,
    responsibilities: body.responsibilities,
    content: body.content,
    performanceManner: body.performanceManner,
    performanceDeadline: body.performanceDeadline ?? null,
  };
  await runStep(ctx, caseId, {
    action: 'draft_agreement',
    version: body.version,
    note: body.note,
    write: async (tx, c, onDate) => {
      const values = { kind: 'written' as const, ...terms, reachedOn: onDate, signatures: [] };
      await tx
        .insert(agreements)
        .values({ caseId: c.id, ...values })
        .onConflictDoUpdate({
          target: agreements.caseId,
          set: { ...values, effectiveOn: null, mediatorSignedOn: null, sealedOn: null },
        });
    },
    document: (facts) => ({ kind: 'agreement_draft', doc: agreementDocument(facts, terms, null) }),
  });
}

export async function reviseAgreement(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['reviseAgreement'],
) {
  await runStep(ctx, caseId, {
    action: 'revise_agreement',
    version: body.version,
    note: body.note,
  });
}

export async function signAgreement(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['signAgreement'],
) {
  // Checked on the locked case below; computed here for the step's legal date.
  const dates = [
    ...body.signatures.map((s) => s.signedOn),
    body.mediatorSignedOn,
    body.sealedOn,
  ].filter((d): d is string => !!d);
  const effectiveOn = dates.sort().at(-1) ?? shanghaiDate();
  let signatures: SignatureRecord[] = [];
  let amount = 0;
  let terms: Awaited<ReturnType<typeof caseAgreement>>;
  await runStep(ctx, caseId, {
    action: 'sign_agreement',
    version: body.version,
    note: body.note,
    onDate: effectiveOn,
    check: async (c, tx) => {
      const parties = await caseParties(tx, c.id);
      terms = await caseAgreement(tx, c.id);
      const signedBy = new Map(body.signatures.map((s) => [s.partyId, s]));
      const missing = [
        ...parties.filter((p) => !signedBy.has(p.id)).map((p) => `当事人${p.name}`),
        ...(body.mediatorSignedOn ? [] : ['人民调解员签名']),
        ...(body.sealedOn ? [] : ['人民调解委员会印章']),
      ];
      if (body.signatures.some((s) => !parties.some((p) => p.id === s.partyId)))
        throw new AppError('MEDIATION_PARTY_UNKNOWN');
      if (missing.length > 0)
        throw new AppError('MEDIATION_SIGNATURES_INCOMPLETE', { missing: missing.join('、') });
      for (const d of dates) checkPastDate(d, '签署日期', terms!.reachedOn);
      signatures = parties.map((p) => ({
        partyId: p.id,
        name: p.name,
        manner: signedBy.get(p.id)!.manner,
        signedOn: signedBy.get(p.id)!.signedOn,
      }));
      amount = await subsidy(tx, c, effectiveOn);
    },
    patch: () => ({ agreementKind: 'written', settledDate: effectiveOn, subsidyYuan: amount }),
    write: async (tx, c) => {
      await tx
        .update(agreements)
        .set({
          effectiveOn,
          signatures,
          mediatorSignedOn: body.mediatorSignedOn!,
          sealedOn: body.sealedOn!,
        })
        .where(eq(agreements.caseId, c.id));
      return { effectiveOn, subsidyYuan: amount };
    },
    document: (facts) => ({
      kind: 'agreement',
      doc: agreementDocument(facts, terms!, {
        signatures,
        mediatorSignedOn: body.mediatorSignedOn!,
        sealedOn: body.sealedOn!,
        effectiveOn,
      }),
    }),
    notify: {
      subject: '调解协议生效',
      body: (c) =>
        `您的纠纷（${c.caseNumber}）调解协议已于 ${effectiveOn} 生效，请按约定履行。双方可自生效之日起三十日内共同向人民法院申请司法确认。`,
    },
    public: true,
  });
}

export async function agreeOrally(
  ctx: RequestContext,
  caseId: string,
  body: ActionBodies['agreeOral'],
) {
  let amount = 0;
  await runStep(ctx, caseId, {
    action: 'agree_oral',
    version: body.version,
    note: body.note,
    check: async (c, tx) => {
      amount = await subsidy(tx, c, shanghaiDate());
    },
    patch: (_c, _clock, onDate) => ({
      agreementKind: 'oral',
      settledDate: onDate,
      subsidyYuan: amount,
    }),
    write: async (tx, c, onDate) => {
      const values = {
        kind: 'oral' as const,
        facts: c.facts,
        issues: c.claims,
        responsibilities: '',
        content: body.content,
        performanceManner: body.performanceManner,
        performanceDeadline: body.performanceDeadline ?? null,
        reachedOn: onDate,
        effectiveOn: onDate,
        signatures: [],
      };
      await tx
        .insert(agreements)
        .values({ caseId: c.id, ...values })
        .onConflictDoUpdate({ target: agreements.caseId, set: values });
      return { effectiveOn: onDate, subsidyYuan: amount };
    },
    public: true,
  });
}
