// The values of the application form and their conversion into the request body.
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ApplicationInput, RegisterInput } from '../../api/types';
import { optionalText, toLegalDate } from '../../lib/dates';
import { toFileInput, toTitledFiles } from '@web/api/uploads';

export interface PartyValues {
  kind: 'person' | 'organization';
  name: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  phone?: string;
  address?: string;
}

export interface AgentValues {
  name: string;
  idNumber?: string;
  phone?: string;
  forApplicant: number;
  mandate?: UploadFile[];
}

export interface SimplifiedFactsValues {
  onTheSpot: boolean;
  warningOrCriticism: boolean;
  fineAmount?: number | null;
  informationDisclosure: boolean;
  allPartiesAgree: boolean;
}

export interface ApplicationValues {
  authorityRegionCode: string;
  applicants: PartyValues[];
  agents?: AgentValues[];
  respondentName: string;
  respondentCreditCode?: string;
  contestedAct: string;
  actDate?: Dayjs | null;
  knewDate: Dayjs;
  informedOfRight: boolean;
  learnedOfRightDate?: Dayjs | null;
  realProperty: boolean;
  requests: string;
  factsAndReasons: string;
  reviewDocument: boolean;
  normativeDocumentReview?: string;
  claimCompensation: boolean;
  compensationClaim?: string;
  stopExecutionRequest: boolean;
  simplifiedFacts: SimplifiedFactsValues;
  attachments?: UploadFile[];
}

/** What a staff member adds when registering an application received at the office. */
export interface RegisterValues extends ApplicationValues {
  channel: RegisterInput['channel'];
  receivedDate: Dayjs;
  postmarkDate?: Dayjs | null;
}

export const NEW_APPLICANT: Partial<PartyValues> = { kind: 'person' };

export const INITIAL_VALUES: Partial<ApplicationValues> = {
  authorityRegionCode: '4401',
  applicants: [NEW_APPLICANT as PartyValues],
  agents: [],
  informedOfRight: true,
  realProperty: false,
  reviewDocument: false,
  claimCompensation: false,
  stopExecutionRequest: false,
  simplifiedFacts: {
    onTheSpot: false,
    warningOrCriticism: false,
    fineAmount: null,
    informationDisclosure: false,
    allPartiesAgree: false,
  },
  attachments: [],
};

/** Fields a server issue can be shown under (see lib/form-errors.ts). */
export const KNOWN_FIELDS = [
  'authorityRegionCode',
  'applicants',
  ...['kind', 'name', 'idNumber', 'creditCode', 'legalRepresentative', 'phone', 'address'].map(
    (field) => `applicants.*.${field}`,
  ),
  'agents',
  ...['name', 'idNumber', 'phone', 'forApplicant', 'mandate'].map((field) => `agents.*.${field}`),
  'respondentName',
  'respondentCreditCode',
  'contestedAct',
  'actDate',
  'knewDate',
  'informedOfRight',
  'learnedOfRightDate',
  'requests',
  'factsAndReasons',
  'normativeDocumentReview',
  'compensationClaim',
  ...[
    'onTheSpot',
    'warningOrCriticism',
    'fineAmount',
    'informationDisclosure',
    'allPartiesAgree',
  ].map((field) => `simplifiedFacts.${field}`),
  'attachments',
  'channel',
  'receivedDate',
  'postmarkDate',
] as const;

function toParty(party: PartyValues): ApplicationInput['applicants'][number] {
  const person = party.kind === 'person';
  return {
    kind: party.kind,
    name: party.name.trim(),
    idNumber: person ? optionalText(party.idNumber) : undefined,
    creditCode: person ? undefined : optionalText(party.creditCode),
    legalRepresentative: person ? undefined : optionalText(party.legalRepresentative),
    phone: optionalText(party.phone),
    address: optionalText(party.address),
  };
}

export async function toApplicationBody(values: ApplicationValues): Promise<ApplicationInput> {
  const agents = await Promise.all(
    (values.agents ?? []).map(async (agent) => {
      const mandate = agent.mandate?.[0];
      return {
        name: agent.name.trim(),
        idNumber: optionalText(agent.idNumber),
        phone: optionalText(agent.phone),
        forApplicant: agent.forApplicant ?? 0,
        mandate: mandate ? await toFileInput(mandate) : undefined,
      };
    }),
  );
  const facts = values.simplifiedFacts;
  return {
    authorityRegionCode: values.authorityRegionCode,
    applicants: values.applicants.map(toParty),
    agents,
    respondentName: values.respondentName.trim(),
    respondentCreditCode: optionalText(values.respondentCreditCode),
    contestedAct: values.contestedAct.trim(),
    actDate: toLegalDate(values.actDate),
    knewDate: toLegalDate(values.knewDate) ?? '',
    informedOfRight: values.informedOfRight,
    learnedOfRightDate: values.informedOfRight ? undefined : toLegalDate(values.learnedOfRightDate),
    realProperty: values.realProperty,
    requests: values.requests.trim(),
    factsAndReasons: values.factsAndReasons.trim(),
    normativeDocumentReview: values.reviewDocument
      ? optionalText(values.normativeDocumentReview)
      : undefined,
    compensationClaim: values.claimCompensation
      ? optionalText(values.compensationClaim)
      : undefined,
    stopExecutionRequest: values.stopExecutionRequest,
    simplifiedFacts: {
      onTheSpot: facts.onTheSpot,
      warningOrCriticism: facts.warningOrCriticism,
      fineAmount: facts.fineAmount ?? null,
      informationDisclosure: facts.informationDisclosure,
      allPartiesAgree: facts.allPartiesAgree,
    },
    attachments: await toTitledFiles(values.attachments),
  };
}

export async function toRegisterBody(values: RegisterValues): Promise<RegisterInput> {
  return {
    ...(await toApplicationBody(values)),
    channel: values.channel,
    receivedDate: toLegalDate(values.receivedDate) ?? '',
    postmarkDate: values.channel === 'mail' ? toLegalDate(values.postmarkDate) : undefined,
  };
}
