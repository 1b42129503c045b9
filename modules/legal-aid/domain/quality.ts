// Quality of the service: the reviewer's score sheet for a closed case, the recipient's
// satisfaction survey, and the subsidy paid to the provider (法律援助法 Art. 52, 57–59). The items,
// weights, grades and subsidy figures are the centre's [U] configuration, not law.
import { AppError } from '../../../platform/errors/index.js';
import type { Localized } from '../../../platform/i18n/index.js';
import type { Category } from './eligibility-rules.js';
import './errors.js';
import type { LegalAidSettings } from './settings.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** The score sheet [U]: item, what it asks, the most points. Totals 100. */
export const SCORE_ITEMS = [
  {
    code: 'timeliness',
    label: l('承办及时（会见、阅卷、立案在规定时间内）', 'Timeliness'),
    max: 20,
  },
  { code: 'diligence', label: l('办案过程（会见、阅卷、调查取证）', 'Diligence'), max: 25 },
  { code: 'documents', label: l('法律文书质量', 'Quality of documents'), max: 20 },
  { code: 'advocacy', label: l('庭审或代理表现', 'Advocacy'), max: 15 },
  { code: 'closing', label: l('结案材料完整规范', 'Closing materials'), max: 10 },
  { code: 'communication', label: l('与受援人沟通', 'Communication with the recipient'), max: 10 },
] as const;
export type ScoreItemCode = (typeof SCORE_ITEMS)[number]['code'];

export interface ScoredItem {
  code: string;
  label: string;
  max: number;
  score: number;
}

export type Grade = 'excellent' | 'good' | 'pass' | 'fail';
export const GRADES: Record<Grade, Localized> = {
  excellent: l('优秀', 'Excellent'),
  good: l('良好', 'Good'),
  pass: l('合格', 'Pass'),
  fail: l('不合格', 'Fail'),
};

/** Checks that every item is scored within its range; returns the sheet and its total. */
export function scoreSheet(scores: Record<string, number>): { items: ScoredItem[]; total: number } {
  const items = SCORE_ITEMS.map((item) => {
    const score = scores[item.code];
    if (score === undefined || !Number.isFinite(score) || score < 0 || score > item.max)
      throw new AppError('LEGAL_AID_SCORE_INVALID', { item: item.label['zh-CN'], max: item.max });
    return { code: item.code, label: item.label['zh-CN'], max: item.max, score };
  });
  const unknown = Object.keys(scores).find((k) => !SCORE_ITEMS.some((i) => i.code === k));
  if (unknown) throw new AppError('LEGAL_AID_SCORE_INVALID', { item: unknown, max: 0 });
  return { items, total: items.reduce((sum, i) => sum + i.score, 0) };
}

export function gradeOf(total: number, settings: LegalAidSettings): Grade {
  const g = settings.qualityGrades;
  if (total >= g.excellent) return 'excellent';
  if (total >= g.good) return 'good';
  if (total >= g.pass) return 'pass';
  return 'fail';
}

/** The recipient's survey: each question rated 1 (very unsatisfied) to 5 (very satisfied). */
export const SURVEY_QUESTIONS = [
  { code: 'attitude', label: l('承办人员的服务态度', 'Attitude') },
  { code: 'communication', label: l('及时告知办理进展', 'Kept informed') },
  { code: 'professionalism', label: l('专业水平', 'Professional skill') },
  { code: 'overall', label: l('总体满意度', 'Overall satisfaction') },
] as const;

/** Subsidy standard per category, yuan per case [U]: set from Guangdong's published standard. */
export const SUBSIDY_STANDARD_YUAN: Record<Category, number> = {
  criminal_defence: 3000,
  criminal_victim: 2500,
  civil: 2500,
  retrial: 3000,
};
/** Share of the standard paid when the quality review graded the case 不合格 [U]. */
export const SUBSIDY_FAIL_FACTOR = 0.5;

export interface Subsidy {
  standardYuan: number;
  factor: number;
  extraYuan: number;
  amountYuan: number;
  basis: string;
}

/** The subsidy of a case: the standard, reduced for a failed review, plus approved extras. */
export function computeSubsidy(category: Category, grade: Grade | null, extraYuan = 0): Subsidy {
  const standardYuan = SUBSIDY_STANDARD_YUAN[category];
  const factor = grade === 'fail' ? SUBSIDY_FAIL_FACTOR : 1;
  const amountYuan = Math.round((standardYuan * factor + extraYuan) * 100) / 100;
  return {
    standardYuan,
    factor,
    extraYuan,
    amountYuan,
    basis: `法律援助法第五十二条；补贴标准 ${standardYuan} 元/件（占位数值[U]）${factor < 1 ? `，质量评查不合格按 ${factor * 100}% 核发` : ''}`,
  };
}
