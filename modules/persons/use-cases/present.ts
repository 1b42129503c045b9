// How persons and matters are shown: labels in the reader's locale, the ID number masked.
import type { Executor } from '../../../platform/db/index.js';
import type { Locale } from '../../../platform/i18n/index.js';
import type { PersonMatter } from '../../../platform/module.js';
import { regionNames } from '../../../platform/regions/index.js';
import type { MatterView, PersonView } from '../contract.js';
import { moduleLabel, SEX_LABELS } from '../domain/labels.js';
import type { PersonRow } from '../db/queries.js';

export function matterView(m: PersonMatter, locale: Locale): MatterView {
  return {
    module: m.module,
    moduleLabel: moduleLabel(m.module, locale),
    caseId: m.caseId,
    caseNumber: m.caseNumber,
    title: m.title,
    state: m.state,
    stateLabel: m.stateLabel[locale],
    role: m.role[locale],
    regionCode: m.regionCode,
    startedOn: m.startedOn,
    closed: m.closed,
  };
}

/** Persons as staff see them; region names looked up once for the whole list. */
export async function personViews(
  db: Executor,
  rows: PersonRow[],
  locale: Locale,
): Promise<PersonView[]> {
  const names = await regionNames(
    db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sex: r.sex,
    sexLabel: SEX_LABELS[r.sex][locale],
    idNumberMasked: r.idNumberMasked,
    phoneMasked: r.phoneMasked,
    regionCode: r.regionCode,
    regionName: names.get(r.regionCode) ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function personView(db: Executor, row: PersonRow, locale: Locale) {
  return (await personViews(db, [row], locale))[0]!;
}
