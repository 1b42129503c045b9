// A next action of a case -> the endpoint and the JSON body (always with the case's version).
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { optionalText, toTitledFiles } from '@web/api/uploads';

export interface ActionValues {
  note?: string;
  items?: string[];
  toldItems?: string[];
  applicantAcknowledged?: boolean;
  appearedInPerson?: boolean;
  notaryId?: string;
  reExaminerId?: string;
  requestedBy?: string;
  requesterKind?: string;
  knownDate?: Dayjs | null;
  requestDate?: Dayjs | null;
  revocationGround?: string;
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
  if (action in OUTCOME_OF_ACTION)
    return {
      ...base,
      outcome: OUTCOME_OF_ACTION[action],
      reasons,
      ...(action === 'revoke' ? { revocationGround: values.revocationGround } : {}),
    };
  switch (action) {
    case 'accept':
      return {
        ...base,
        toldItems: lines(values.toldItems),
        applicantAcknowledged: values.applicantAcknowledged ?? false,
        appearedInPerson: values.appearedInPerson ?? false,
        notaryId: values.notaryId || undefined,
      };
    case 'not_accept':
      return { ...base, reasons };
    case 'assign':
      return { ...base, notaryId: values.notaryId };
    case 'start_verification':
    case 'request_supplement':
      return { ...base, items: lines(values.items) };
    case 'finish_verification':
      return { ...base, result: values.result?.trim() ?? '' };
    case 'supply':
      return { ...base, materials: await toTitledFiles(values.materials) };
    case 'propose_issue':
      return { ...base, certifiedFacts: values.certifiedFacts?.trim() ?? '' };
    case 'refuse':
      return { ...base, ground: optionalText(values.ground), reasons };
    case 'terminate':
      return { ...base, ground: values.ground, reasons };
    case 'start_re_examination':
      return {
        ...base,
        reExaminerId: values.reExaminerId,
        requestedBy: values.requestedBy?.trim() ?? '',
        requesterKind: values.requesterKind,
        knownDate: values.knownDate?.format('YYYY-MM-DD'),
        requestDate: values.requestDate?.format('YYYY-MM-DD'),
        reasons,
      };
    default:
      return base;
  }
}
