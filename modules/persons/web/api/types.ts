// Shapes of the persons API as the pages use them (see modules/persons/contract.ts).
export interface Purpose {
  code: string;
  label: string;
}

export interface PersonView {
  id: string;
  name: string;
  sex: 'male' | 'female';
  sexLabel: string;
  idNumberMasked: string;
  phoneMasked: string | null;
  regionCode: string;
  regionName: string | null;
  createdAt: string;
}

export interface MatterView {
  module: string;
  moduleLabel: string;
  caseId: string;
  caseNumber: string;
  title: string;
  state: string;
  stateLabel: string;
  role: string;
  regionCode: string;
  startedOn: string;
  closed: boolean;
}

export interface PersonFile {
  person: PersonView;
  matters: MatterView[];
  purpose: string;
  purposeLabel: string;
}

export interface RegisterInput {
  idNumber: string;
  name: string;
  phone?: string;
  regionCode?: string;
}

export interface OneTimeCode {
  code: string;
  expiresAt: string;
  ttlMinutes: number;
}

export interface OrganizationView {
  id: string;
  creditCode: string;
  name: string;
  legalRepresentative: string | null;
  regionCode: string;
  warnings: string[];
  /** Its matters in every module inside the reader's region. */
  matters: MatterView[];
}

export interface CitizenMe {
  name: string | null;
  idNumberMasked: string;
  expiresAt: string;
}

export interface AccessEntry {
  at: string;
  kind: string;
  kindLabel: string;
  actorName: string;
  organizationName: string | null;
  module: string;
  moduleLabel: string;
  record: string;
  purpose: string;
  purposeLabel: string;
}
