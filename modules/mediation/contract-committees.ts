// Request and response schemas of committees, members, mediators and subsidy rates.
import { z } from 'zod';
import { legalDate, text } from './contract.js';
import { COMMITTEE_LEVEL_CODES } from './domain/committees.js';
import { DISPUTE_TYPE_CODES } from './domain/dispute-types.js';

const regionCode = z.string().regex(/^4401(\d{2}(\d{3}(\d{3})?)?)?$/, '请选择所在区划');
const sex = z.enum(['female', 'male'], { message: '请选择性别' });

export const memberInput = z.strictObject({
  name: text(50, '请填写委员姓名'),
  sex,
  post: z.enum(['chair', 'vice_chair', 'member']),
});

export const committeeBody = z.strictObject({
  name: text(100, '请填写调委会名称'),
  shortName: text(20, '请填写简称（用于案件编号）'),
  level: z.enum(COMMITTEE_LEVEL_CODES),
  regionCode,
  industryTypes: z.array(z.enum(DISPUTE_TYPE_CODES)).max(20).default([]),
  address: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(30).optional(),
  termStart: legalDate,
  termEnd: legalDate,
  active: z.boolean().default(true),
  /** Art. 8 asks 3–9 with a woman; the page shows what breaks it, the save does not refuse. */
  members: z.array(memberInput).max(30),
});
export type CommitteeBody = z.infer<typeof committeeBody>;
export const committeeUpdateBody = committeeBody.extend({ version: z.number().int().min(1) });
export type CommitteeUpdateBody = z.infer<typeof committeeUpdateBody>;

export const mediatorBody = z.strictObject({
  name: text(50, '请填写调解员姓名'),
  sex,
  kind: z.enum(['full_time', 'part_time']),
  specialties: z.array(z.enum(DISPUTE_TYPE_CODES)).max(20).default([]),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不正确')
    .optional(),
  /** The mediator's Sifa account, when they record their own cases. */
  userId: z.uuid().optional(),
  active: z.boolean().default(true),
});
export type MediatorBody = z.infer<typeof mediatorBody>;

export const idParams = z.strictObject({ id: z.uuid() });

const finding = z.object({ code: z.string(), severity: z.string(), message: z.string() });

export const mediatorView = z.object({
  id: z.string(),
  committeeId: z.string(),
  name: z.string(),
  sex: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  specialties: z.array(z.string()),
  specialtyLabels: z.array(z.string()),
  phoneMasked: z.string().nullable(),
  userId: z.string().nullable(),
  active: z.boolean(),
});

export const committeeView = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  level: z.string(),
  levelLabel: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  industryTypes: z.array(z.string()),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  termStart: z.string(),
  termEnd: z.string(),
  active: z.boolean(),
  version: z.number(),
  members: z.array(
    z.object({ id: z.string(), name: z.string(), sex: z.string(), post: z.string() }),
  ),
  mediators: z.array(mediatorView),
  findings: z.array(finding),
  compliance: z.enum(['ok', 'warning', 'violation']),
});
export type CommitteeView = z.infer<typeof committeeView>;

export const publicRoute = z.object({
  committee: z
    .object({
      id: z.string(),
      name: z.string(),
      levelLabel: z.string(),
      address: z.string().nullable(),
      phone: z.string().nullable(),
    })
    .nullable(),
});

export const rateBody = z.strictObject({
  regionCode,
  disputeType: z.enum(DISPUTE_TYPE_CODES),
  amountYuan: z.number().int().min(0).max(100_000),
  validFrom: legalDate,
});

export const ratesView = z.object({
  defaults: z.record(z.string(), z.number()),
  rates: z.array(
    z.object({
      regionCode: z.string(),
      disputeType: z.string(),
      amountYuan: z.number(),
      validFrom: z.string(),
      createdBy: z.string().nullable(),
    }),
  ),
});
