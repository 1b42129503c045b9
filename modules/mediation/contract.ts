// Request and response schemas of the mediation disputes API (committees: contract-committees.ts).
import { z } from 'zod';
import { pageQuery } from '../../platform/http/pagination.js';
import { isLegalDate } from '../../platform/workflow/dates.js';
import { DISPUTE_TYPE_CODES } from './domain/dispute-types.js';
import {
  CHANNEL_CODES,
  FOLLOW_UP_METHOD_CODES,
  OTHER_ROUTE_CODES,
  PERFORMANCE_CODES,
  RISK_LEVEL_CODES,
  SIGNATURE_MANNER_CODES,
  TERMINATION_GROUND_CODES,
} from './domain/outcomes.js';

export const legalDate = z.string().refine(isLegalDate, '日期格式应为 YYYY-MM-DD');
export const text = (max: number, message = '此项必填') =>
  z.string().trim().min(1, message).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
export const placeCode = z.string().regex(/^4401\d{5}(\d{3})?$/, '请选择纠纷发生地（街道或社区）');

export const partyInput = z.strictObject({
  role: z.enum(['applicant', 'respondent']),
  kind: z.enum(['person', 'organization']).default('person'),
  name: text(100, '请填写当事人姓名或名称'),
  idNumber: optionalText(20),
  creditCode: optionalText(20),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不正确')
    .optional(),
  address: optionalText(200),
});
export type PartyInput = z.infer<typeof partyInput>;

const disputeFields = {
  disputeType: z.enum(DISPUTE_TYPE_CODES, { message: '请选择纠纷类型' }),
  placeCode,
  /** A committee the party or clerk chose; otherwise the one of the place (routing). */
  committeeId: z.uuid().optional(),
  facts: text(4000, '请填写纠纷的主要事实'),
  claims: text(2000, '请填写调解请求'),
  amountYuan: z.number().int().min(0).max(1_000_000_000).optional(),
  parties: z
    .array(partyInput)
    .min(2, '至少需要两方当事人')
    .max(20)
    .refine((ps) => ps.some((p) => p.role === 'applicant'), '至少需要一名申请人')
    .refine((ps) => ps.some((p) => p.role === 'respondent'), '至少需要一名被申请人'),
};

export const applicationBody = z
  .strictObject(disputeFields)
  .refine((b) => b.parties.filter((p) => p.role === 'applicant').every((p) => p.phone), {
    message: '请填写申请人的联系电话',
    path: ['parties'],
  })
  .refine(
    (b) =>
      b.parties
        .filter((p) => p.role === 'applicant')
        .every((p) => (p.kind === 'person' ? p.idNumber : p.creditCode)),
    { message: '请填写申请人的身份证号码或统一社会信用代码', path: ['parties'] },
  );
export type ApplicationBody = z.infer<typeof applicationBody>;

export const registerBody = z.strictObject({
  ...disputeFields,
  channel: z.enum(CHANNEL_CODES),
  receivedDate: legalDate,
  referral: z
    .strictObject({ body: text(200, '请填写移送机关'), reference: optionalText(100) })
    .optional(),
});
export type RegisterBody = z.infer<typeof registerBody>;

export const receipt = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  trackingCode: z.string(),
  committeeName: z.string(),
  state: z.string(),
  stateLabel: z.string(),
});

export const trackQuery = z.strictObject({
  caseNumber: text(60, '请填写案件编号'),
  trackingCode: text(40, '请填写查询码'),
});

export const trackView = z.object({
  caseNumber: z.string(),
  stateLabel: z.string(),
  disputeTypeLabel: z.string(),
  committeeName: z.string(),
  appliedDate: z.string(),
  mediatorName: z.string().nullable(),
  nextDate: z.object({ label: z.string(), dueDate: z.string().nullable() }).nullable(),
  steps: z.array(z.object({ onDate: z.string(), label: z.string() })),
  outcome: z.string().nullable(),
});

