// The reviewer's steps (备案审查人员): start the review, pass it (通过: the document is published into
// the library), ask for correction with the items to correct (要求纠正), confirm the corrected text
// (纠正完毕: published), or revoke (撤销). The filer's answer is in filing-correction.ts.
import { max, eq } from 'drizzle-orm';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { refreshStatuses } from '../db/queries.js';
import { filingCorrections } from '../db/filing-schema.js';
import {
  addCorrections,
  closeCorrections,
  correctionsOf,
  type FilingRow,
  loadFiling,
  setVersionPublication,
  updateFiling,
} from '../db/filing-queries.js';
import type { FilingOutcome } from '../db/filing-schema.js';
import { AppError } from '../../../platform/errors/index.js';
import { announceVersions, publishFiling } from './filing-publish.js';
import { runFilingStep } from './filing-steps.js';

interface Versioned {
  version: number;
}

const outcome = (
  ctx: RequestContext,
  decision: FilingOutcome['decision'],
  reasons: string | undefined,
  onDate: string,
): FilingOutcome => ({
  decision,
  reasons: reasons ?? '',
  decidedBy: requireActor(ctx).displayName,
  decidedOn: onDate,
});

/** Publishes a filed document in the step's transaction; incidental items publish nothing. */
async function publishIfFiled(tx: Tx, c: FilingRow, onDate: string, published: string[]) {
  if (c.origin !== 'filing') return {};
  const current = (await loadFiling(tx, c.id))!;
  const { versionId, versionKey } = await publishFiling(tx, current, onDate);
  published.push(versionId);
  return { published: versionKey };
}

export async function startReview(
  ctx: RequestContext,
  id: string,
  body: Versioned & { note?: string },
) {
  await runFilingStep(ctx, id, { action: 'start_review', version: body.version, note: body.note });
}

export async function approveFiling(
  ctx: RequestContext,
  id: string,
  body: Versioned & { reasons?: string | undefined },
) {
  const published: string[] = [];
  await runFilingStep(ctx, id, {
    action: 'approve',
    version: body.version,
    note: body.reasons,
    patch: (_c, _clock, onDate) => ({ outcome: outcome(ctx, 'approved', body.reasons, onDate) }),
    write: (tx, c, onDate) => publishIfFiled(tx, c, onDate, published),
  });
  if (published.length) await announceVersions(ctx.db, { id, state: 'OK' }, published);
}

export async function requestCorrection(
  ctx: RequestContext,
  id: string,
  body: Versioned & { items: string[]; reasons?: string | undefined },
) {
  await runFilingStep(ctx, id, {
    action: 'request_correction',
    version: body.version,
    note: body.reasons,
    patch: (_c, _clock, onDate) => ({ outcome: outcome(ctx, 'correction', body.reasons, onDate) }),
    write: async (tx, c, onDate) => {
      const [last] = await tx
        .select({ round: max(filingCorrections.round) })
        .from(filingCorrections)
        .where(eq(filingCorrections.filingId, c.id));
      const round = (last?.round ?? 0) + 1;
      await addCorrections(tx, c.id, round, body.items, onDate);
      return { round, items: body.items };
    },
  });
}

export async function confirmCorrection(
  ctx: RequestContext,
  id: string,
  body: Versioned & { note?: string | undefined },
) {
  const published: string[] = [];
  await runFilingStep(ctx, id, {
    action: 'confirm_correction',
    version: body.version,
    note: body.note,
    check: async (c, tx) => {
      const open = (await correctionsOf(tx, c.id)).filter((r) => r.state === 'open');
      if (open.length > 0) {
        throw new AppError('REGULATIONS_CORRECTION_RESPONSE_MISSING', {
          ordinal: open[0]!.ordinal,
          item: open[0]!.item,
        });
      }
    },
    patch: (_c, _clock, onDate) => ({ outcome: outcome(ctx, 'corrected', body.note, onDate) }),
    write: async (tx, c, onDate) => {
      await closeCorrections(tx, c.id, onDate);
      return publishIfFiled(tx, c, onDate, published);
    },
  });
  if (published.length) await announceVersions(ctx.db, { id, state: 'CORRECTED' }, published);
}

/**
 * 撤销. A filed document was never published, so nothing leaves the library; an incidental review
 * that revokes a published document ends it in the library on the decision day.
 */
export async function revokeFiling(
  ctx: RequestContext,
  id: string,
  body: Versioned & { reasons: string },
) {
  await runFilingStep(ctx, id, {
    action: 'revoke',
    version: body.version,
    note: body.reasons,
    patch: (_c, _clock, onDate) => ({
      outcome: outcome(ctx, 'revoked', body.reasons, onDate),
      repealedOn: onDate,
      repealReason: body.reasons,
    }),
    write: async (tx, c, onDate) => {
      const subject = c.subjectFilingId ? await loadFiling(tx, c.subjectFilingId) : undefined;
      if (!subject || subject.repealedOn) return {};
      await updateFiling(tx, subject.id, {
        repealedOn: onDate,
        repealReason: `附带审查撤销（${c.caseNumber}，复议案件 ${c.reconsiderationCaseNumber}）`,
      });
      if (subject.libraryVersionId) {
        await setVersionPublication(tx, subject.libraryVersionId, onDate);
        await refreshStatuses(tx, onDate);
      }
      return { revokedDocument: subject.caseNumber };
    },
  });
}
