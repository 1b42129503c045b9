// The notary office of a case: its configuration and its organization in platform/auth.
import { findOrganizationByCode } from '../../../platform/auth/queries.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { NOTARY_OFFICES, type NotaryOffice } from '../domain/offices.js';

export async function officeOf(
  db: Executor,
  officeCode: string,
): Promise<NotaryOffice & { organizationId: string }> {
  const office = NOTARY_OFFICES[officeCode];
  const organization = office ? await findOrganizationByCode(db, office.organizationCode) : null;
  if (!office || !organization)
    throw new AppError('NOTARIZATION_OFFICE_UNKNOWN', { office: officeCode });
  return { ...office, organizationId: organization.id };
}
