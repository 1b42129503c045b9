// The periods of filing review and validity. National law fixes none of them: they come from
// 国办发〔2018〕37号 and the provincial 规范性文件管理规定, not verified (domain rules §5, [U]), so
// an administrator sets them; these defaults are the typical values of that table.
import { z } from 'zod';
import type { Period } from '../../../platform/workflow/deadline.js';

const period = (maxAmount: number) =>
  z.strictObject({
    amount: z.number().int().min(1).max(maxAmount),
    unit: z.enum(['day', 'workday']),
  });

export const filingSettingsSchema = z.strictObject({
  /** A document is filed within this many 日 of its publication (typical: 30). */
  filingDays: z.number().int().min(1).max(365),
  /** The review of a filed document. */
  review: period(180),
  /** The issuing body's time to correct what the reviewer asked. */
  correction: period(180),
  /** The reviewer's check of the corrected text. */
  recheck: period(180),
  /** A normative document's validity period in years (typical: about 5). */
  validityYears: z.number().int().min(1).max(20),
  /** A document whose period ends within this many days counts as expiring (到期前清理). */
  expiringDays: z.number().int().min(0).max(730),
  /** The document number must carry 规 (the provincial marking of normative documents). */
  requireRuleMark: z.boolean(),
});

export type FilingSettings = z.infer<typeof filingSettingsSchema>;

export const DEFAULT_FILING_SETTINGS: FilingSettings = {
  filingDays: 30,
  review: { amount: 15, unit: 'workday' },
  correction: { amount: 30, unit: 'day' },
  recheck: { amount: 10, unit: 'workday' },
  validityYears: 5,
  expiringDays: 180,
  requireRuleMark: false,
};

/** The periods of the case type's deadlines as the settings give them. */
export function settingsPeriods(settings: FilingSettings): Record<string, Period> {
  return { review: settings.review, correction: settings.correction, recheck: settings.recheck };
}
