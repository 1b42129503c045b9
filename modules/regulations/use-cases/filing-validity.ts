// 登记有效期: the reviewer registers a document's effective day and validity period (统一登记),
// e.g. after the issuing body announced a different period. It marks the document in force for
// that period, so it is refused for a document not published on the unified platform.
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { refreshStatuses } from '../db/queries.js';
import {
  filingRecords,
  lockFiling,
  readSettings,
  setVersionPublication,
  updateFiling,
  versionPublication,
} from '../db/filing-queries.js';
import { FilingPermissions } from '../domain/filing-permissions.js';
import { assertMayBeInForce, checkValidityPeriod } from '../domain/validity.js';
import { endOfForce } from './filing-publish.js';
import { visibleFiling } from './filing-steps.js';

export async function setValidity(
  ctx: RequestContext,
  id: string,
  input: { effectiveOn: string; validUntil: string | null },
): Promise<void> {
  const actor = requireActor(ctx);
  authorize(actor, FilingPermissions.review);
  await visibleFiling(ctx, id);
  const today = shanghaiDate();
  await withTx(ctx.db, async (tx) => {
    const c = (await lockFiling(tx, id))!;
    const version = await versionPublication(tx, c.libraryVersionId);
    assertMayBeInForce({ published: version?.published ?? false });
    if (c.repealedOn) {
      throw new AppError('REGULATIONS_VALIDITY_INVALID', {
        reason: '已废止的文件不能再登记有效期',
      });
    }
    const settings = await readSettings(tx);
    checkValidityPeriod(input.effectiveOn, input.validUntil, c.publishedOn, settings.validityYears);
    await updateFiling(tx, id, { effectiveOn: input.effectiveOn, validUntil: input.validUntil });
    await setVersionPublication(
      tx,
      version!.id,
      endOfForce({ ...c, validUntil: input.validUntil }),
      input.effectiveOn,
    );
    await refreshStatuses(tx, today);
    const details = {
      before: { effectiveOn: c.effectiveOn, validUntil: c.validUntil },
      after: input,
    };
    await filingRecords.addEvent(tx, {
      caseId: id,
      onDate: today,
      action: 'set_validity',
      fromState: c.state,
      toState: c.state,
      actorId: actor.userId,
      actorName: actor.displayName,
      details,
    });
    await record(tx, auditContext(ctx), {
      action: 'regulations.set_validity',
      entityType: 'regulations_filing',
      entityId: id,
      regionCode: c.regionCode,
      details: { caseNumber: c.caseNumber, ...details },
    });
  });
}
