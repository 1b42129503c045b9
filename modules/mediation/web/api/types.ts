// Shapes of the mediation API as the pages use them (see modules/mediation/contract*.ts).
import type { DeadlineStatus } from '@web/components/deadline-tag';

export type PartyRole = 'applicant' | 'respondent';

export interface PartyInput {
  role: PartyRole;
  kind: 'person' | 'organization';
  name: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
  address?: string;
}

export interface ApplicationInput {
  disputeType: string;
  placeCode: string;
  committeeId?: string;
  facts: string;
  claims: string;
  amountYuan?: number;
  parties: PartyInput[];
}

export interface RegisterInput extends ApplicationInput {
  channel: 'application' | 'initiated' | 'court' | 'police';
  receivedDate: string;
  referral?: { body: string; reference?: string };
}

export interface Receipt {
  caseId: string;
  caseNumber: string;
  trackingCode: string;
  committeeName: string;
  state: string;
  stateLabel: string;
}

export interface TrackView {
  caseNumber: string;
  stateLabel: string;
  disputeTypeLabel: string;
  committeeName: string;
  appliedDate: string;
  mediatorName: string | null;
  nextDate: { label: string; dueDate: string | null } | null;
  steps: { onDate: string; label: string }[];
  outcome: string | null;
}

type Labels = Record<string, string>;
export interface MediationMeta {
  disputeTypes: Labels;
  states: Labels;
  channels: Labels;
  otherRoutes: Labels;
  terminationGrounds: Labels;
  signatureManners: Labels;
  followUpMethods: Labels;
  performance: Labels;
  riskLevels: Labels;
  committeeLevels: Labels;
}

export interface RoutedCommittee {
  committee: {
    id: string;
    name: string;
    levelLabel: string;
    address: string | null;
    phone: string | null;
  } | null;
}

export interface CaseSummary {
  id: string;
  caseNumber: string;
  state: string;
  stateLabel: string;
  channel: string;
  channelLabel: string;
  disputeType: string;
  disputeTypeLabel: string;
  partyNames: string;
  committeeId: string;
  committeeName: string;
  mediatorName: string | null;
  appliedDate: string;
  nextDueDate: string | null;
  nextDeadlineStatus: DeadlineStatus | null;
  regionCode: string;
  placeCode: string;
  riskLevel: string | null;
  riskLabel: string | null;
}

export interface RiskSummary extends CaseSummary {
  riskNote: string;
  riskFlaggedOn: string;
  reportedToPolice: boolean;
  policeStation: string | null;
}

export interface CaseParty {
  id: string;
  role: PartyRole;
  roleLabel: string;
  kind: string;
  name: string;
  idNumberMasked: string | null;
  creditCode: string | null;
  phoneMasked: string | null;
  address: string | null;
}

export interface Deadline {
  key: string;
  label: string;
  start: string;
  dueDate: string | null;
  metOn: string | null;
  status: DeadlineStatus;
  statusLabel: string;
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
  placeName: string | null;
  referral: { body: string; reference: string | null } | null;
  facts: string;
  claims: string;
  amountYuan: number | null;
  mediatorId: string | null;
  firstCommitteeName: string;
  transferCount: number;
  settledDate: string | null;
  subsidyYuan: number | null;
  parties: CaseParty[];
  sessions: {
    id: string;
    heldOn: string;
    place: string;
    participants: string[];
    notes: string;
    recordedBy: string | null;
  }[];
  agreement: {
    kind: 'written' | 'oral';
    facts: string;
    issues: string;
    responsibilities: string;
    content: string;
    performanceManner: string;
    performanceDeadline: string | null;
    reachedOn: string;
    effectiveOn: string | null;
    signatures: { partyId: string; name: string; manner: string; signedOn: string }[];
    mediatorSignedOn: string | null;
    sealedOn: string | null;
    confirmationLastDay: string | null;
  } | null;
  followUps: {
    visitedOn: string;
    methodLabel: string;
    performanceLabel: string;
    note: string | null;
    recordedBy: string | null;
  }[];
  outcome: {
    kind: string;
    groundLabel: string;
    partyName: string | null;
    reasons: string;
    routeLabels: string[];
    decidedOn: string;
  } | null;
  confirmation: {
    court: string;
    appliedOn: string;
    acceptedOn: string | null;
    extended: boolean;
    ruling: string | null;
    ruledOn: string | null;
    rulingNumber: string | null;
    reasons: string | null;
  } | null;
  risk: {
    level: string;
    levelLabel: string;
    note: string;
    flaggedOn: string;
    flaggedBy: string;
    reportedToPolice: boolean;
    policeStation: string | null;
  } | null;
  deadlines: Deadline[];
  timeline: {
    at: string;
    onDate: string;
    action: string;
    actionLabel: string;
    actorName: string | null;
    note: string | null;
  }[];
  documents: CaseDocument[];
  nextActions: { action: string; label: string }[];
}

export interface Mediator {
  id: string;
  committeeId: string;
  name: string;
  sex: 'female' | 'male';
  kind: 'full_time' | 'part_time';
  kindLabel: string;
  specialties: string[];
  specialtyLabels: string[];
  phoneMasked: string | null;
  userId: string | null;
  active: boolean;
}

export interface Committee {
  id: string;
  name: string;
  shortName: string;
  level: 'community' | 'street' | 'district' | 'industry';
  levelLabel: string;
  regionCode: string;
  regionName: string | null;
  industryTypes: string[];
  address: string | null;
  phone: string | null;
  termStart: string;
  termEnd: string;
  active: boolean;
  version: number;
  members: { id: string; name: string; sex: 'female' | 'male'; post: string }[];
  mediators: Mediator[];
  findings: { code: string; severity: 'violation' | 'warning'; message: string }[];
  compliance: 'ok' | 'warning' | 'violation';
}

export interface CommitteeInput {
  name: string;
  shortName: string;
  level: Committee['level'];
  regionCode: string;
  industryTypes: string[];
  address?: string;
  phone?: string;
  termStart: string;
  termEnd: string;
  active: boolean;
  members: { name: string; sex: 'female' | 'male'; post: string }[];
}

export interface MediatorInput {
  name: string;
  sex: 'female' | 'male';
  kind: 'full_time' | 'part_time';
  specialties: string[];
  phone?: string;
  userId?: string;
  active: boolean;
}

export interface Figures {
  total: number;
  settled: number;
  written: number;
  oral: number;
  terminated: number;
  refused: number;
  pending: number;
  successRate: number | null;
  avgDaysToSettle: number | null;
  settledLocally: number;
  byType: Record<string, number>;
}

export interface Statistics {
  year: number;
  groupBy: string;
  rows: (Figures & { key: string; name: string })[];
  totals: Figures;
  disputeTypes: Labels;
}

export interface SubsidyRow {
  mediatorId: string;
  mediatorName: string;
  committeeName: string;
  kind: string;
  cases: number;
  amountYuan: number;
  byType: Record<string, number>;
}

export interface Rates {
  defaults: Record<string, number>;
  rates: {
    regionCode: string;
    disputeType: string;
    amountYuan: number;
    validFrom: string;
    createdBy: string | null;
  }[];
}
