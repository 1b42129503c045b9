// Field schemas shared by the notarization contracts.
import { z } from 'zod';
import { isLegalDate } from '../../platform/workflow/dates.js';

export const legalDate = z.string().refine(isLegalDate, '日期格式应为 YYYY-MM-DD');
export const text = (max: number, message = '此项必填') =>
  z.string().trim().min(1, message).max(max);
export const regionCode = z
  .string()
  .regex(/^\d{4,12}$/, '区划代码格式不正确')
  .optional();
export const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不正确')
  .optional();

export const fileInput = z.strictObject({
  title: text(100),
  fileName: text(200),
  mimeType: text(100),
  /** The file's bytes in base64. */
  contentBase64: z.string().min(1).max(14_000_000),
});
export type FileInput = z.infer<typeof fileInput>;

export const personInput = z.strictObject({
  name: text(100, '请填写姓名'),
  idNumber: text(20, '请填写身份证号码'),
  phone,
});
export type PersonInput = z.infer<typeof personInput>;

/** The fee of a matter (computeFee): the standard, the reduction and what is payable. */
export const feeRule = z.object({
  standardYuan: z.number(),
  reductionYuan: z.number(),
  payableYuan: z.number(),
  basis: z.string(),
});
