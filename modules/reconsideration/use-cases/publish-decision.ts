// 阳光复议: a served decision is prepared for publication with personal data redacted (names
// keep the surname), reviewed and edited by a clerk, then published; it can be withdrawn.
import { eq } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { ReconsiderationPermissions } from '../domain/permissions.js';
import { OUTCOMES, type OutcomeType } from '../domain/outcomes.js';
import { redact } from '../domain/redaction.js';
import { caseParties, type CaseRow } from '../db/queries.js';
import { publications } from '../db/schema.js';
import { authorityOf } from './authority.js';
import { visibleCase } from './run-step.js';

function decisionText(c: CaseRow, issuer: string, applicants: string[]): string {
  const d = c.decision!;
  return [
    `${issuer} 行政复议决定书 ${c.caseNumber}`,
    `申请人：${applicants.join('、')}`,
    `被申请人：${c.respondentName}`,
    `申请人不服被申请人${c.contestedAct}，向本机关申请行政复议。`,
    `申请人请求：${c.requests}`,
    `查明事实：${d.summary}`,
    `本机关认为：${d.reasons}`,
    `根据${d.legalBasis}，本机关决定：${OUTCOMES[d.type as OutcomeType].label['zh-CN']}。`,
  ].join('\n');
}

async function publishable(ctx: RequestContext, caseId: string) {
  const actor = requireActor(ctx);
  const c = await visibleCase(ctx, caseId);
  authorize(actor, ReconsiderationPermissions.publish, c);
  if (c.state !== 'CLOSED' || !c.decision) throw new AppError('RECONSIDERATION_NOT_PUBLISHABLE');
  return c;
}

/** Drafts the redacted text (or returns the existing draft) for the clerk to review. */
export async function preparePublication(ctx: RequestContext, caseId: string) {
  const c = await publishable(ctx, caseId);
  const parties = await caseParties(ctx.db, c.id);
  const authority = await authorityOf(ctx.db, c.regionCode);
  const people = parties.filter((p) => p.kind === 'person');
  const personal = {
    names: people.map((p) => p.name),
    addresses: parties
      .filter((p) => p.addressEncrypted)
      .map((p) => ctx.cipher.decrypt(p.addressEncrypted!)),
    others: parties
      .flatMap((p) => [
        p.idNumberEncrypted && ctx.cipher.decrypt(p.idNumberEncrypted),
        p.phoneEncrypted && ctx.cipher.decrypt(p.phoneEncrypted),
      ])
      .filter((v): v is string => !!v),
  };
  const text = decisionText(
    c,
    authority.issuer,
    parties.filter((p) => p.role === 'applicant').map((p) => p.name),
  );
  const { text: redactedText, replacements } = redact(text, personal);
  return { redactedText, replacements };
}

export async function publishDecision(ctx: RequestContext, caseId: string, redactedText: string) {
  const c = await publishable(ctx, caseId);
  // The clerk's edit must still hold no name of a person of the case.
  const names = (await caseParties(ctx.db, c.id))
    .filter((p) => p.kind === 'person')
    .map((p) => p.name);
  const leaked = names.find((n) => n.length >= 2 && redactedText.includes(n));
  if (leaked)
    throw new AppError('BAD_REQUEST', {
      reason: `公开文本中仍含有当事人姓名“${leaked.slice(0, 1)}某”，请隐去后再公开`,
    });
  await withTx(ctx.db, async (tx) => {
    const values = {
      caseId: c.id,
      status: 'published' as const,
      title: `${c.caseNumber} ${c.respondentName}${OUTCOMES[c.decision!.type as OutcomeType].label['zh-CN']}决定`,
      redactedText,
      respondentName: c.respondentName,
      outcome: c.decision!.type,
      year: Number((c.decision!.decisionDate ?? c.receivedDate).slice(0, 4)),
      regionCode: c.regionCode,
      reviewedBy: ctx.actor!.displayName,
      publishedAt: new Date(),
    };
    await tx
      .insert(publications)
      .values(values)
      .onConflictDoUpdate({ target: publications.caseId, set: values });
    await record(tx, auditContext(ctx), {
      action: 'reconsideration.publish',
      entityType: 'reconsideration_case',
      entityId: c.id,
      regionCode: c.regionCode,
      details: { caseNumber: c.caseNumber },
    });
  });
}

export async function withdrawPublication(ctx: RequestContext, caseId: string) {
  const c = await publishable(ctx, caseId);
  await withTx(ctx.db, async (tx) => {
    const rows = await tx
      .update(publications)
      .set({ status: 'withdrawn' })
      .where(eq(publications.caseId, c.id))
      .returning({ id: publications.caseId });
    if (rows.length === 0) throw new AppError('RECONSIDERATION_PUBLICATION_NOT_FOUND');
    await record(tx, auditContext(ctx), {
      action: 'reconsideration.withdraw_publication',
      entityType: 'reconsideration_case',
      entityId: c.id,
      regionCode: c.regionCode,
    });
  });
}
