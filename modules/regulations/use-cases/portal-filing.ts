// What the public portal shows of a normative document beside its text: its document number,
// filing review number and validity period (有效期) with the status of today. Public facts only.
import type { Executor } from '../../../platform/db/index.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { filingOfVersion, readSettings, versionPublication } from '../db/filing-queries.js';
import type { PortalFiling } from '../domain/filing-contract.js';
import { VALIDITY_STATUSES, validityStatus } from '../domain/validity.js';

export async function portalFilingOfVersion(
  db: Executor,
  versionId: string,
  locale: Locale,
): Promise<PortalFiling | null> {
  const version = await versionPublication(db, versionId);
  if (!version?.published) return null;
  const filing = await filingOfVersion(db, versionId);
  if (!filing) return null;
  const settings = await readSettings(db);
  const validity = validityStatus(
    { ...filing, published: true },
    shanghaiDate(),
    settings.expiringDays,
  );
  return {
    caseNumber: filing.caseNumber,
    documentNumber: filing.documentNumber,
    issuingBody: filing.issuingBody,
    publishedOn: filing.publishedOn,
    effectiveOn: filing.effectiveOn,
    validUntil: filing.validUntil,
    validity,
    validityLabel: VALIDITY_STATUSES[validity][locale],
    filedOn: filing.filedOn,
    reviewedOn: filing.outcome?.decidedOn ?? null,
  };
}
