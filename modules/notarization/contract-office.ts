// Schemas of the office's own data: its notaries and their relatives (公证法 Art. 23), fee
// payments and refunds, and the statistics.
import { z } from 'zod';
import { legalDate, text } from './contract-fields.js';
import { FAULT_CODES, PAYMENT_METHOD_CODES } from './domain/fees.js';
import { RELATION_CODES } from './domain/offices.js';

// ---- notaries and their relatives ----

export const notaryListQuery = z.strictObject({
  officeCode: z.string().max(60).optional(),
  /** For the pickers of a case: marks the notaries who may not handle it, and why. */
  caseId: z.uuid().optional(),
});
export const notaryItem = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  relativesCount: z.number(),
  /** The notary now in charge of the case (not eligible to re-examine it). */
  handlesCase: z.boolean(),
  /** Why this notary may not take the case (a relative of a party, its own notary), or null. */
  conflict: z.string().nullable(),
});
export const notaryList = z.object({
  officeCode: z.string(),
  officeName: z.string(),
  items: z.array(notaryItem),
});
export type NotaryList = z.infer<typeof notaryList>;

export const notaryParams = z.strictObject({ userId: z.uuid() });
export const relativeParams = notaryParams.extend({ relativeId: z.uuid() });
export const relativeBody = z.strictObject({
  name: text(100, '请填写姓名'),
  relation: z.enum(RELATION_CODES, { message: '请选择亲属关系' }),
  idNumber: z.string().trim().max(20).optional(),
});
export type RelativeBody = z.infer<typeof relativeBody>;
export const relativesView = z.object({
  userId: z.string(),
  name: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      relation: z.string(),
      relationLabel: z.string(),
      idNumberMasked: z.string().nullable(),
    }),
  ),
});
export type RelativesView = z.infer<typeof relativesView>;

// ---- fees ----

const yuan = z.number().positive('金额应大于 0').max(10_000_000);
export const paymentBody = z.strictObject({
  amountYuan: yuan,
  method: z.enum(PAYMENT_METHOD_CODES, { message: '请选择收费方式' }),
  receiptNumber: text(60, '请填写收据（票据）号'),
  onDate: legalDate,
  note: z.string().trim().max(2000).optional(),
});
export type PaymentBody = z.infer<typeof paymentBody>;
export const refundBody = paymentBody.extend({
  fault: z.enum(FAULT_CODES, { message: '请选择责任方' }),
  reason: text(2000, '请写明退费理由'),
});
export type RefundBody = z.infer<typeof refundBody>;

const range = z.object({ minYuan: z.number(), maxYuan: z.number() });
export const feeView = z.object({
  payableYuan: z.number(),
  paidYuan: z.number(),
  refundedYuan: z.number(),
  outstandingYuan: z.number(),
  records: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['payment', 'refund']),
      amountYuan: z.number(),
      method: z.string(),
      methodLabel: z.string(),
      receiptNumber: z.string(),
      onDate: z.string(),
      faultLabel: z.string().nullable(),
      reason: z.string().nullable(),
      recordedBy: z.string(),
    }),
  ),
  /** Whether this user may record a payment now. */
  canPay: z.boolean(),
  /** The refund this user may record now, by fault, and its basis; null when none. */
  refund: z
    .object({
      basis: z.string(),
      office: range,
      party: range,
      both: range,
    })
    .nullable(),
});
export type FeeView = z.infer<typeof feeView>;

// ---- statistics ----

export const statisticsQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  officeCode: z.string().max(60).optional(),
});
export const statisticsRow = z.object({
  month: z.string(),
  matterType: z.string(),
  matterLabel: z.string(),
  /** By the month the application was received. */
  applied: z.number(),
  issued: z.number(),
  refused: z.number(),
  /** The payable fee of the certificates issued (by the month of application). */
  feesYuan: z.number(),
  /** Fees received and refunded, by the month of the payment or refund. */
  paidYuan: z.number(),
  refundedYuan: z.number(),
});
export const statistics = z.object({ year: z.number(), rows: z.array(statisticsRow) });
