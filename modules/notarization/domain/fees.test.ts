// The fee rules: what a payment may be, and the refund ranges by state and fault.
import { describe, expect, it } from 'vitest';
import { checkPayment, checkRefund, refundRange, toFen, type FeeAccount } from './fees.js';

const account = (payable: number, paid: number, refunded = 0): FeeAccount => ({
  payableFen: payable,
  paidFen: paid,
  refundedFen: refunded,
});

describe('amounts', () => {
  it.each([
    [80, 8000],
    [0.01, 1],
    [12.5, 1250],
    [0.1 + 0.2, 30],
    [0, null],
    [-5, null],
    [1.005, null],
    [Number.NaN, null],
  ])('%s yuan is %s fen', (yuan, fen) => {
    expect(toFen(yuan)).toBe(fen);
  });
});

describe('payments', () => {
  it.each([
    ['the whole fee', 'REVIEW', account(8000, 0), 8000, null],
    ['the rest of it', 'ISSUED', account(8000, 5000), 3000, null],
    ['more than is owed', 'ACCEPTED', account(8000, 5000), 3001, 'NOTARIZATION_OVERPAYMENT'],
    [
      'from a legal-aid recipient who owes nothing',
      'APPLIED',
      account(0, 0),
      100,
      'NOTARIZATION_OVERPAYMENT',
    ],
    ['after a refusal', 'REFUSED', account(8000, 0), 100, 'NOTARIZATION_PAYMENT_CLOSED'],
    ['after a revocation', 'REVOKED', account(8000, 0), 100, 'NOTARIZATION_PAYMENT_CLOSED'],
  ])('%s', (_name, state, acc, amount, code) => {
    const result = checkPayment(state, acc, amount);
    expect(result.ok ? null : result.code).toBe(code);
  });
});

describe('refunds', () => {
  it.each([
    // state, fault, paid, refunded, min, max
    ['NOT_ACCEPTED', 'party', 8000, 0, 8000, 8000],
    ['REFUSED', 'office', 8000, 0, 8000, 8000],
    ['REFUSED', 'party', 8000, 0, 0, 8000],
    ['TERMINATED', 'both', 8000, 3000, 0, 5000],
    ['REVOKED', 'office', 8000, 0, 8000, 8000],
    ['REVOKED', 'party', 8000, 0, 0, 0],
    ['REVOKED', 'both', 8000, 0, 0, 8000],
  ] as const)(
    '%s, fault of %s, paid %i (refunded %i): %i to %i fen',
    (state, fault, paid, refunded, min, max) => {
      expect(refundRange(state, fault, account(8000, paid, refunded))).toMatchObject({
        minFen: min,
        maxFen: max,
      });
    },
  );

  it('no refund while the matter runs or after issue', () => {
    for (const state of ['APPLIED', 'REVIEW', 'ISSUED', 'MAINTAINED'])
      expect(checkRefund(state, 'office', account(8000, 8000), 100)).toMatchObject({
        ok: false,
        code: 'NOTARIZATION_REFUND_NOT_ALLOWED',
      });
  });

  it('a refund outside the range names the range and its basis', () => {
    const result = checkRefund('REVOKED', 'party', account(8000, 8000), 100);
    expect(result).toMatchObject({ ok: false, code: 'NOTARIZATION_REFUND_OUT_OF_RANGE' });
    expect(!result.ok && result.details).toMatchObject({ amount: 1, min: 0, max: 0 });
    expect(!result.ok && String(result.details.basis)).toContain('因当事人的过错撤销的，不予退还');
    expect(checkRefund('REFUSED', 'office', account(8000, 8000), 7999).ok).toBe(false);
    expect(checkRefund('REFUSED', 'office', account(8000, 8000), 8000).ok).toBe(true);
  });

  it('never refunds more than was paid and not yet refunded', () => {
    expect(checkRefund('TERMINATED', 'party', account(8000, 8000, 8000), 1).ok).toBe(false);
  });
});
