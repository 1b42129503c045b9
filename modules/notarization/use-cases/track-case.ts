// 进度查询: the applicant follows the case with its number and the tracking code shown once on the
// receipt. Only a keyed hash of the code is stored (the data key's blind index, so a copy of the
// database does not let anyone test codes offline). The page shows the stage, the next statutory
// date, the materials asked for, the fee and the public steps — never notes or personal data.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { TrackView } from '../contract.js';
import { outstandingFen, toYuan } from '../domain/fees.js';
import { caseCertificate, casePayments, loadCaseByNumber, records } from '../db/queries.js';
import { caseDeadlines } from './deadlines.js';
import { feeAccount } from './fees.js';
import { actionLabel, matterLabel, stateLabel } from './get-case.js';
import { trackingCodeMatches } from '../../../platform/workflow/tracking-code.js';

export async function trackCase(
  ctx: RequestContext,
  caseNumber: string,
  trackingCode: string,
): Promise<TrackView> {
  const c = await loadCaseByNumber(ctx.db, caseNumber.trim());
  // A wrong number and a wrong code look the same.
  if (!c || !trackingCodeMatches(ctx.cipher, 'notarization', c.trackingCodeIndex, trackingCode))
    throw new AppError('NOTARIZATION_TRACKING_FAILED');
  const [events, certificate, paid] = await Promise.all([
    records.events(ctx.db, c.id),
    caseCertificate(ctx.db, c.id),
    casePayments(ctx.db, c.id),
  ]);
  const next = caseDeadlines(
    c.clock,
    shanghaiDate(),
    ctx.locale,
    ctx.config.SIFA_DEADLINE_WARN_DAYS,
  )
    .filter((d) => d.metOn === null)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))[0];
  const account = feeAccount(c, paid);
  return {
    caseNumber: c.caseNumber,
    matterLabel: matterLabel(c.matterType, ctx.locale),
    stateLabel: stateLabel(c.state, ctx.locale),
    appliedDate: c.appliedDate,
    nextDeadline: next
      ? { label: next.label, dueDate: next.dueDate, explanation: next.explanation }
      : null,
    supplementItems: c.state === 'AWAITING_SUPPLEMENT' ? c.supplementItems : [],
    fee: {
      payableYuan: toYuan(account.payableFen),
      paidYuan: toYuan(account.paidFen - account.refundedFen),
      outstandingYuan: toYuan(outstandingFen(account)),
    },
    certificateNumber: certificate?.number ?? null,
    steps: events
      .filter((e) => e.public)
      .map((e) => ({ onDate: e.onDate, label: actionLabel(e.action, ctx.locale) })),
  };
}
