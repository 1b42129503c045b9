// 收费与退费: a clerk records each payment of the fee (amount, method, receipt number, date); the
// head records a refund once the matter ended without a certificate or the certificate was
// revoked, within the range the fee rules give for whose fault it was (domain/fees.ts). Each
// record is a timeline event and an audit event, in one transaction with the case locked.
import { record } from '../../../platform/audit/index.js';
import { authorize, hasPermission } from '../../../platform/auth/permissions.js';
import { type Executor, withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { FeeView, PaymentBody, RefundBody } from '../contract.js';
import {
  checkPayment,
  checkRefund,
  type FeeAccount,
  FAULT_CODES,
  FAULTS,
  type Fault,
  type FeeRuleResult,
  outstandingFen,
  PAYMENT_METHODS,
  type PaymentMethod,
  refundRange,
  toFen,
  toYuan,
} from '../domain/fees.js';
import { NotarizationPermissions as P } from '../domain/permissions.js';
import { type CaseRow, casePayments, lockCase, records } from '../db/queries.js';
import { payments } from '../db/schema.js';
import { visibleCase } from './run-step.js';

type Locale = RequestContext['locale'];

export function feeAccount(c: CaseRow, rows: { kind: string; amountFen: number }[]): FeeAccount {
  const sum = (kind: string) =>
    rows.filter((r) => r.kind === kind).reduce((n, r) => n + r.amountFen, 0);
  return {
    payableFen: Math.round(c.fee.payableYuan * 100),
    paidFen: sum('payment'),
    refundedFen: sum('refund'),
  };
}

function fail(result: FeeRuleResult): void {
  if (!result.ok) throw new AppError(result.code, result.details);
}

/** The fee section of the case page: sums, the records, and what this user may record now. */
export async function caseFees(ctx: RequestContext, db: Executor, c: CaseRow): Promise<FeeView> {
  const rows = await casePayments(db, c.id);
  const account = feeAccount(c, rows);
  const locale: Locale = ctx.locale;
  const actor = ctx.actor;
  const range = (fault: Fault) => {
    const r = refundRange(c.state, fault, account)!;
    return { minYuan: toYuan(r.minFen), maxYuan: toYuan(r.maxFen) };
  };
  const canRefund =
    !!actor &&
    hasPermission(actor, P.approve) &&
    account.paidFen > account.refundedFen &&
    refundRange(c.state, 'office', account) !== null;
  return {
    payableYuan: toYuan(account.payableFen),
    paidYuan: toYuan(account.paidFen),
    refundedYuan: toYuan(account.refundedFen),
    outstandingYuan: toYuan(outstandingFen(account)),
    records: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      amountYuan: toYuan(r.amountFen),
      method: r.method,
      methodLabel: PAYMENT_METHODS[r.method as PaymentMethod]?.[locale] ?? r.method,
      receiptNumber: r.receiptNumber,
      onDate: r.onDate,
      faultLabel: r.fault ? (FAULTS[r.fault as Fault]?.[locale] ?? r.fault) : null,
      reason: r.reason,
      recordedBy: r.recordedBy,
    })),
    canPay: !!actor && hasPermission(actor, P.register) && checkPayment(c.state, account, 1).ok,
    refund: canRefund
      ? {
          basis: refundRange(c.state, 'office', account)!.basis,
          ...(Object.fromEntries(FAULT_CODES.map((f) => [f, range(f)])) as Record<
            Fault,
            ReturnType<typeof range>
          >),
        }
      : null,
  };
}

interface FeeRecord {
  kind: 'payment' | 'refund';
  body: PaymentBody & { fault?: Fault; reason?: string };
  check: (c: CaseRow, account: FeeAccount, amountFen: number) => FeeRuleResult;
}

async function recordFee(ctx: RequestContext, caseId: string, permission: string, fee: FeeRecord) {
  const actor = requireActor(ctx);
  authorize(actor, permission);
  const { body, kind } = fee;
  const amountFen = toFen(body.amountYuan);
  if (amountFen === null) throw new AppError('NOTARIZATION_AMOUNT_INVALID');
  const seen = await visibleCase(ctx, caseId);
  authorize(actor, permission, seen);
  if (body.onDate > shanghaiDate() || body.onDate < seen.appliedDate)
    throw new AppError('NOTARIZATION_DATE_INVALID', {
      reason: `${kind === 'payment' ? '收费' : '退费'}日期应在申请日（${seen.appliedDate}）与今天之间`,
    });
  await withTx(ctx.db, async (tx) => {
    // The lock serialises the records of one case: two refunds cannot both pass the check.
    const c = (await lockCase(tx, caseId))!;
    fail(fee.check(c, feeAccount(c, await casePayments(tx, c.id)), amountFen));
    const [row] = await tx
      .insert(payments)
      .values({
        caseId: c.id,
        kind,
        amountFen,
        method: body.method,
        receiptNumber: body.receiptNumber,
        onDate: body.onDate,
        fault: body.fault ?? null,
        reason: body.reason ?? null,
        recordedBy: actor.displayName,
      })
      .returning({ id: payments.id });
    const details = {
      paymentId: row!.id,
      amountYuan: toYuan(amountFen),
      method: body.method,
      receiptNumber: body.receiptNumber,
      ...(kind === 'refund' ? { fault: body.fault, reason: body.reason } : {}),
    };
    const action = kind === 'payment' ? 'record_payment' : 'record_refund';
    await records.addEvent(tx, {
      caseId: c.id,
      onDate: body.onDate,
      action,
      fromState: c.state,
      toState: c.state,
      actorId: actor.userId,
      actorName: actor.displayName,
      note: body.note ?? null,
      details,
      public: true,
    });
    await record(tx, auditContext(ctx), {
      action: `notarization.${action}`,
      entityType: 'notarization_case',
      entityId: c.id,
      regionCode: c.regionCode,
      details: { caseNumber: c.caseNumber, ...details },
    });
  });
}

/** 登记收费: by the clerk (or anyone who registers applications). */
export function recordPayment(ctx: RequestContext, caseId: string, body: PaymentBody) {
  return recordFee(ctx, caseId, P.register, {
    kind: 'payment',
    body,
    check: (c, account, amountFen) => checkPayment(c.state, account, amountFen),
  });
}

/** 登记退费: decided by the head (酌情退还), within the range of the fee rules. */
export function recordRefund(ctx: RequestContext, caseId: string, body: RefundBody) {
  return recordFee(ctx, caseId, P.approve, {
    kind: 'refund',
    body,
    check: (c, account, amountFen) => checkRefund(c.state, body.fault, account, amountFen),
  });
}
