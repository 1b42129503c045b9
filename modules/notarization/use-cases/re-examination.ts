// 复查 (公证法 Art. 39; 公证程序规则 Art. 61–63 [S]): the head opens it and names a notary other
// than the one who handled the case; that notary maintains, corrects, supplements or revokes.
// A correction or revocation appends a ledger entry pointing to the certificate's own entry.
// The request must come within the window of 规则 Art. 61 (domain/re-examination.ts); a
// revocation names its ground, which the public notice of revocations shows.
import { eq } from 'drizzle-orm';
import { sha256Hex } from '../../../platform/documents/docx.js';
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { appendEntry } from '../../../platform/ledger/log.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { ActionBody } from '../contract.js';
import { type AmendmentEntry, entryBytes, LEDGER_LOG } from '../domain/certificate.js';
import { RE_EXAMINATION_OUTCOMES } from '../domain/grounds.js';
import { checkReExaminationWindow } from '../domain/re-examination.js';
import { caseCertificate, userName } from '../db/queries.js';
import { certificates } from '../db/schema.js';
import { checkNotary } from './notaries.js';
import { runStep } from './run-step.js';

export function startReExamination(
  ctx: RequestContext,
  id: string,
  body: ActionBody<'startReExamination'>,
) {
  const today = shanghaiDate();
  const requestDate = body.requestDate ?? today;
  if (requestDate > today)
    throw new AppError('NOTARIZATION_RE_EXAMINATION_DATES', {
      reason: `收到复查申请之日（${requestDate}）不能晚于今天`,
    });
  return runStep(ctx, id, {
    action: 'start_re_examination',
    version: body.version,
    note: body.note,
    // The 30 日 of the decision run from the day the written request was received.
    onDate: requestDate,
    check: async (c, tx) => {
      const certificate = (await caseCertificate(tx, c.id))!;
      const window = checkReExaminationWindow(
        {
          requester: body.requesterKind,
          issueDate: certificate.issueDate,
          knownDate: body.knownDate,
          requestDate,
        },
        chinaCalendar(),
      );
      if (!window.ok) throw new AppError(window.code, { reason: window.reason });
      if (body.reExaminerId === c.notaryId) throw new AppError('NOTARIZATION_RE_EXAMINER_SAME');
      await checkNotary(tx, c, body.reExaminerId);
    },
    patch: () => ({ reExaminerId: body.reExaminerId }),
    details: {
      reExaminerId: body.reExaminerId,
      requestedBy: body.requestedBy,
      requesterKind: body.requesterKind,
      knownDate: body.knownDate,
      requestDate,
      reasons: body.reasons,
    },
    public: true,
  });
}

export function decideReExamination(
  ctx: RequestContext,
  id: string,
  body: ActionBody<'decideReExamination'>,
) {
  const outcome = RE_EXAMINATION_OUTCOMES[body.outcome];
  const revoking = outcome.ledger === 'revocation';
  if (revoking && !body.revocationGround)
    throw new AppError('NOTARIZATION_REVOCATION_GROUND_REQUIRED');
  const ground = revoking ? body.revocationGround! : null;
  return runStep(ctx, id, {
    action: outcome.action,
    version: body.version,
    note: body.note,
    check: async (c, tx) => {
      if (c.reExaminerId !== ctx.actor!.userId)
        throw new AppError('NOTARIZATION_NOT_ASSIGNED_NOTARY', {
          notary: (await userName(tx, c.reExaminerId)) ?? '未指派',
        });
    },
    write: async (tx, c, onDate) => {
      if (!outcome.ledger) return { outcome: body.outcome, reasons: body.reasons };
      // Only a revocation's ground is public (the notice); a correction keeps its reasons inside.
      const certificate = (await caseCertificate(tx, c.id))!;
      const entry: AmendmentEntry = {
        type: outcome.ledger,
        of: certificate.ledgerIndex,
        number: certificate.number,
        date: onDate,
        office: certificate.officeName,
        outcome: outcome.label,
        decisionSha256: sha256Hex(Buffer.from(body.reasons, 'utf8')),
      };
      const amendmentIndex = await appendEntry(tx, LEDGER_LOG, entryBytes(entry));
      await tx
        .update(certificates)
        .set({
          status: revoking ? 'revoked' : 'corrected',
          amendmentIndex,
          amendedDate: onDate,
          revocationGround: ground,
        })
        .where(eq(certificates.id, certificate.id));
      return {
        outcome: body.outcome,
        reasons: body.reasons,
        amendmentIndex,
        of: entry.of,
        ...(ground ? { revocationGround: ground } : {}),
      };
    },
    public: true,
    notify: {
      subject: '公证书复查结论',
      body: (c) => `您的公证事项（${c.caseNumber}）复查结论：${outcome.label}。`,
    },
  });
}
