// The organization tree: 市司法局 -> 区司法局 -> 司法所 (one per 镇街), plus other units.
// Seeded from the divisions at every start (idempotent): it is reference data, not demo data.
import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../db/index.js';
import type { Locale, Localized } from '../i18n/index.js';
import { type Division, readDivisionsFile, ROOT_CODE } from '../regions/index.js';
import { organizations } from './schema.js';

export const ORGANIZATION_KINDS: Record<string, Localized> = {
  city_bureau: { 'zh-CN': '市司法局', en: 'City justice bureau' },
  district_bureau: { 'zh-CN': '区司法局', en: 'District justice bureau' },
  justice_office: { 'zh-CN': '司法所', en: 'Justice office' },
  notary_office: { 'zh-CN': '公证处', en: 'Notary office' },
  legal_aid_center: { 'zh-CN': '法律援助中心', en: 'Legal aid centre' },
  mediation_committee: { 'zh-CN': '人民调解委员会', en: "People's mediation committee" },
};

export function organizationKindName(kind: string, locale: Locale): string {
  return ORGANIZATION_KINDS[kind]?.[locale] ?? kind;
}

export interface OrganizationSeed {
  code: string;
  name: string;
  kind: keyof typeof ORGANIZATION_KINDS;
  parentCode: string | null;
  regionCode: string;
}

/** 五山街道 -> 五山司法所; 石楼镇 -> 石楼司法所. */
export function justiceOfficeName(streetName: string): string {
  return `${streetName.replace(/(街道办事处|街道|镇|乡)$/, '')}司法所`;
}

/** The organizations every Sifa of Guangzhou has, derived from the divisions. */
export function organizationSeeds(divisions: Division[] = readDivisionsFile()): OrganizationSeed[] {
  const city = divisions.find((d) => d.code === ROOT_CODE);
  if (!city) throw new Error('divisions lack the city');
  const seeds: OrganizationSeed[] = [
    {
      code: 'city-bureau',
      name: `${city.name}司法局`,
      kind: 'city_bureau',
      parentCode: null,
      regionCode: city.code,
    },
    {
      code: 'city-legal-aid',
      name: `${city.name}法律援助中心`,
      kind: 'legal_aid_center',
      parentCode: 'city-bureau',
      regionCode: city.code,
    },
    {
      code: 'city-notary',
      name: '广州公证处',
      kind: 'notary_office',
      parentCode: 'city-bureau',
      regionCode: city.code,
    },
  ];
  for (const district of divisions.filter((d) => d.level === 'district')) {
    const bureau = `district-bureau-${district.code}`;
    seeds.push(
      {
        code: bureau,
        name: `${city.name}${district.name}司法局`,
        kind: 'district_bureau',
        parentCode: 'city-bureau',
        regionCode: district.code,
      },
      {
        code: `district-legal-aid-${district.code}`,
        name: `${city.name}${district.name}法律援助中心`,
        kind: 'legal_aid_center',
        parentCode: bureau,
        regionCode: district.code,
      },
      {
        code: `district-mediation-${district.code}`,
        name: `${city.name}${district.name}人民调解委员会`,
        kind: 'mediation_committee',
        parentCode: bureau,
        regionCode: district.code,
      },
    );
  }
  // Streets of type 其他 (a reservoir, a forest farm) are statistical units with no 司法所.
  for (const street of divisions.filter((d) => d.level === 'street' && d.type !== '其他')) {
    seeds.push({
      code: `justice-office-${street.code}`,
      name: justiceOfficeName(street.name),
      kind: 'justice_office',
      parentCode: `district-bureau-${street.parentCode}`,
      regionCode: street.code,
    });
  }
  return seeds;
}

/** Inserts the organizations that are missing, parents first. Returns how many were added. */
export async function ensureOrganizations(
  db: Executor,
  seeds = organizationSeeds(),
): Promise<number> {
  const existing = await db
    .select({ id: organizations.id, code: organizations.code })
    .from(organizations);
  const idByCode = new Map(existing.map((o) => [o.code, o.id]));
  let added = 0;
  for (const seed of seeds) {
    if (idByCode.has(seed.code)) continue;
    const parentId = seed.parentCode ? idByCode.get(seed.parentCode) : null;
    if (seed.parentCode && !parentId)
      throw new Error(`organization ${seed.code}: parent ${seed.parentCode} missing`);
    const [row] = await db
      .insert(organizations)
      .values({
        code: seed.code,
        name: seed.name,
        kind: seed.kind,
        parentId: parentId ?? null,
        regionCode: seed.regionCode,
      })
      .returning({ id: organizations.id });
    idByCode.set(seed.code, row!.id);
    added += 1;
  }
  return added;
}

export async function allOrganizations(db: Executor) {
  return db
    .select()
    .from(organizations)
    .orderBy(
      asc(organizations.regionCode),
      asc(sql`${organizations.kind} <> 'district_bureau'`),
      asc(organizations.name),
    );
}
