// Request and response schemas of the reconsideration API (shared by routes and web pages).
import { z } from 'zod';
import { pageQuery } from '../../platform/http/pagination.js';
import { isLegalDate } from '../../platform/workflow/dates.js';
import { OUTCOME_TYPES } from './domain/outcomes.js';

export const legalDate = z.string().refine(isLegalDate, '日期格式应为 YYYY-MM-DD');
const text = (max: number, message = '此项必填') => z.string().trim().min(1, message).max(max);

export const fileInput = z.strictObject({
  fileName: text(200),
  mimeType: text(100),
  /** The file's bytes in base64. */
  contentBase64: z.string().min(1).max(14_000_000),
});
export type FileInput = z.infer<typeof fileInput>;

export const partyInput = z.strictObject({
  kind: z.enum(['person', 'organization']),
  name: text(100, '请填写姓名或名称'),
  idNumber: z.string().trim().max(20).optional(),
  creditCode: z.string().trim().max(20).optional(),
  legalRepresentative: z.string().trim().max(50).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不正确')
    .optional(),
  email: z.email('电子邮箱格式不正确').optional(),
  address: z.string().trim().max(200).optional(),
});
export type PartyInput = z.infer<typeof partyInput>;

export const agentInput = z.strictObject({
  name: text(100, '请填写代理人姓名'),
  idNumber: z.string().trim().max(20).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不正确')
    .optional(),
  /** Index of the applicant the agent acts for. */
  forApplicant: z.number().int().min(0).default(0),
  mandate: fileInput.optional(),
});

export const simplifiedFacts = z.strictObject({
  onTheSpot: z.boolean().default(false),
  warningOrCriticism: z.boolean().default(false),
  fineAmount: z.number().nonnegative().nullable().default(null),
  informationDisclosure: z.boolean().default(false),
  allPartiesAgree: z.boolean().default(false),
});

export const applicationBody = z.strictObject({
  /** 复议机关: 4401 (广州市人民政府) or a district code (区人民政府). */
  authorityRegionCode: z.string().regex(/^4401(\d{2})?$/, '请选择复议机关'),
  applicants: z.array(partyInput).min(1, '至少需要一名申请人').max(30),
  agents: z.array(agentInput).max(60).default([]),
  thirdParties: z.array(partyInput).max(30).default([]),
  respondentName: text(100, '请填写被申请人'),
  respondentCreditCode: z.string().trim().max(20).optional(),
  contestedAct: text(500, '请填写被申请复议的行政行为'),
  actDate: legalDate.optional(),
  knewDate: legalDate,
  informedOfRight: z.boolean(),
  learnedOfRightDate: legalDate.optional(),
  realProperty: z.boolean().default(false),
  requests: text(2000, '请填写行政复议请求'),
  factsAndReasons: text(20000, '请填写事实和理由'),
  normativeDocumentReview: z.string().trim().max(300).optional(),
  compensationClaim: z.string().trim().max(2000).optional(),
  stopExecutionRequest: z.boolean().default(false),
  simplifiedFacts: simplifiedFacts.default({
    onTheSpot: false,
    warningOrCriticism: false,
    fineAmount: null,
    informationDisclosure: false,
    allPartiesAgree: false,
  }),
  attachments: z
    .array(fileInput.extend({ title: text(100) }))
    .max(20)
    .default([]),
});
export type ApplicationBody = z.infer<typeof applicationBody>;

export const registerBody = applicationBody.extend({
  channel: z.enum(['in_person', 'mail', 'oral']),
  receivedDate: legalDate,
  postmarkDate: legalDate.optional(),
});
export type RegisterBody = z.infer<typeof registerBody>;

export const applicationReceipt = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  trackingCode: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  late: z.boolean(),
});

/** Every action on a case carries the version the user saw (optimistic locking). */
const action = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({
    version: z.number().int().min(1),
    note: z.string().trim().max(2000).optional(),
    ...shape,
  });