export const routeQuery = z.strictObject({
  placeCode,
  disputeType: z.enum(DISPUTE_TYPE_CODES),
});

export const caseIdParams = z.strictObject({ id: z.uuid() });

export const caseListQuery = z.strictObject({
  ...pageQuery.shape,
  scope: z.enum(['mine', 'all']).default('all'),
  state: z.string().max(40).optional(),
  disputeType: z.enum(DISPUTE_TYPE_CODES).optional(),
  committeeId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;

const routes = z.array(z.enum(OTHER_ROUTE_CODES)).max(OTHER_ROUTE_CODES.length).default([]);
const base = { version: z.number().int().min(1), note: optionalText(2000) };
const body = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...base, ...shape });

export const actionBodies = {
  assign: body({ mediatorId: z.uuid({ message: '请选择调解员' }) }),
  transfer: body({ reason: text(1000, '请填写移交理由') }),
  refuse: body({ partyId: z.uuid(), reasons: text(2000, '请填写拒绝调解的情况'), routes }),
  recordSession: body({
    heldOn: legalDate,
    place: text(200, '请填写调解地点'),
    participants: z.array(text(100)).min(1, '请填写参加人员').max(30),
    notes: text(8000, '请填写调解情况'),
  }),
  terminate: body({
    ground: z.enum(TERMINATION_GROUND_CODES),
    reasons: text(2000, '请填写终止调解的理由'),
    routes,
  }),
  draftAgreement: body({
    facts: text(4000, '请填写纠纷的主要事实'),
    issues: text(2000, '请填写争议事项'),
    responsibilities: text(2000, '请填写各方当事人的责任'),
    content: text(4000, '请填写协议内容'),
    performanceManner: text(500, '请填写履行方式'),
    performanceDeadline: legalDate.optional(),
  }),
  reviseAgreement: body({}),
  signAgreement: body({
    signatures: z
      .array(
        z.strictObject({
          partyId: z.uuid(),
          manner: z.enum(SIGNATURE_MANNER_CODES),
          signedOn: legalDate,
        }),
      )
      .max(20),
    mediatorSignedOn: legalDate.optional(),
    sealedOn: legalDate.optional(),
  }),
  agreeOral: body({
    content: text(4000, '请填写口头协议的内容'),
    performanceManner: text(500, '请填写履行方式'),
    performanceDeadline: legalDate.optional(),
  }),
  followUp: body({
    visitedOn: legalDate,
    method: z.enum(FOLLOW_UP_METHOD_CODES),
    performance: z.enum(PERFORMANCE_CODES),
  }),
  applyConfirmation: body({ court: text(200, '请填写受理法院'), appliedOn: legalDate }),
  courtAccept: body({ acceptedOn: legalDate }),
  courtDecline: body({ decidedOn: legalDate, reasons: text(2000, '请填写不予受理的理由') }),
  courtExtend: body({}),
  courtConfirm: body({ ruledOn: legalDate, rulingNumber: optionalText(100) }),
  courtReject: body({
    ruledOn: legalDate,
    rulingNumber: optionalText(100),
    reasons: text(2000, '请填写驳回理由'),
  }),
  resumeMediation: body({}),
  recordPerformed: body({}),
  recordLitigation: body({ court: optionalText(200) }),
  recordEnforcement: body({ court: text(200, '请填写执行法院') }),
  flagRisk: body({
    level: z.enum(RISK_LEVEL_CODES),
    reportedToPolice: z.boolean().default(false),
    policeStation: optionalText(200),
    note: text(2000, '请填写风险情况'),
  }),
  clearRisk: body({}),
};
export type ActionBodies = { [K in keyof typeof actionBodies]: z.infer<(typeof actionBodies)[K]> };

export const statisticsQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  groupBy: z.enum(['committee', 'street', 'district']).default('committee'),
});

export const subsidyQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  month: z.coerce.number().int().min(1).max(12).optional(),
});
