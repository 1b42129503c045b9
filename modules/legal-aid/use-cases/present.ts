// How results and labels of the legal-aid rules read in the user's language.
import type { Locale, Localized } from '../../../platform/i18n/index.js';
import { STATES } from '../domain/case-type.js';
import type { EligibilityResult, EligibilityRoute } from '../domain/eligibility.js';
import { CATEGORIES } from '../domain/eligibility-rules.js';
import type { EligibilityView } from '../contract-views.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export const ROUTE_LABELS: Record<EligibilityRoute, Localized> = {
  mandatory: l('应当通知辩护、代理（不审查经济状况）', 'Mandatory notice (no means test)'),
  no_means_test: l('不受经济困难条件限制', 'No means test'),
  exempt_group: l('免予核查经济困难状况', 'Exempt from the means check'),
  economic_hardship: l('经济困难', 'Economic hardship'),
};

export const SOURCES: Record<string, Localized> = {
  online: l('网上申请', 'Online'),
  window: l('窗口申请', 'At the window'),
  detention: l('羁押场所转交', 'Forwarded from detention'),
  notice: l('办案机关通知', 'Notice of an authority'),
};

export function eligibilityView(result: EligibilityResult, locale: Locale): EligibilityView {
  return {
    ruleSetVersion: result.ruleSet.version,
    ruleSetTitle: result.ruleSet.title,
    checkedOn: result.checkedOn,
    passed: result.passed,
    route: result.route,
    routeLabel: result.route ? ROUTE_LABELS[result.route][locale] : null,
    criteria: result.criteria.map((c) => ({
      code: c.code,
      label: c.label[locale],
      status: c.status,
      reason: c.reason[locale],
      basis: c.basis,
    })),
  };
}

export const stateLabel = (state: string, locale: Locale) =>
  STATES[state as keyof typeof STATES]?.label[locale] ?? state;

export const categoryLabel = (category: string, locale: Locale) =>
  CATEGORIES[category as keyof typeof CATEGORIES]?.[locale] ?? category;

export const sourceLabel = (source: string, locale: Locale) => SOURCES[source]?.[locale] ?? source;

export const label = (table: Record<string, Localized>, code: string | null, locale: Locale) =>
  code ? (table[code]?.[locale] ?? code) : null;
