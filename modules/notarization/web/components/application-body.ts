// Form values of an application -> the JSON body the server takes.
import type { ApplicationInput, Jurisdiction } from '../api/types';
import { optionalText, toTitledFiles } from '@web/api/uploads';
import { JURISDICTION_FIELDS, type ApplicationValues } from './application-fields';

export const APPLICATION_DEFAULTS: Partial<ApplicationValues> = {
  legalAid: false,
  willAppearInPerson: false,
  jurisdiction: {},
};

export const hasJurisdiction = (values: ApplicationValues) =>
  JURISDICTION_FIELDS.some((field) => optionalText(values.jurisdiction?.[field]));

export async function toApplicationBody(values: ApplicationValues): Promise<ApplicationInput> {
  const jurisdiction: Jurisdiction = {};
  for (const field of JURISDICTION_FIELDS) {
    const value = optionalText(values.jurisdiction?.[field]);
    if (value) jurisdiction[field] = value;
  }
  return {
    matterType: values.matterType ?? '',
    applicants: [
      {
        name: values.name.trim(),
        idNumber: values.idNumber.trim(),
        phone: optionalText(values.phone),
      },
    ],
    purpose: values.purpose.trim(),
    useCountry: optionalText(values.useCountry),
    jurisdiction,
    legalAid: values.legalAid,
    legalAidReference: values.legalAid ? optionalText(values.legalAidReference) : undefined,
    willAppearInPerson: values.willAppearInPerson ?? false,
    materials: await toTitledFiles(values.materials),
  };
}
