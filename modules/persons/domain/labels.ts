// What the person file calls each module and each sex; a module not listed shows its name.
import type { Localized } from '../../../platform/i18n/index.js';

export const MODULE_LABELS: Record<string, Localized> = {
  persons: { 'zh-CN': '个人档案', en: 'Person file' },
  reconsideration: { 'zh-CN': '行政复议', en: 'Administrative reconsideration' },
  notarization: { 'zh-CN': '公证', en: 'Notarization' },
  'legal-aid': { 'zh-CN': '法律援助', en: 'Legal aid' },
  mediation: { 'zh-CN': '人民调解', en: "People's mediation" },
};

export const SEX_LABELS: Record<'male' | 'female', Localized> = {
  male: { 'zh-CN': '男', en: 'Male' },
  female: { 'zh-CN': '女', en: 'Female' },
};

export const moduleLabel = (module: string, locale: keyof Localized) =>
  MODULE_LABELS[module]?.[locale] ?? module;
