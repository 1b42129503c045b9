// Reply and request shapes of the reconsideration API, for the web pages. The zod schemas of
// contract.ts are the source; only their types are imported (no server code reaches the bundle).
import type { z } from 'zod';
import type {
  actionBodies,
  applicationBody,
  applicationReceipt,
  CaseDetail,
  CaseSummary,
  deadlineView,
  documentReviewBody,
  documentReviewItem,
  fileInput,
  publicSupplyBody,
  registerBody,
  trackView,
} from '../../contract';

export type { CaseDetail, CaseSummary };
export type ApplicationInput = z.input<typeof applicationBody>;
export type RegisterInput = z.input<typeof registerBody>;
export type ApplicationReceipt = z.infer<typeof applicationReceipt>;
export type TrackView = z.infer<typeof trackView>;
export type SupplyInput = z.input<typeof publicSupplyBody>;
export type FileInput = z.infer<typeof fileInput>;
export type TitledFile = FileInput & { title: string };
export type Deadline = z.infer<typeof deadlineView>;
export type DeadlineStatus = Deadline['status'];

export type ActionBodies = typeof actionBodies;
export type ActionKey = keyof ActionBodies;
export type ActionInput<K extends ActionKey> = z.input<ActionBodies[K]>;

/** GET /api/public/reconsideration/meta */
export interface ReconsiderationMeta {
  states: Record<string, string>;
  outcomes: Record<string, string>;
  suspensionGrounds: Record<string, string>;
}

/** GET /api/regions?parent=4401 */
export interface Division {
  code: string;
  name: string;
  level: 'city' | 'district' | 'street' | 'village';
  type: string | null;
  parentCode: string | null;
}

export interface PublicationItem {
  caseId: string;
  title: string;
  respondentName: string;
  outcome: string;
  outcomeLabel: string;
  year: number;
  publishedAt: string | null;
}

export interface Publication extends PublicationItem {
  redactedText: string;
}

export interface PublicationFilters {
  respondent?: string;
  outcome?: string;
  year?: number;
  q?: string;
}

export interface HandlerOption {
  id: string;
  name: string;
  openCases: number;
  conflicted: boolean;
}

export interface CaseFilters {
  scope: 'mine' | 'all';
  state?: string;
  q?: string;
  overdue?: 'true';
}

export interface RateRow {
  key: string;
  decided: number;
  corrected: number;
  rate: number;
}

/** GET /api/reconsideration/statistics */
export interface CaseStatistics {
  byState: { state: string; label: string; count: number }[];
  overdue: number;
  dueSoon: number;
  averageHandlingDays: number | null;
  correctionByRespondent: RateRow[];
  correctionByDistrict: RateRow[];
  correctionByYear: RateRow[];
}

export interface LawsuitHearing {
  date: string;
  headAppeared: boolean;
  appearedName: string | null;
}

export interface Lawsuit {
  id: string;
  caseId: string | null;
  regionCode: string;
  organName: string;
  court: string;
  courtCaseNumber: string;
  filedDate: string;
  hearingDates: LawsuitHearing[];
  outcome: string | null;
  createdAt: string;
}

/** GET /api/reconsideration/lawsuits */
export interface LawsuitList {
  items: Lawsuit[];
  appearanceRates: { organName: string; hearings: number; appeared: number; rate: number }[];
}

export interface LawsuitInput {
  regionCode: string;
  organName: string;
  court: string;
  courtCaseNumber: string;
  filedDate: string;
  hearingDates: LawsuitHearing[];
  outcome?: string;
}

/** GET /api/reconsideration/cases/:id/document-reviews: the 附带审查 items of a case. */
export type DocumentReviewItem = z.infer<typeof documentReviewItem>;
export type DocumentReviewInput = z.input<typeof documentReviewBody>;
