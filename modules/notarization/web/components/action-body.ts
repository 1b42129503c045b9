// A next action of a case -> the endpoint and the JSON body (always with the case's version).
import type { UploadFile } from 'antd';
import { optionalText, toFileInputs } from '../lib/files';

export interface ActionValues {
  note?: string;
  items?: string[];
  toldItems?: string[];
  applicantAcknowledged?: boolean;
  appearedInPerson?: boolean;
  notaryId?: string;
  reExaminerId?: string;
  requestedBy?: string;
  reasons?: string;
  result?: string;
  certifiedFacts?: string;
  ground?: string;
  materials?: UploadFile[];
}

/** The four outcomes of 复查 are separate next actions but one endpoint with `outcome`. */
export const OUTCOME_OF_ACTION: Record<string, string> = {
  maintain: 'maintain',
  correct: 'correct',
  supplement_certificate: 'supplement',
  revoke: 'revoke',
};

/** The endpoint of an action: `request_supplement` -> `request_supplement` (the client dashes it). */
export const endpointOf = (action: string) =>
  action in OUTCOME_OF_ACTION ? 'decide_re_examination' : action;

const lines = (values: string[] | undefined) =>
  (values ?? []).map((v) => v?.trim()).filter((v): v is string => Boolean(v));

export async function toActionBody(
  action: string,
  values: ActionValues,
  version: number,
): Promise<Record<string, unknown>> {
  const note = optionalText(values.note);
  const base = { version, ...(note ? { note } : {}) };
  const reasons = values.reasons?.trim() ?? '';
  if (action in OUTCOME_OF_ACTION) return { ...base, outcome: OUTCOME_OF_ACTION[action], reasons };
  switch (action) {
    case 'accept':
      return {
        ...base,
        toldItems: lines(values.toldItems),
        applicantAcknowledged: values.applicantAcknowledged ?? false,
        appearedInPerson: values.appearedInPerson ?? false,
        notaryId: optionalText(values.notaryId),
      };
    case 'not_accept':
      return { ...base, reasons };
    case 'assign':
      return { ...base, notaryId: values.notaryId?.trim() };
    case 'start_verification':
    case 'request_supplement':
      return { ...base, items: lines(values.items) };
    case 'finish_verification':
      return { ...base, result: values.result?.trim() ?? '' };
    case 'supply':
      return { ...base, materials: await toFileInputs(values.materials) };
    case 'propose_issue':
      return { ...base, certifiedFacts: values.certifiedFacts?.trim() ?? '' };
    case 'refuse':
      return { ...base, ground: optionalText(values.ground), reasons };
    case 'terminate':
      return { ...base, ground: values.ground, reasons };
    case 'start_re_examination':
      return {
        ...base,
        reExaminerId: values.reExaminerId?.trim(),
        requestedBy: values.requestedBy?.trim() ?? '',
        reasons,
      };
    default:
      return base;
  }
}
