// Where to apply (法律援助法 Art. 38): for litigation, the legal-aid agency where the handling
// authority (court, procuratorate, police) sits; otherwise where the dispute-handling body sits
// or where the matter arose. In Guangzhou a district's centre serves its district and the city's
// centre the city-level authorities; a place outside the city belongs to another city's agency.
import { ROOT_CODE } from '../../../platform/regions/index.js';

export type Place =
  | { kind: 'litigation'; authorityName: string; regionCode: string }
  | { kind: 'non_litigation'; regionCode: string };

export type CentreChoice =
  { ok: true; organizationCode: string; reason: string } | { ok: false; outsideCity: true };

export const CITY_CENTRE = 'city-legal-aid';
export const districtCentre = (district: string) => `district-legal-aid-${district}`;

/** The centre the place belongs to, with the reason in the words of Art. 38. */
export function centreFor(place: Place): CentreChoice {
  const code = place.regionCode;
  if (!code.startsWith(ROOT_CODE)) return { ok: false, outsideCity: true };
  const organizationCode = code.length >= 6 ? districtCentre(code.slice(0, 6)) : CITY_CENTRE;
  const reason =
    place.kind === 'litigation'
      ? `诉讼事项向办案机关（${place.authorityName}）所在地的法律援助机构申请`
      : '非诉讼事项向争议处理机关所在地或者事由发生地的法律援助机构申请';
  return { ok: true, organizationCode, reason };
}

/** 广州市天河区法律援助中心 -> 天河; 广州市法律援助中心 -> 广州 (for case numbers). */
export function centreAbbreviation(centreName: string): string {
  const inner = centreName.replace(/法律援助中心$/, '').replace(/^广州市/, '');
  return inner === '' ? '广州' : inner.replace(/(区|县|市)$/, '');
}
