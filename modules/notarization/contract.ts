// Request and response schemas of the notarization API (shared by routes and web pages).
import { z } from 'zod';
import { pageQuery } from '../../platform/http/pagination.js';
import { feeView } from './contract-office.js';
import { feeRule, fileInput, legalDate, personInput, regionCode, text } from './contract-fields.js';
import {
  RE_EXAMINATION_OUTCOME_CODES,
  REVOCATION_GROUND_CODES,
  TERMINATION_GROUND_CODES,
} from './domain/grounds.js';
import { MATTER_CODES } from './domain/matters.js';
import { REQUESTER_KIND_CODES } from './domain/re-examination.js';

export * from './contract-fields.js';
export * from './contract-office.js';
export * from './contract-public.js';

export const applicationBody = z.strictObject({
  officeCode: z.string().max(60).default('city-notary'),
  matterType: z.enum(MATTER_CODES),
  applicants: z.array(personInput).min(1, '至少需要一名申请人').max(10),
  agent: personInput.extend({ mandate: fileInput.optional() }).optional(),
  purpose: text(200, '请填写公证书用途'),
  useCountry: z.string().trim().max(50).optional(),
  jurisdiction: z.strictObject({
    domicile: regionCode,
    habitualResidence: regionCode,
    actPlace: regionCode,
    factPlace: regionCode,
    propertyLocation: regionCode,
  }),
  legalAid: z.boolean().default(false),
  legalAidReference: z.string().trim().max(60).optional(),
  /** For 遗嘱, 生存, 收养关系 online: the applicant will come to the office in person. */
  willAppearInPerson: z.boolean().default(false),
  materials: z.array(fileInput).max(20).default([]),
});
export type ApplicationBody = z.infer<typeof applicationBody>;

export const counterBody = applicationBody.extend({
  receivedDate: legalDate,
  appearedInPerson: z.boolean(),
});
export type CounterBody = z.infer<typeof counterBody>;

export const applicationReceipt = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  fee: feeRule,
  missingMaterials: z.array(z.string()),
  /** Shown once: only its keyed hash is stored. */
  trackingCode: z.string(),
});

/** Every action on a case carries the version the user saw (optimistic locking). */
const action = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({
    version: z.number().int().min(1),
    note: z.string().trim().max(2000).optional(),
    ...shape,
  });
const items = (message: string) => z.array(text(500)).min(1, message).max(30);

export const actionBodies = {
  accept: action({
    toldItems: items('请记录告知当事人的内容'),
    applicantAcknowledged: z.boolean(),
    appearedInPerson: z.boolean().default(false),
    notaryId: z.uuid().optional(),
  }),
  notAccept: action({ reasons: text(5000, '请写明不予受理的理由') }),
  assign: action({ notaryId: z.uuid() }),
  startReview: action({}),
  startVerification: action({ items: items('请列明需核实的事项') }),
  finishVerification: action({ result: text(5000, '请填写核实结果') }),
  requestSupplement: action({ items: items('请列明需补充的材料') }),
  supply: action({ materials: z.array(fileInput).max(20).default([]) }),
  proposeIssue: action({ certifiedFacts: text(20000, '请填写公证证词') }),
  returnProposal: action({ note: text(2000, '请写明退回理由') }),
  approveIssue: action({}),
  refuse: action({
    ground: z.string().max(2).optional(),
    reasons: text(5000, '请写明不予办理的理由'),
  }),
  terminate: action({ ground: z.enum(TERMINATION_GROUND_CODES), reasons: text(5000) }),
  startReExamination: action({
    reExaminerId: z.uuid('请选择复查公证员'),
    requestedBy: text(100, '请填写复查申请人'),
    requesterKind: z.enum(REQUESTER_KIND_CODES, { message: '请选择复查申请人的身份' }),
    /** Receipt of the certificate (a party) or when they knew of it (an interested person). */
    knownDate: legalDate,
    /** The day the written request was received; today when absent. */
    requestDate: legalDate.optional(),
    reasons: text(5000, '请填写复查理由'),
  }),
  decideReExamination: action({
    outcome: z.enum(RE_EXAMINATION_OUTCOME_CODES),
    /** Required for a revocation: the public notice shows it. */
    revocationGround: z.enum(REVOCATION_GROUND_CODES).optional(),
    reasons: text(5000, '请写明复查结论的理由'),
  }),
};
export type ActionBody<K extends keyof typeof actionBodies> = z.infer<(typeof actionBodies)[K]>;

export const caseIdParams = z.strictObject({ id: z.uuid('案件编号格式不正确') });

const deadlineStatus = z.enum(['normal', 'due_soon', 'overdue', 'suspended', 'met']);
export const deadlineView = z.object({
  key: z.string(),
  label: z.string(),
  start: z.string(),
  dueDate: z.string().nullable(),
  metOn: z.string().nullable(),
  status: deadlineStatus,
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
  matterType: z.string(),
  matterLabel: z.string(),
  applicantNames: z.string(),
  appliedDate: z.string(),
  nextDueDate: z.string().nullable(),
  nextDeadlineStatus: deadlineStatus.nullable(),
  notaryName: z.string().nullable(),
  regionCode: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseListQuery = z.strictObject({
  ...pageQuery.shape,
  scope: z.enum(['mine', 'all']).default('all'),
  state: z.string().max(40).optional(),
  matterType: z.enum(MATTER_CODES).optional(),
  q: z.string().trim().max(100).optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;

export const certificateView = z.object({
  number: z.string(),
  issueDate: z.string(),
  status: z.enum(['valid', 'revoked', 'corrected']),
  ledgerIndex: z.number(),
  documentId: z.string(),
  documentSha256: z.string(),
  qrDocumentId: z.string(),
  amendmentIndex: z.number().nullable(),
  revocationGround: z.string().nullable(),
  verificationUrl: z.string(),
});

export const caseDetail = caseSummary.extend({
  version: z.number().int(),
  channel: z.string(),
  acceptedDate: z.string().nullable(),
  purpose: z.string(),
  useCountry: z.string().nullable(),
  jurisdictionGround: z.string(),
  inPerson: z.boolean(),
  appearedInPerson: z.boolean(),
  legalAid: z.boolean(),
  fee: feeRule,
  requiredMaterials: z.array(z.object({ title: z.string(), supplied: z.boolean() })),
  toldRecord: z
    .object({ items: z.array(z.string()), acknowledged: z.boolean(), recordedOn: z.string() })
    .nullable(),
  supplementItems: z.array(z.string()),
  outcome: z.object({ ground: z.string(), groundText: z.string(), reasons: z.string() }).nullable(),
  certifiedFacts: z.string().nullable(),
  reExaminerName: z.string().nullable(),
  parties: z.array(
    z.object({
      role: z.enum(['applicant', 'agent']),
      name: z.string(),
      idNumberMasked: z.string().nullable(),
      phoneMasked: z.string().nullable(),
    }),
  ),
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
  certificate: certificateView.nullable(),
  fees: feeView,
  nextActions: z.array(z.object({ action: z.string(), label: z.string() })),
});
export type CaseDetail = z.infer<typeof caseDetail>;
