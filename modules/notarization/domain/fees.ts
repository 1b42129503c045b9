// Fee payments and refunds (公证法 Art. 34; 公证程序规则 [S]). Amounts are kept in fen (分) so
// that sums are exact. A refund is possible only once the matter ended without a certificate, or
// the certificate was revoked; how much depends on whose fault it was, by a configurable table.
import type { Localized } from '../../../platform/i18n/index.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export const PAYMENT_METHODS = {
  cash: l('现金', 'Cash'),
  bank_card: l('银行卡', 'Bank card'),
  wechat: l('微信支付', 'WeChat Pay'),
  alipay: l('支付宝', 'Alipay'),
  transfer: l('银行转账', 'Bank transfer'),
} as const;
export type PaymentMethod = keyof typeof PAYMENT_METHODS;
export const PAYMENT_METHOD_CODES = Object.keys(PAYMENT_METHODS) as [
  PaymentMethod,
  ...PaymentMethod[],
];

/** Whose fault ended the matter: the rules of refund depend on it. */
export const FAULTS = {
  office: l('公证机构的原因或过错', 'The office'),
  party: l('当事人的原因或过错', 'The party'),
  both: l('双方均有过错', 'Both'),
} as const;
export type Fault = keyof typeof FAULTS;
export const FAULT_CODES = Object.keys(FAULTS) as [Fault, ...Fault[]];

/** The share of what was paid (and not yet refunded) that may be refunded: from min to max. */
export interface ShareRange {
  min: number;
  max: number;
}

export interface RefundRule {
  basis: string;
  shares: Record<Fault, ShareRange>;
}

const ALL = { min: 1, max: 1 };
const DISCRETION = { min: 0, max: 1 };

/**
 * The refund rules by the state the matter ended in [S]: 公证程序规则 — 不予办理: "根据不予办理的
 * 原因及责任，酌情退还部分或者全部"; 终止: "酌情退还部分"; 撤销: "因公证机构的过错撤销的全部退还，
 * 因当事人的过错撤销的不予退还，因双方的过错撤销的酌情退还". 不予受理 refunds all [U]: nothing was done.
 * Change the ranges here when the office's fee rules say otherwise.
 */
export const REFUND_RULES: Record<string, RefundRule> = {
  NOT_ACCEPTED: {
    basis: '不予受理的，退还已收取的公证费',
    shares: { office: ALL, party: ALL, both: ALL },
  },
  REFUSED: {
    basis: '公证程序规则：不予办理公证的，根据不予办理的原因及责任，酌情退还部分或者全部公证费',
    shares: { office: ALL, party: DISCRETION, both: DISCRETION },
  },
  TERMINATED: {
    basis: '公证程序规则：终止公证的，根据终止的原因及责任，酌情退还部分公证费',
    shares: { office: ALL, party: DISCRETION, both: DISCRETION },
  },
  REVOKED: {
    basis:
      '公证程序规则：因公证机构的过错撤销公证书的，全部退还；因当事人的过错撤销的，不予退还；因双方的过错撤销的，酌情退还',
    shares: { office: ALL, party: { min: 0, max: 0 }, both: DISCRETION },
  },
};

/** States where no more fee is taken: the matter ended without (or lost) its certificate. */
export const NO_PAYMENT_STATES = Object.keys(REFUND_RULES);

/** Yuan as the API carries them -> fen; null unless a positive amount with at most 2 decimals. */
export function toFen(yuan: number): number | null {
  const fen = Math.round(yuan * 100);
  if (!Number.isFinite(yuan) || fen <= 0 || Math.abs(yuan * 100 - fen) > 1e-6) return null;
  return fen;
}

export const toYuan = (fen: number) => fen / 100;

export interface FeeAccount {
  payableFen: number;
  paidFen: number;
  refundedFen: number;
}

export const outstandingFen = (a: FeeAccount) => Math.max(0, a.payableFen - a.paidFen);
export const refundableFen = (a: FeeAccount) => Math.max(0, a.paidFen - a.refundedFen);

export type FeeRuleResult =
  { ok: true } | { ok: false; code: string; details: Record<string, string | number> };

/** A payment may not exceed what is still owed, nor be taken once the matter has ended. */
export function checkPayment(state: string, account: FeeAccount, amountFen: number): FeeRuleResult {
  if (NO_PAYMENT_STATES.includes(state))
    return { ok: false, code: 'NOTARIZATION_PAYMENT_CLOSED', details: {} };
  const owed = outstandingFen(account);
  if (amountFen > owed)
    return {
      ok: false,
      code: 'NOTARIZATION_OVERPAYMENT',
      details: { amount: toYuan(amountFen), owed: toYuan(owed) },
    };
  return { ok: true };
}

/** The range of a refund now: by the state, the fault and what was paid and not yet refunded. */
export function refundRange(
  state: string,
  fault: Fault,
  account: FeeAccount,
  rules: Record<string, RefundRule> = REFUND_RULES,
): { minFen: number; maxFen: number; basis: string } | null {
  const rule = rules[state];
  if (!rule) return null;
  const base = refundableFen(account);
  const share = rule.shares[fault];
  return {
    minFen: Math.round(base * share.min),
    maxFen: Math.round(base * share.max),
    basis: rule.basis,
  };
}

export function checkRefund(
  state: string,
  fault: Fault,
  account: FeeAccount,
  amountFen: number,
  rules: Record<string, RefundRule> = REFUND_RULES,
): FeeRuleResult {
  const range = refundRange(state, fault, account, rules);
  if (!range) return { ok: false, code: 'NOTARIZATION_REFUND_NOT_ALLOWED', details: {} };
  if (amountFen < range.minFen || amountFen > range.maxFen)
    return {
      ok: false,
      code: 'NOTARIZATION_REFUND_OUT_OF_RANGE',
      details: {
        amount: toYuan(amountFen),
        min: toYuan(range.minFen),
        max: toYuan(range.maxFen),
        basis: range.basis,
      },
    };
  return { ok: true };
}
