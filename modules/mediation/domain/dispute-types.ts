// Dispute types (纠纷类型) as a table: the label, and the 以案定补 subsidy per case settled that
// applies when no rate is configured for the region ([U]: each district sets its own figures;
// the amounts below are placeholders an administrator replaces on the subsidy-rates page).
import type { Localized } from '../../../platform/i18n/index.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export const DISPUTE_TYPES = {
  marriage_family: { label: l('婚姻家庭纠纷', 'Marriage and family'), defaultSubsidyYuan: 200 },
  neighbourhood: { label: l('邻里纠纷', 'Neighbours'), defaultSubsidyYuan: 150 },
  property_management: { label: l('物业纠纷', 'Property management'), defaultSubsidyYuan: 200 },
  labour: { label: l('劳动争议纠纷', 'Labour'), defaultSubsidyYuan: 300 },
  medical: { label: l('医疗纠纷', 'Medical'), defaultSubsidyYuan: 500 },
  traffic_accident: { label: l('交通事故纠纷', 'Traffic accident'), defaultSubsidyYuan: 300 },
  consumer: { label: l('消费纠纷', 'Consumer'), defaultSubsidyYuan: 150 },
  damages: { label: l('损害赔偿纠纷', 'Compensation for damage'), defaultSubsidyYuan: 250 },
  land_contract: { label: l('土地承包纠纷', 'Land contracting'), defaultSubsidyYuan: 300 },
  debt: { label: l('债权债务纠纷', 'Debts'), defaultSubsidyYuan: 200 },
  other: { label: l('其他纠纷', 'Other'), defaultSubsidyYuan: 100 },
} as const satisfies Record<string, { label: Localized; defaultSubsidyYuan: number }>;

export type DisputeType = keyof typeof DISPUTE_TYPES;
export const DISPUTE_TYPE_CODES = Object.keys(DISPUTE_TYPES) as [DisputeType, ...DisputeType[]];

export const disputeTypeLabel = (type: string, locale: 'zh-CN' | 'en') =>
  DISPUTE_TYPES[type as DisputeType]?.label[locale] ?? type;

/** A configured subsidy rate: the region it applies to (a prefix) and the day it applies from. */
export interface SubsidyRate {
  regionCode: string;
  disputeType: string;
  amountYuan: number;
  validFrom: string;
}

/**
 * The 以案定补 amount for a dispute settled on `onDate` by a committee in `regionCode`: the rate
 * of the most local region that has one for the type and is valid on that day (the latest
 * `validFrom` among them), else the default of the type.
 */
export function subsidyFor(
  rates: readonly SubsidyRate[],
  disputeType: DisputeType,
  regionCode: string,
  onDate: string,
): number {
  const applicable = rates
    .filter(
      (r) =>
        r.disputeType === disputeType &&
        regionCode.startsWith(r.regionCode) &&
        r.validFrom <= onDate,
    )
    .sort(
      (a, b) => b.regionCode.length - a.regionCode.length || b.validFrom.localeCompare(a.validFrom),
    );
  return applicable[0]?.amountYuan ?? DISPUTE_TYPES[disputeType].defaultSubsidyYuan;
}
