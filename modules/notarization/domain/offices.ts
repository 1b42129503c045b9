// Notary offices (公证处) and the rules that depend on the office: jurisdiction (公证法 Art. 25),
// the notary's relatives (Art. 23) and certificate numbers per office and year.
import { isWithinRegion } from '../../../platform/regions/index.js';

export interface NotaryOffice {
  /** The organization code in platform/auth (organizations table). */
  organizationCode: string;
  name: string;
  /** The region the office serves (its 执业区域). */
  regionCode: string;
  /** The province and city part of the number: 粤广州. */
  numberPrefix: string;
  /** The office's abbreviation in the number: 广州 for 广州公证处. */
  abbreviation: string;
}

/** Offices by organization code; add an office here when its organization exists. */
export const NOTARY_OFFICES: Record<string, NotaryOffice> = {
  'city-notary': {
    organizationCode: 'city-notary',
    name: '广州公证处',
    regionCode: '4401',
    numberPrefix: '粤广州',
    abbreviation: '广州',
  },
};
export const DEFAULT_OFFICE = 'city-notary';

/** (2026)粤广州广州证字第12号 */
export function certificateNumber(office: NotaryOffice, year: number, n: number): string {
  return `(${year})${office.numberPrefix}${office.abbreviation}证字第${n}号`;
}

/** The grounds of jurisdiction (Art. 25): a region code each; immovables only by location. */
export interface JurisdictionGrounds {
  domicile?: string | undefined;
  habitualResidence?: string | undefined;
  actPlace?: string | undefined;
  factPlace?: string | undefined;
  propertyLocation?: string | undefined;
}

const GROUND_LABELS: Record<keyof JurisdictionGrounds, string> = {
  domicile: '住所地',
  habitualResidence: '经常居住地',
  actPlace: '行为地',
  factPlace: '事实发生地',
  propertyLocation: '不动产所在地',
};

export type JurisdictionResult = { ok: true; ground: string } | { ok: false; reason: string };

/**
 * The office may take the matter when one ground lies in its region; a matter about immovables
 * goes only to where the property is.
 */
export function checkJurisdiction(
  officeRegion: string,
  grounds: JurisdictionGrounds,
  immovable: boolean,
): JurisdictionResult {
  const keys: (keyof JurisdictionGrounds)[] =
    immovable && grounds.propertyLocation
      ? ['propertyLocation']
      : ['domicile', 'habitualResidence', 'actPlace', 'factPlace', 'propertyLocation'];
  const given = keys.filter((k) => grounds[k]);
  if (given.length === 0)
    return { ok: false, reason: '未填写住所地、经常居住地、行为地或事实发生地' };
  const hit = given.find((k) => isWithinRegion(grounds[k]!, officeRegion));
  if (hit) return { ok: true, ground: GROUND_LABELS[hit] };
  return {
    ok: false,
    reason: `${given.map((k) => `${GROUND_LABELS[k]}（${grounds[k]}）`).join('、')}均不在本公证处执业区域内`,
  };
}

/** 近亲属 (民法典 Art. 1045): whose matters a notary may not handle (公证法 Art. 23). */
export const RELATIONS = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姐妹',
  grandparent: '祖父母、外祖父母',
  grandchild: '孙子女、外孙子女',
} as const;
export type Relation = keyof typeof RELATIONS;
export const RELATION_CODES = Object.keys(RELATIONS) as [Relation, ...Relation[]];

/** A close relative of a notary as stored (notary_profiles): the ID number encrypted. */
export interface Relative {
  id: string;
  name: string;
  relation: Relation;
  /** Blind index of the relative's ID number, when known. */
  idNumberIndex: string | null;
  idNumberEncrypted: string | null;
  idNumberMasked: string | null;
}

export interface PartyKey {
  name: string;
  idNumberIndex: string | null;
}

/**
 * A notary may not handle a matter of a close relative (公证法 Art. 23). Matches by ID number
 * when both are known, by name otherwise. Returns the matching party's name.
 */
export function relativeConflict(relatives: PartyKey[], parties: PartyKey[]): string | null {
  for (const party of parties) {
    for (const r of relatives) {
      const same =
        r.idNumberIndex && party.idNumberIndex
          ? r.idNumberIndex === party.idNumberIndex
          : r.name.trim() === party.name.trim();
      if (same) return party.name;
    }
  }
  return null;
}
