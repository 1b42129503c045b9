// Shapes of the legal-aid API as the pages use them (see contract.ts, contract-views.ts and
// contract-pool.ts of the module).
export type DeadlineStatus = 'normal' | 'due_soon' | 'overdue' | 'suspended' | 'met';
export type Labels = Record<string, string>;

export interface FileInput {
  title: string;
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

export interface Place {
  kind: 'litigation' | 'non_litigation';
  authorityName?: string;
  regionCode: string;
}

export interface EligibilityFacts {
  category: string;
  civilMatter?: string | null;
  mandatoryGround?: string | null;
  noMeansTestGround?: string | null;
  exemptGroup?: string | null;
  hasOwnLawyer: boolean;
  household?: { members: number; monthlyIncomeYuan: number } | null;
  residenceRegion?: string | null;
}

export interface ApplicationInput extends EligibilityFacts {
  centreCode?: string;
  applicant: { name: string; idNumber: string; phone?: string };
  place: Place;
  matterSummary: string;
  materials: FileInput[];
}

export interface Criterion {
  code: string;
  label: string;
  status: 'pass' | 'fail' | 'not_applicable';
  reason: string;
  basis: string;
}

export interface EligibilityView {
  ruleSetVersion: string;
  ruleSetTitle: string;
  checkedOn: string;
  passed: boolean;
  route: string | null;
  routeLabel: string | null;
  criteria: Criterion[];
}

export interface SelfCheckResult extends EligibilityView {
  centre: { code: string; name: string; reason: string } | null;
  placeMessage: string | null;
  nextSteps: string[];
}

export interface ApplicationReceipt {
  caseId: string;
  caseNumber: string;
  trackingCode: string;
  state: string;
  stateLabel: string;
  centreName: string;
  eligibility: EligibilityView | null;
  decideBy: string | null;
}

export interface TrackView {
  caseNumber: string;
  stateLabel: string;
  centreName: string;
  receivedDate: string;
  nextStatutoryDate: { label: string; dueDate: string | null; explanation: string } | null;
  missingItems: string[];
  provider: { name: string; firm: string; phone: string | null } | null;
  steps: { onDate: string; label: string }[];
  surveyToken: string | null;
}

export interface Meta {
  centres: { code: string; name: string; regionCode: string }[];
  categories: Labels;
  civilMatters: Labels;
  mandatoryGrounds: Labels;
  noMeansTestGrounds: Labels;
  exemptGroups: Labels;
  states: Labels;
  terminationGrounds: Labels;
  provisionalGrounds: Labels;
  authorityKinds: Labels;
  providerKinds: Labels;
  specialties: Labels;
  serviceKinds: Labels;
  consultationKinds: Labels;
  stationKinds: Labels;
  scoreItems: { code: string; label: string; max: number }[];
  surveyQuestions: { code: string; label: string }[];
}

export interface CaseSummary {
  id: string;
  caseNumber: string;
  state: string;
  stateLabel: string;
  source: string;
  sourceLabel: string;
  category: string;
  categoryLabel: string;
  applicantName: string;
  receivedDate: string;
  nextDueDate: string | null;
  nextDeadlineStatus: DeadlineStatus | null;
  nextDeadlineLabel: string | null;
  providerName: string | null;
  gravest: boolean;
  regionCode: string;
}

export interface Deadline {
  key: string;
  label: string;
  start: string;
  dueDate: string | null;
  metOn: string | null;
  status: DeadlineStatus;
  statusLabel: string;
  basis: { law: string; article: string };
  explanation: string;
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
  centreName: string;
  matterSummary: string;
  civilMatterLabel: string | null;
  mandatoryGroundLabel: string | null;
  place: { kind: string; authorityName: string | null; regionCode: string; reason: string };
  household: { members: number; monthlyIncomeYuan: number } | null;
  eligibility: EligibilityView | null;
  override: { passed: boolean; reason: string; by: string; on: string } | null;
  effectivelyEligible: boolean;
  detention: {
    facility: string;
    requestedAt: string;
    forwardedAt: string;
    hours: number;
    late: boolean;
    limitHours: number;
  } | null;
  notice: {
    authorityLabel: string;
    authorityName: string;
    noticeNumber: string;
    charge: string | null;
  } | null;
  missingItems: string[];
  decision: { outcome: string; reasons: string; decidedBy: string; decidedOn: string } | null;
  provider: {
    id: string;
    name: string;
    firm: string;
    kindLabel: string;
    practiceYears: number;
    phone: string | null;
  } | null;
  assignedOn: string | null;
  termination: { groundText: string; reasons: string; decidedOn: string } | null;
  objection: { reasons: string; filedOn: string; outcome: string | null } | null;
  closing: { outcome: string; report: string; closedOn: string } | null;
  subsidy: { amountYuan: number; basis: string; paidOn: string } | null;
  parties: {
    role: string;
    relation: string | null;
    name: string;
    idNumberMasked: string | null;
    phoneMasked: string | null;
  }[];
  deadlines: Deadline[];
  serviceRecords: { onDate: string; kindLabel: string; description: string; recordedBy: string }[];
  qualityReview: {
    items: { code: string; label: string; max: number; score: number }[];
    total: number;
    gradeLabel: string;
    comment: string | null;
    reviewerName: string;
    reviewedOn: string;
  } | null;
  survey: { token: string; answered: boolean; score: number | null; comment: string | null } | null;
  timeline: {
    at: string;
    action: string;
    actionLabel: string;
    actorName: string | null;
    note: string | null;
  }[];
  documents: CaseDocument[];
  nextActions: { action: string; label: string }[];
}

export interface Figures {
  assigned: number;
  open: number;
  closed: number;
  reviewed: number;
  averageScore: number | null;
  surveys: number;
  averageSatisfaction: number | null;
}

export interface Lawyer extends Figures {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  firm: string;
  licenceNumber: string;
  practiceSince: string;
  practiceYears: number;
  specialties: string[];
  specialtyLabels: string[];
  contactPhone: string | null;
  active: boolean;
}

export interface Firm extends Figures {
  firm: string;
  lawyers: number;
}

export interface Station {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  address: string | null;
  active: boolean;
}

export interface Roster {
  stationId: string;
  stationName: string;
  weekStart: string;
  days: { date: string; lawyers: { id: string; name: string; firm: string }[] }[];
}

export interface Consultation {
  id: string;
  stationName: string;
  lawyerName: string;
  onDate: string;
  kindLabel: string;
  personName: string;
  idNumberMasked: string | null;
  summary: string;
  referred: boolean;
}

export interface StatisticsRow {
  month: string;
  applications: number;
  notices: number;
  granted: number;
  refused: number;
  assigned: number;
  closed: number;
  terminated: number;
  subsidyYuan: number;
  consultations: number;
}

export interface Statistics {
  year: number;
  rows: StatisticsRow[];
  byCategory: { category: string; label: string; cases: number }[];
  quality: {
    reviewed: number;
    averageScore: number | null;
    surveys: number;
    averageSatisfaction: number | null;
  };
}

export interface SurveyView {
  centreName: string;
  providerName: string | null;
  closedOn: string | null;
  questions: { code: string; label: string }[];
  answered: boolean;
}
