// The centre of a case: which centre an application belongs to (法律援助法 Art. 38) and the
// facts its documents are written from (the centre and the bureau that set it up).
import type { Actor } from '../../../platform/auth/permissions.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { regionNames } from '../../../platform/regions/index.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';
import { centreFor, type Place } from '../domain/centres.js';
import { CATEGORIES, CIVIL_MATTERS, type Category } from '../domain/eligibility-rules.js';
import type { CivilMatter } from '../domain/eligibility-rules.js';
import type { DocFacts } from '../domain/templates.js';
import { caseParties, type CaseRow, centreByCode, organizationById } from '../db/queries.js';

export type Centre = NonNullable<Awaited<ReturnType<typeof centreByCode>>>;

/** The centre Art. 38 names for the place, or the error that tells where to apply instead. */
export async function rightCentre(db: Executor, place: Place) {
  const names = await regionNames(db, [place.regionCode]);
  if (place.regionCode.startsWith('4401') && !names.has(place.regionCode))
    throw new AppError('LEGAL_AID_REGION_UNKNOWN', { regionCode: place.regionCode });
  const choice = centreFor(place);
  if (!choice.ok) throw new AppError('LEGAL_AID_OUTSIDE_CITY', { regionCode: place.regionCode });
  const centre = await centreByCode(db, choice.organizationCode);
  if (!centre) throw new AppError('LEGAL_AID_REGION_UNKNOWN', { regionCode: place.regionCode });
  return { centre, reason: choice.reason };
}

/**
 * The centre an application goes to: the one the applicant (or the officer's organization)
 * chose, which must be the one Art. 38 names; absent a choice, the one Art. 38 names.
 */
export async function applicationCentre(
  db: Executor,
  place: Place,
  chosenCode: string | undefined,
  actor: Actor | null,
): Promise<{ centre: Centre; reason: string }> {
  const right = await rightCentre(db, place);
  let chosen = chosenCode ? await centreByCode(db, chosenCode) : undefined;
  if (!chosenCode && actor) {
    const own = await organizationById(db, actor.organizationId);
    if (own?.kind === 'legal_aid_center') chosen = await centreByCode(db, own.code);
  }
  if ((chosenCode || chosen) && chosen?.code !== right.centre.code)
    throw new AppError('LEGAL_AID_WRONG_CENTRE', {
      centre: right.centre.name,
      reason: right.reason,
    });
  return right;
}

export function matterLabel(category: string, civilMatter: string | null): string {
  const base = CATEGORIES[category as Category]?.['zh-CN'] ?? category;
  const matter = civilMatter ? CIVIL_MATTERS[civilMatter as CivilMatter]?.['zh-CN'] : null;
  return matter ? `${base}：${matter}` : base;
}

/** The centre, the bureau above it and the applicant: what every document of the case names. */
export async function docFacts(db: Executor, c: CaseRow, date: LegalDate): Promise<DocFacts> {
  const centre = await organizationById(db, c.organizationId);
  const bureau = centre?.parentId ? await organizationById(db, centre.parentId) : undefined;
  const applicant = (await caseParties(db, c.id)).find((p) => p.role === 'applicant');
  return {
    centre: centre?.name ?? '',
    bureau: bureau?.name ?? '设立法律援助机构的司法行政部门',
    caseNumber: c.caseNumber,
    applicant: applicant?.name ?? '',
    matter: matterLabel(c.category, c.civilMatter),
    date,
  };
}
