// A next action of a dispute -> the JSON body of its endpoint (always with the case's version).
import dayjs, { type Dayjs } from 'dayjs';
import type { CaseDetail } from '../api/types';

export interface ActionValues {
  note?: string;
  mediatorId?: string;
  reason?: string;
  partyId?: string;
  routes?: string[];
  ground?: string;
  heldOn?: Dayjs;
  place?: string;
  participants?: string;
  notes?: string;
  facts?: string;
  issues?: string;
  responsibilities?: string;
  content?: string;
  performanceManner?: string;
  performanceDeadline?: Dayjs | null;
  signatures?: { manner: string; signedOn: Dayjs }[];
  mediatorSignedOn?: Dayjs;
  sealedOn?: Dayjs;
  visitedOn?: Dayjs;
  method?: string;
  performance?: string;
  court?: string;
  date?: Dayjs;
  rulingNumber?: string;
  level?: string;
  reportedToPolice?: boolean;
  policeStation?: string;
}

/** Actions whose note is required (what the risk is; why the agreement goes back). */
export const NOTE_REQUIRED = ['flag_risk', 'revise_agreement'];

export function initialValues(detail: CaseDetail): ActionValues {
  const today = dayjs();
  return {
    heldOn: today,
    date: today,
    visitedOn: today,
    mediatorSignedOn: today,
    sealedOn: today,
    signatures: detail.parties.map(() => ({ manner: 'signature', signedOn: today })),
    participants: detail.parties.map((p) => p.name).join('，'),
    facts: detail.facts,
    issues: detail.claims,
    routes: [],
    reportedToPolice: false,
  };
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

export function toActionBody(
  action: string,
  v: ActionValues,
  detail: CaseDetail,
): Record<string, unknown> {
  const note = text(v.note);
  const base = { version: detail.version, ...(note ? { note } : {}) };
  const agreement = {
    content: v.content?.trim(),
    performanceManner: v.performanceManner?.trim(),
    performanceDeadline: day(v.performanceDeadline),
  };
  switch (action) {
    case 'assign':
      return { ...base, mediatorId: v.mediatorId };
    case 'transfer':
      return { ...base, reason: v.reason?.trim() };
    case 'refuse':
      return { ...base, partyId: v.partyId, reasons: v.reason?.trim(), routes: v.routes ?? [] };
    case 'terminate':
      return { ...base, ground: v.ground, reasons: v.reason?.trim(), routes: v.routes ?? [] };
    case 'record_session':
      return {
        ...base,
        heldOn: day(v.heldOn),
        place: v.place?.trim(),
        participants: (v.participants ?? '').split(/[,，、\s]+/).filter(Boolean),
        notes: v.notes?.trim(),
      };
    case 'draft_agreement':
      return {
        ...base,
        ...agreement,
        facts: v.facts?.trim(),
        issues: v.issues?.trim(),
        responsibilities: v.responsibilities?.trim(),
      };
    case 'agree_oral':
      return { ...base, ...agreement };
    case 'sign_agreement':
      return {
        ...base,
        signatures: detail.parties.map((p, i) => ({
          partyId: p.id,
          manner: v.signatures?.[i]?.manner ?? 'signature',
          signedOn: day(v.signatures?.[i]?.signedOn),
        })),
        mediatorSignedOn: day(v.mediatorSignedOn),
        sealedOn: day(v.sealedOn),
      };
    case 'follow_up':
      return { ...base, visitedOn: day(v.visitedOn), method: v.method, performance: v.performance };
    case 'apply_confirmation':
      return { ...base, court: v.court?.trim(), appliedOn: day(v.date) };
    case 'court_accept':
      return { ...base, acceptedOn: day(v.date) };
    case 'court_decline':
      return { ...base, decidedOn: day(v.date), reasons: v.reason?.trim() };
    case 'court_confirm':
      return { ...base, ruledOn: day(v.date), rulingNumber: text(v.rulingNumber) };
    case 'court_reject':
      return {
        ...base,
        ruledOn: day(v.date),
        rulingNumber: text(v.rulingNumber),
        reasons: v.reason?.trim(),
      };
    case 'record_litigation':
      return { ...base, court: text(v.court) };
    case 'record_enforcement':
      return { ...base, court: v.court?.trim() };
    case 'flag_risk':
      return {
        ...base,
        level: v.level,
        reportedToPolice: v.reportedToPolice ?? false,
        policeStation: text(v.policeStation),
      };
    default:
      return base;
  }
}
