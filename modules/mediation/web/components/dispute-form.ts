// The dispute form's values -> the application body the API takes.
import type { ApplicationInput, PartyInput } from '../api/types';

export interface PartyValues {
  kind: 'person' | 'organization';
  name?: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
  address?: string;
}

export interface DisputeValues {
  disputeType?: string;
  placeCode?: string;
  facts?: string;
  claims?: string;
  amountYuan?: number | null;
  applicant: PartyValues;
  respondents: PartyValues[];
}

export const DISPUTE_DEFAULTS: Partial<DisputeValues> = {
  applicant: { kind: 'person' },
  respondents: [{ kind: 'person' }],
};

const trimmed = (value: string | undefined) => {
  const v = value?.trim();
  return v ? v : undefined;
};

function party(role: PartyInput['role'], p: PartyValues): PartyInput {
  const person = p.kind === 'person';
  return {
    role,
    kind: p.kind,
    name: p.name?.trim() ?? '',
    idNumber: person ? trimmed(p.idNumber) : undefined,
    creditCode: person ? undefined : trimmed(p.creditCode),
    phone: trimmed(p.phone),
    address: trimmed(p.address),
  };
}

export function toApplication(values: DisputeValues): ApplicationInput {
  return {
    disputeType: values.disputeType ?? '',
    placeCode: values.placeCode ?? '',
    facts: values.facts?.trim() ?? '',
    claims: values.claims?.trim() ?? '',
    amountYuan: values.amountYuan ?? undefined,
    parties: [
      party('applicant', values.applicant),
      ...values.respondents.map((r) => party('respondent', r)),
    ],
  };
}
