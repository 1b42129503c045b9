// A next action of a case -> the endpoint and the JSON body (always with the case's version).
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { optionalText, toTitledFiles } from '@web/api/uploads';

export interface ActionValues {
  note?: string;
  items?: string[];
  materials?: UploadFile[];
  passed?: boolean;
  reason?: string;
  reasons?: string;
  ground?: string;
  lawyerId?: string;
  firm?: string;
  onDate?: Dayjs;
  kind?: string;
  description?: string;
  outcome?: string;
  report?: string;
  extraYuan?: number;
  extraReason?: string;
}

/** The three decisions on an objection share one endpoint, with `outcome`. */
const OBJECTION_OUTCOMES: Record<string, string> = {
  maintain_decision: 'maintain',
  order_grant: 'correct',
  order_resume: 'correct',
};

export const endpointOf = (action: string) =>
  action in OBJECTION_OUTCOMES ? 'decide_objection' : action;

const date = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');

export async function toActionBody(
  action: string,
  v: ActionValues,
  version: number,
): Promise<Record<string, unknown>> {
  const base = { version, note: optionalText(v.note) };
  switch (action) {
    case 'request_material':
      return { ...base, items: (v.items ?? []).map((i) => i?.trim()).filter(Boolean) };
    case 'supply_material':
      return { ...base, materials: await toTitledFiles(v.materials) };
    case 'override_eligibility':
      return { ...base, passed: v.passed ?? true, reason: v.reason ?? '' };
    case 'provide_provisionally':
    case 'terminate':
      return { ...base, ground: v.ground, reasons: v.reasons ?? '' };
    case 'refuse':
      return { ...base, reasons: v.reasons ?? '' };
    case 'assign':
      return { ...base, lawyerId: v.lawyerId || undefined, firm: v.firm || undefined };
    case 'reassign':
      return { ...base, lawyerId: v.lawyerId || undefined, reason: v.reason ?? '' };
    case 'record_service':
      return { ...base, onDate: date(v.onDate), kind: v.kind, description: v.description ?? '' };
    case 'close':
      return {
        ...base,
        outcome: v.outcome ?? '',
        report: v.report ?? '',
        materials: await toTitledFiles(v.materials),
      };
    case 'pay_subsidy':
      return { ...base, extraYuan: v.extraYuan ?? 0, extraReason: optionalText(v.extraReason) };
    case 'file_objection':
      return { ...base, reasons: v.reasons ?? '', filedOn: date(v.onDate) };
    default:
      if (action in OBJECTION_OUTCOMES)
        return { ...base, outcome: OBJECTION_OUTCOMES[action], reasons: v.reasons ?? '' };
      return base;
  }
}
