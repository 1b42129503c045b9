// The 复议机关 of a case: the city or a district government, whose 司法局 handles it.
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { findOrganizationByCode } from '../../../platform/auth/queries.js';
import { regionNames } from '../../../platform/regions/index.js';

export interface Authority {
  regionCode: string;
  organizationId: string;
  /** 广州市人民政府 / 广州市天河区人民政府: the name decisions issue in (Art. 61). */
  issuer: string;
  /** 穗府行复 / 天府行复: the prefix of its case numbers. */
  numberPrefix: string;
}

export async function authorityOf(db: Executor, regionCode: string): Promise<Authority> {
  const code = regionCode === '4401' ? 'city-bureau' : `district-bureau-${regionCode}`;
  const organization = await findOrganizationByCode(db, code);
  if (!organization) throw new AppError('ORGANIZATION_NOT_FOUND');
  if (regionCode === '4401') {
    return {
      regionCode,
      organizationId: organization.id,
      issuer: '广州市人民政府',
      numberPrefix: '穗府行复',
    };
  }
  const name = (await regionNames(db, [regionCode])).get(regionCode) ?? regionCode;
  return {
    regionCode,
    organizationId: organization.id,
    issuer: `广州市${name}人民政府`,
    numberPrefix: `穗${name.replace(/区$/, '').slice(0, 1)}府行复`,
  };
}
