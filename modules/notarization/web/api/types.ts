// Shapes of the notarization API as the pages use them (see modules/notarization/contract.ts).
export type DeadlineStatus = 'normal' | 'due_soon' | 'overdue' | 'suspended' | 'met';
export type CertificateStatus = 'valid' | 'revoked' | 'corrected';

export interface FileInput {
  title: string;
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

export interface PersonInput {
  name: string;
  idNumber: string;
  phone?: string;
}

export interface Jurisdiction {
  domicile?: string;
  habitualResidence?: string;
  actPlace?: string;
  factPlace?: string;
  propertyLocation?: string;
}

export interface ApplicationInput {
  officeCode?: string;
  matterType: string;
  applicants: PersonInput[];
  purpose: string;
  useCountry?: string;
  jurisdiction: Jurisdiction;
  legalAid: boolean;
  legalAidReference?: string;
  willAppearInPerson: boolean;
  materials: FileInput[];
}

export interface CounterInput extends ApplicationInput {
  receivedDate: string;
  appearedInPerson: boolean;
}

export interface Fee {
  standardYuan: number;
  reductionYuan: number;
  payableYuan: number;
  basis: string;
}

export interface ApplicationReceipt {
  caseId: string;
  caseNumber: string;
  state: string;
  stateLabel: string;
  fee: Fee;
  missingMaterials: string[];
  /** Shown once on the receipt: the applicant follows the case with it. */
  trackingCode: string;
}

export interface MatterType {
  code: string;
  label: string;
  materials: string[];
  inPerson: boolean;
  feeYuan: number;
}

export interface NotaryMeta {
  matterTypes: MatterType[];
  states: Record<string, string>;
  refusalGrounds: Record<string, string>;
  terminationGrounds: Record<string, string>;
  revocationGrounds: Record<string, string>;
  requesterKinds: Record<string, string>;
  relations: Record<string, string>;
  paymentMethods: Record<string, string>;
  faults: Record<string, string>;
}

export interface PublicVerification {
  genuine: boolean;
  number: string;
  status: CertificateStatus | null;
  statusLabel: string | null;
  matterType: string | null;
  issueDate: string | null;
  office: string | null;
  ledgerIndex: number | null;
}

export interface VerifyFileResult {
  identical: boolean;
  number: string | null;
  status: CertificateStatus | null;
  sha256: string;
}

export interface CaseSummary {
  id: string;
  caseNumber: string;
  state: string;
  stateLabel: string;
  matterType: string;
  matterLabel: string;
  applicantNames: string;
  appliedDate: string;
  nextDueDate: string | null;
  nextDeadlineStatus: DeadlineStatus | null;
  notaryName: string | null;
  regionCode: string;
}

export interface DeadlineView {
  key: string;
  label: string;
  start: string;
  dueDate: string | null;
  metOn: string | null;
  status: DeadlineStatus;
  statusLabel: string;
  basis: { law: string; article: string };
  explanation: string;
  calendarUnpublished: boolean;
}

export interface CaseDocument {
  id: string;
  kind: string;
  title: string;
  fileName: string;
  size: number;
  sha256: string;
  generated: boolean;
  createdAt: string;
}

export interface CaseDetail extends CaseSummary {
  version: number;
  channel: string;
  acceptedDate: string | null;
  purpose: string;
  useCountry: string | null;
  jurisdictionGround: string;
  inPerson: boolean;
  appearedInPerson: boolean;
  legalAid: boolean;
  fee: Fee;
  requiredMaterials: { title: string; supplied: boolean }[];
  toldRecord: { items: string[]; acknowledged: boolean; recordedOn: string } | null;
  supplementItems: string[];
  outcome: { ground: string; groundText: string; reasons: string } | null;
  certifiedFacts: string | null;
  reExaminerName: string | null;
  parties: {
    role: 'applicant' | 'agent';
    name: string;
    idNumberMasked: string | null;
    phoneMasked: string | null;
  }[];
  deadlines: DeadlineView[];
  timeline: {
    at: string;
    onDate: string;
    action: string;
    actionLabel: string;
    fromState: string | null;
    toState: string;
    actorName: string | null;
    note: string | null;
  }[];
  documents: CaseDocument[];
  certificate: {
    number: string;
    issueDate: string;
    status: CertificateStatus;
    ledgerIndex: number;
    documentId: string;
    qrDocumentId: string;
    amendmentIndex: number | null;
    revocationGround: string | null;
    verificationUrl: string;
  } | null;
  fees: FeeView;
  nextActions: { action: string; label: string }[];
}

export interface StatisticsRow {
  month: string;
  matterType: string;
  matterLabel: string;
  applied: number;
  issued: number;
  refused: number;
  feesYuan: number;
  paidYuan: number;
  refundedYuan: number;
}

export type Fault = 'office' | 'party' | 'both';

export interface FeeView {
  payableYuan: number;
  paidYuan: number;
  refundedYuan: number;
  outstandingYuan: number;
  records: {
    id: string;
    kind: 'payment' | 'refund';
    amountYuan: number;
    method: string;
    methodLabel: string;
    receiptNumber: string;
    onDate: string;
    faultLabel: string | null;
    reason: string | null;
    recordedBy: string;
  }[];
  canPay: boolean;
  refund: ({ basis: string } & Record<Fault, { minYuan: number; maxYuan: number }>) | null;
}

export interface PaymentInput {
  amountYuan: number;
  method: string;
  receiptNumber: string;
  onDate: string;
  note?: string;
  fault?: Fault;
  reason?: string;
}

export interface NotaryItem {
  id: string;
  name: string;
  role: string;
  roleLabel: string;
  relativesCount: number;
  handlesCase: boolean;
  conflict: string | null;
}

export interface NotaryList {
  officeCode: string;
  officeName: string;
  items: NotaryItem[];
}

export interface RelativesView {
  userId: string;
  name: string;
  items: {
    id: string;
    name: string;
    relation: string;
    relationLabel: string;
    idNumberMasked: string | null;
  }[];
}

export interface RelativeInput {
  name: string;
  relation: string;
  idNumber?: string;
}

export interface Revocation {
  number: string;
  office: string;
  revokedOn: string;
  ground: string | null;
  groundLabel: string;
  ledgerIndex: number | null;
}

export interface TrackView {
  caseNumber: string;
  matterLabel: string;
  stateLabel: string;
  appliedDate: string;
  nextDeadline: { label: string; dueDate: string | null; explanation: string } | null;
  supplementItems: string[];
  fee: { payableYuan: number; paidYuan: number; outstandingYuan: number };
  certificateNumber: string | null;
  steps: { onDate: string; label: string }[];
}