export const actionBodies = {
  requestCorrection: action({ items: z.array(text(500)).min(1, '请列明需补正的事项').max(30) }),
  supplyCorrection: action({
    materials: z
      .array(fileInput.extend({ title: text(100) }))
      .max(20)
      .default([]),
    statement: z.string().trim().max(5000).optional(),
  }),
  accept: action({ procedure: z.enum(['ordinary', 'simplified']) }),
  reject: action({
    reasons: text(5000, '请写明不予受理的理由'),
    competentBody: z.string().trim().max(200).optional(),
  }),
  sendCopy: action({ sentDate: legalDate }),
  recordAnswer: action({
    receivedDate: legalDate,
    summary: text(20000, '请填写答复要点'),
    attachments: z
      .array(fileInput.extend({ title: text(100) }))
      .max(20)
      .default([]),
  }),
  scheduleHearing: action({
    hearingDate: legalDate,
    location: text(200),
    presiding: text(50),
    officers: z.array(text(50)).min(2, '至少 2 名听证员'),
    clerk: text(50),
  }),
  recordHearing: action({
    record: text(50000, '请填写听证笔录'),
    applicantAbsent: z.boolean().default(false),
  }),
  switchToOrdinary: action({ reason: text(1000) }),
  extend: action({
    days: z.number().int().min(1).max(30, '延长期限最多 30 日'),
    reason: text(1000),
  }),
  suspend: action({ ground: z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']) }),
  resume: action({}),
  draftDecision: action({
    type: z.enum(OUTCOME_TYPES),
    summary: text(500),
    reasons: text(50000),
    legalBasis: text(2000),
  }),
  returnDraft: action({ note: text(2000, '请写明退回理由') }),
  approveDecision: action({}),
  serve: action({
    method: z.enum(['direct', 'mail', 'electronic', 'announcement']),
    servedDate: legalDate,
  }),
  assign: action({ handlerId: z.uuid().optional() }),
};

export type ActionBody<K extends keyof typeof actionBodies> = z.infer<(typeof actionBodies)[K]>;

export const caseIdParams = z.strictObject({ id: z.uuid('案件编号格式不正确') });

export const deadlineView = z.object({
  key: z.string(),
  label: z.string(),
  start: z.string(),
  dueDate: z.string().nullable(),
  metOn: z.string().nullable(),
  status: z.enum(['normal', 'due_soon', 'overdue', 'suspended', 'met']),
  statusLabel: z.string(),
  basis: z.object({ law: z.string(), article: z.string() }),
  explanation: z.string(),
  calendarUnpublished: z.boolean(),
});

export const caseSummary = z.object({
  id: z.string(),
  caseNumber: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  procedure: z.enum(['ordinary', 'simplified']),
  applicantNames: z.string(),
  respondentName: z.string(),
  receivedDate: z.string(),
  nextDueDate: z.string().nullable(),
  nextDeadlineStatus: z.enum(['normal', 'due_soon', 'overdue', 'suspended', 'met']).nullable(),
  handlerName: z.string().nullable(),
  regionCode: z.string(),
  late: z.boolean(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseListQuery = z.strictObject({
  ...pageQuery.shape,
  scope: z.enum(['mine', 'all']).default('all'),
  state: z.string().max(40).optional(),
  q: z.string().trim().max(100).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;

const partyView = z.object({
  id: z.string(),
  role: z.enum(['applicant', 'agent', 'third_party']),
  kind: z.enum(['person', 'organization']),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  creditCode: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  hasMandate: z.boolean(),
});

export const caseDetail = caseSummary.extend({
  version: z.number().int(),
  channel: z.string(),
  postmarkDate: z.string().nullable(),
  contestedAct: z.string(),
  actDate: z.string().nullable(),
  knewDate: z.string(),
  requests: z.string(),
  factsAndReasons: z.string(),
  normativeDocumentReview: z.string().nullable(),
  compensationClaim: z.string().nullable(),
  timeLimit: z.object({ lastDay: z.string(), computation: z.array(z.string()) }),
  simplifiedEligible: z.boolean(),
  parties: z.array(partyView),
  deadlines: z.array(deadlineView),
  timeline: z.array(
    z.object({
      at: z.string(),
      onDate: z.string(),
      action: z.string(),
      actionLabel: z.string(),
      fromState: z.string().nullable(),
      toState: z.string(),
      actorName: z.string().nullable(),
      note: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      fileName: z.string(),
      size: z.number(),
      sha256: z.string(),
      generated: z.boolean(),
      createdAt: z.string(),
    }),
  ),
  hearings: z.array(
    z.object({
      id: z.string(),
      hearingDate: z.string(),
      location: z.string(),
      presiding: z.string(),
      officers: z.array(z.string()),
      clerk: z.string(),
      record: z.string().nullable(),
    }),
  ),
  decision: z
    .object({
      type: z.string(),
      typeLabel: z.string(),
      summary: z.string(),
      reasons: z.string(),
      legalBasis: z.string(),
      approvedBy: z.string().nullable(),
      decisionDate: z.string().nullable(),
      returnNote: z.string().nullable(),
    })
    .nullable(),
  publication: z
    .object({ status: z.string(), redactedText: z.string(), publishedAt: z.string().nullable() })
    .nullable(),
  nextActions: z.array(z.object({ action: z.string(), label: z.string() })),
  /** A hearing noticed today may be held on this day at the earliest (Art. 51: 5 工作日). */
  earliestHearingDate: z.string(),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const trackQuery = z.strictObject({ caseNumber: text(60), trackingCode: text(40) });
export const trackView = z.object({
  caseNumber: z.string(),
  stateLabel: z.string(),
  receivedDate: z.string(),
  respondentName: z.string(),
  nextStatutoryDate: z
    .object({ label: z.string(), dueDate: z.string().nullable(), explanation: z.string() })
    .nullable(),
  correctionItems: z.array(z.string()),
  steps: z.array(z.object({ onDate: z.string(), label: z.string() })),
  canSupplyMaterials: z.boolean(),
});
export const publicSupplyBody = trackQuery.extend({
  materials: z
    .array(fileInput.extend({ title: text(100) }))
    .min(1, '请上传补正材料')
    .max(20),
  statement: z.string().trim().max(5000).optional(),
});

const rate = z.object({
  key: z.string(),
  decided: z.number(),
  corrected: z.number(),
  rate: z.number(),
});
export const statistics = z.object({
  byState: z.array(z.object({ state: z.string(), label: z.string(), count: z.number() })),
  overdue: z.number(),
  dueSoon: z.number(),
  averageHandlingDays: z.number().nullable(),
  correctionByRespondent: z.array(rate),
  correctionByDistrict: z.array(rate),
  correctionByYear: z.array(rate),
});

export const lawsuitBody = z.strictObject({
  caseId: z.uuid().optional(),
  regionCode: z.string().regex(/^4401\d*$/, '请选择区划'),
  organName: text(100),
  court: text(100),
  courtCaseNumber: text(100),
  filedDate: legalDate,
  hearingDates: z
    .array(
      z.strictObject({
        date: legalDate,
        headAppeared: z.boolean(),
        appearedName: z.string().max(50).nullable().default(null),
      }),
    )
    .default([]),
  outcome: z.string().max(200).optional(),
});
export const lawsuit = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  regionCode: z.string(),
  organName: z.string(),
  court: z.string(),
  courtCaseNumber: z.string(),
  filedDate: z.string(),
  hearingDates: z.array(
    z.object({ date: z.string(), headAppeared: z.boolean(), appearedName: z.string().nullable() }),
  ),
  outcome: z.string().nullable(),
  createdAt: z.string(),
});
export const lawsuitList = z.object({
  items: z.array(lawsuit),
  appearanceRates: z.array(
    z.object({
      organName: z.string(),
      hearings: z.number(),
      appeared: z.number(),
      rate: z.number(),
    }),
  ),
});

/** 附带审查 (Art. 13, 56): the request a handler sends to the filing review. */
export const documentReviewBody = z.strictObject({
  /** Defaults to the document the application named. */
  document: z.string().trim().min(1).max(300).optional(),
  reason: z.string().trim().min(1).max(2000).optional(),
});

/** A review item of module regulations linked to the case (its IncidentalReviewItem). */
export const documentReviewItem = z.object({
  id: z.string(),
  caseNumber: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  subjectCaseNumber: z.string().nullable(),
  outcome: z.string().nullable(),
});
