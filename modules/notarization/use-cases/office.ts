// The notary office of a case: its configuration and its organization in platform/auth.
import { findOrganization, findOrganizationByCode } from '../../../platform/auth/queries.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { DEFAULT_OFFICE, NOTARY_OFFICES, type NotaryOffice } from '../domain/offices.js';

export type OfficeWithOrganization = NotaryOffice & { organizationId: string };

export async function officeOf(db: Executor, officeCode: string): Promise<OfficeWithOrganization> {
  const office = NOTARY_OFFICES[officeCode];
  const organization = office ? await findOrganizationByCode(db, office.organizationCode) : null;
  if (!office || !organization)
    throw new AppError('NOTARIZATION_OFFICE_UNKNOWN', { office: officeCode });
  return { ...office, organizationId: organization.id };
}

/** The office an organization is, or the default office for staff of the bureau itself. */
export async function officeOfOrganization(
  db: Executor,
  organizationId: string,
): Promise<OfficeWithOrganization> {
  const organization = await findOrganization(db, organizationId);
  const code = organization && NOTARY_OFFICES[organization.code] ? organization.code : null;
  return officeOf(db, code ?? DEFAULT_OFFICE);
}
