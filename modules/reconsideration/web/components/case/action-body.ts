// The form values of an action modal -> the request body of that action (contract.ts actionBodies).
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ActionInput } from '../../api/types';
import { optionalText, toLegalDate } from '../../lib/dates';
import { toTitledFiles } from '@web/api/uploads';

/** Every field any action modal has; each action uses a few. */
export interface ActionValues {
  note?: string;
  items?: string[];
  materials?: UploadFile[];
  statement?: string;
  procedure?: 'ordinary' | 'simplified';
  reasons?: string;
  competentBody?: string;
  sentDate?: Dayjs;
  receivedDate?: Dayjs;
  summary?: string;
  attachments?: UploadFile[];
  hearingDate?: Dayjs;
  location?: string;
  presiding?: string;
  officers?: string[];
  clerk?: string;
  record?: string;
  applicantAbsent?: boolean;
  reason?: string;
  days?: number;
  ground?: ActionInput<'suspend'>['ground'];
  type?: ActionInput<'draftDecision'>['type'];
  legalBasis?: string;
  method?: ActionInput<'serve'>['method'];
  servedDate?: Dayjs;
  handlerId?: string;
}

/** Fields a server issue can be shown under (lib/form-errors.ts patterns). */
export const ACTION_FIELDS = [
  'note',
  'items',
  'items.*',
  'materials',
  'statement',
  'procedure',
  'reasons',
  'competentBody',
  'sentDate',
  'receivedDate',
  'summary',
  'attachments',
  'hearingDate',
  'location',
  'presiding',
  'officers',
  'officers.*',
  'clerk',
  'record',
  'reason',
  'days',
  'ground',
  'type',
  'legalBasis',
  'method',
  'servedDate',
  'handlerId',
];

/** Errors of the rules that are about one field of the modal. */
export const FIELD_OF_CODE: Readonly<Record<string, keyof ActionValues>> = {
  RECONSIDERATION_HEARING_NOTICE_TOO_SHORT: 'hearingDate',
  RECONSIDERATION_SIMPLIFIED_NOT_ELIGIBLE: 'procedure',
  RECONSIDERATION_HANDLER_CONFLICT: 'handlerId',
  RECONSIDERATION_SUSPENSION_GROUND_REQUIRED: 'ground',
  RECONSIDERATION_DECISION_TYPE_NOT_ALLOWED: 'type',
};

const text = (value: string | undefined) => value?.trim() ?? '';
const date = (value: Dayjs | undefined) => toLegalDate(value) ?? '';

/** The fields of `action` beside `version` and `note`. */
async function fieldsOf(action: string, v: ActionValues): Promise<object> {
  switch (action) {
    case 'request_correction':
      return {
        items: (v.items ?? []).map(text).filter(Boolean),
      } satisfies Partial<ActionInput<'requestCorrection'>>;
    case 'supply_correction':
      return {
        materials: await toTitledFiles(v.materials),
        statement: optionalText(v.statement),
      } satisfies Partial<ActionInput<'supplyCorrection'>>;
    case 'accept':
      return { procedure: v.procedure ?? 'ordinary' } satisfies Partial<ActionInput<'accept'>>;
    case 'reject':
      return {
        reasons: text(v.reasons),
        competentBody: optionalText(v.competentBody),
      } satisfies Partial<ActionInput<'reject'>>;
    case 'send_copy':
      return { sentDate: date(v.sentDate) } satisfies Partial<ActionInput<'sendCopy'>>;
    case 'record_answer':
      return {
        receivedDate: date(v.receivedDate),
        summary: text(v.summary),
        attachments: await toTitledFiles(v.attachments),
      } satisfies Partial<ActionInput<'recordAnswer'>>;
    case 'schedule_hearing':
      return {
        hearingDate: date(v.hearingDate),
        location: text(v.location),
        presiding: text(v.presiding),
        officers: (v.officers ?? []).map(text).filter(Boolean),
        clerk: text(v.clerk),
      } satisfies Partial<ActionInput<'scheduleHearing'>>;
    case 'record_hearing':
      return {
        record: text(v.record),
        applicantAbsent: v.applicantAbsent ?? false,
      } satisfies Partial<ActionInput<'recordHearing'>>;
    case 'switch_to_ordinary':
      return { reason: text(v.reason) } satisfies Partial<ActionInput<'switchToOrdinary'>>;
    case 'extend':
      return { days: v.days ?? 0, reason: text(v.reason) } satisfies Partial<ActionInput<'extend'>>;
    case 'suspend':
      return { ground: v.ground } satisfies Partial<ActionInput<'suspend'>>;
    case 'draft_decision':
      return {
        type: v.type,
        summary: text(v.summary),
        reasons: text(v.reasons),
        legalBasis: text(v.legalBasis),
      } satisfies Partial<ActionInput<'draftDecision'>>;
    case 'serve':
      return {
        method: v.method ?? 'direct',
        servedDate: date(v.servedDate),
      } satisfies Partial<ActionInput<'serve'>>;
    case 'assign':
      return { handlerId: v.handlerId || undefined } satisfies Partial<ActionInput<'assign'>>;
    default:
      // resume, approve_decision, return_draft and any action added later: version and note
      return {};
  }
}

export async function toActionBody(
  action: string,
  values: ActionValues,
  version: number,
): Promise<object> {
  return { version, note: optionalText(values.note), ...(await fieldsOf(action, values)) };
}
