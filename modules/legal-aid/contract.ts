// Request schemas of the legal-aid API: the public self-check, application and tracking, the
// staff's intake (window, detention, notices) and the steps of a case. Replies: contract-views.ts;
// lawyers, duty lawyers and quality: contract-pool.ts.
import { z } from 'zod';
import { pageQuery } from '../../platform/http/pagination.js';
import { isLegalDate } from '../../platform/workflow/dates.js';
import {
  CATEGORY_CODES,
  CIVIL_MATTER_CODES,
  EXEMPT_GROUPS,
  MANDATORY_GROUND_CODES,
  NO_MEANS_TEST_GROUNDS,
} from './domain/eligibility-rules.js';
import {
  AUTHORITY_KIND_CODES,
  PROVISIONAL_GROUND_CODES,
  SERVICE_KIND_CODES,
  TERMINATION_GROUND_CODES,
} from './domain/grounds.js';

export const legalDate = z.string().refine(isLegalDate, '日期格式应为 YYYY-MM-DD');
export const text = (max: number, message = '此项必填') =>
  z.string().trim().min(1, message).max(max);
export const regionCode = z.string().regex(/^\d{4,12}$/, '区划代码格式不正确');
const keys = <T extends Record<string, unknown>>(table: T) =>
  Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];

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
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不正确')
    .optional(),
});
export type PersonInput = z.infer<typeof personInput>;

/** The facts the eligibility rules read: the same for the self-check and an application. */
export const eligibilityFacts = z.strictObject({
  category: z.enum(CATEGORY_CODES, { message: '请选择申请事项的类别' }),
  civilMatter: z.enum(CIVIL_MATTER_CODES).nullish(),
  mandatoryGround: z.enum(MANDATORY_GROUND_CODES).nullish(),
  noMeansTestGround: z.enum(keys(NO_MEANS_TEST_GROUNDS)).nullish(),
  exemptGroup: z.enum(keys(EXEMPT_GROUPS)).nullish(),
  hasOwnLawyer: z.boolean().default(false),
  household: z
    .strictObject({
      members: z.number().int().min(1, '家庭人口至少1人').max(30),
      monthlyIncomeYuan: z.number().min(0, '收入不能为负数').max(10_000_000),
    })
    .nullish(),
  residenceRegion: regionCode.nullish(),
});
export type EligibilityFactsInput = z.infer<typeof eligibilityFacts>;

/** Where the matter belongs (Art. 38). */
export const placeInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('litigation'),
    authorityName: text(100, '请填写办案机关名称'),
    regionCode,
  }),
  z.strictObject({ kind: z.literal('non_litigation'), regionCode }),
]);

export const selfCheckBody = eligibilityFacts.extend({ place: placeInput.optional() });
export type SelfCheckBody = z.infer<typeof selfCheckBody>;

export const applicationBody = eligibilityFacts.extend({
  /** The centre applied to (an organization code such as district-legal-aid-440106). */
  centreCode: z.string().max(60).optional(),
  applicant: personInput,
  /** A 法定代理人 or 近亲属 applying for the applicant (Art. 40). */
  agent: personInput.extend({ relation: text(20, '请填写与申请人的关系') }).optional(),
  place: placeInput,
  matterSummary: text(4000, '请简要说明案情和请求'),
  materials: z.array(fileInput).max(20).default([]),
});
export type ApplicationBody = z.infer<typeof applicationBody>;

export const windowBody = applicationBody.extend({ receivedDate: legalDate });
export type WindowBody = z.infer<typeof windowBody>;

/** A detainee's application forwarded by the facility (Art. 39). */
export const detentionBody = applicationBody.extend({
  facility: text(100, '请填写羁押场所'),
  requestedAt: z.iso.datetime({ offset: true, message: '请填写在押人员提出申请的时间' }),
  forwardedAt: z.iso.datetime({ offset: true, message: '请填写转交时间' }),
});
export type DetentionBody = z.infer<typeof detentionBody>;

/** A notice of a court, procuratorate or police to assign a lawyer (Art. 35, 36). */
export const noticeBody = z.strictObject({
  centreCode: z.string().max(60).optional(),
  authorityKind: z.enum(AUTHORITY_KIND_CODES),
  authorityName: text(100, '请填写办案机关名称'),
  authorityRegionCode: regionCode,
  noticeNumber: text(60, '请填写通知书文号'),
  receivedDate: legalDate,
  person: personInput.extend({ idNumber: z.string().trim().max(20).optional() }),
  mandatoryGround: z.enum(MANDATORY_GROUND_CODES, { message: '请选择应当通知辩护的情形' }),
  charge: z.string().trim().max(200).optional(),
  matterSummary: text(4000, '请简要说明案情'),
});
export type NoticeBody = z.infer<typeof noticeBody>;

export const trackBody = z.strictObject({
  caseNumber: text(60, '请填写案件编号'),
  trackingCode: text(20, '请填写查询码'),
});

export const caseIdParams = z.strictObject({ id: z.uuid() });

export const caseListQuery = z.strictObject({
  ...pageQuery.shape,
  /** open = the workbench (running cases by deadline); all = every case. */
  scope: z.enum(['open', 'all']).default('open'),
  state: z.string().max(40).optional(),
  source: z.enum(['online', 'window', 'detention', 'notice']).optional(),
  q: z.string().trim().max(100).optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;

/** Every action on a case carries the version the user saw (optimistic locking). */
const action = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({
    version: z.number().int().min(1),
    note: z.string().trim().max(2000).optional(),
    ...shape,
  });

export const actionBodies = {
  requestMaterial: action({
    items: z.array(text(500)).min(1, '请列明需补充的全部材料').max(30),
  }),
  supplyMaterial: action({ materials: z.array(fileInput).max(20).default([]) }),
  deemWithdrawn: action({}),
  overrideEligibility: action({ passed: z.boolean(), reason: text(2000, '请写明理由') }),
  grant: action({}),
  provideProvisionally: action({
    ground: z.enum(PROVISIONAL_GROUND_CODES),
    reasons: text(2000, '请写明先行提供的理由'),
  }),
  refuse: action({ reasons: text(5000, '请写明不予法律援助的理由') }),
  assign: action({ lawyerId: z.uuid().optional(), firm: z.string().trim().max(100).optional() }),
  reassign: action({
    lawyerId: z.uuid().optional(),
    reason: text(2000, '请写明更换法律援助人员的理由'),
  }),
  startService: action({}),
  recordService: action({
    onDate: legalDate,
    kind: z.enum(SERVICE_KIND_CODES),
    description: text(4000, '请填写办理情况'),
  }),
  close: action({
    outcome: text(200, '请填写办理结果'),
    report: text(8000, '请填写办理情况报告'),
    materials: z.array(fileInput).max(20).default([]),
  }),
  paySubsidy: action({
    extraYuan: z.number().min(0).max(100_000).default(0),
    extraReason: z.string().trim().max(500).optional(),
  }),
  terminate: action({
    ground: z.enum(TERMINATION_GROUND_CODES),
    reasons: text(5000, '请写明终止的事实和理由'),
  }),
  fileObjection: action({ reasons: text(5000, '请填写异议的理由'), filedOn: legalDate.optional() }),
  decideObjection: action({
    outcome: z.enum(['maintain', 'correct']),
    reasons: text(5000, '请写明审查意见'),
  }),
  qualityReview: z.strictObject({
    scores: z.record(z.string(), z.number()),
    comment: z.string().trim().max(2000).optional(),
  }),
};
export type ActionBody<K extends keyof typeof actionBodies> = z.infer<(typeof actionBodies)[K]>;
