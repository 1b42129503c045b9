// What the law leaves open or what Guangdong and the bureau set: one place of configuration.
// Items marked [U] are placeholders (domain rules §10: 办理法律援助案件程序规定 2023 not read;
// Guangdong's published figures not loaded) — set them from the published texts before use.
import type { Period } from '../../../platform/workflow/deadline.js';

export interface LegalAidSettings {
  /**
   * Statutory periods. Defaults per domain rules §2: calendar days (日), the unit 法律援助法
   * Art. 36, 43 and 49 use. The 2012 规定 used 工作日 [S]; the 2023 rule is [U].
   */
  periods: {
    /** Decide within 7 日 of receiving the application (Art. 43). */
    decide: Period;
    /** Assign within 3 日 of the decision to grant (Art. 43). */
    assign: Period;
    /** Assign within 3 日 of a notice from a court, procuratorate or police (Art. 36). */
    noticeAssign: Period;
    /** The 司法行政部门 decides an objection within 5 日 (Art. 49). */
    objection: Period;
    /** What the applicant is given to supply missing material (Art. 43(2)) [U]. */
    supplement: Period;
  };
  /** Whether the decision clock stops while material is missing (一次性告知补充). Default: no [U]. */
  pauseOnIncomplete: boolean;
  /** Hours within which a detention facility forwards an application (Art. 39). */
  forwardHours: number;
  /** Years of practice a lawyer needs for life-imprisonment and death-penalty cases (Art. 26). */
  gravestCaseMinYears: number;
  /** Quality grades by total score (out of 100) [U]. */
  qualityGrades: { excellent: number; good: number; pass: number };
}

export const DEFAULT_SETTINGS: LegalAidSettings = {
  periods: {
    decide: { amount: 7, unit: 'day' },
    assign: { amount: 3, unit: 'day' },
    noticeAssign: { amount: 3, unit: 'day' },
    objection: { amount: 5, unit: 'day' },
    supplement: { amount: 15, unit: 'day' },
  },
  pauseOnIncomplete: false,
  forwardHours: 24,
  gravestCaseMinYears: 3,
  qualityGrades: { excellent: 90, good: 75, pass: 60 },
};

/** The settings this installation runs with (change here; tests build their own). */
export const LEGAL_AID_SETTINGS: LegalAidSettings = DEFAULT_SETTINGS;
