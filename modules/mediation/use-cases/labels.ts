// Labels of states, actions, channels and risk levels in the request's language.
import type { Locale } from '../../../platform/i18n/index.js';
import { mediationCase, STATES } from '../domain/case-type.js';
import { CHANNELS, RISK_LEVELS, type Channel, type RiskLevel } from '../domain/outcomes.js';

export const stateLabel = (state: string, locale: Locale) =>
  STATES[state as keyof typeof STATES]?.label[locale] ?? state;

const OTHER_ACTIONS: Record<string, { 'zh-CN': string; en: string }> = {
  apply_online: { 'zh-CN': '当事人网上申请调解', en: 'Applied online' },
  register: { 'zh-CN': '纠纷登记', en: 'Registered' },
};

export const actionLabel = (action: string, locale: Locale) =>
  mediationCase.transitions.find((t) => t.action === action)?.label[locale] ??
  OTHER_ACTIONS[action]?.[locale] ??
  action;

export const channelLabel = (channel: string, locale: Locale) =>
  CHANNELS[channel as Channel]?.[locale] ?? channel;

export const riskLabel = (level: string | null, locale: Locale) =>
  level ? (RISK_LEVELS[level as RiskLevel]?.[locale] ?? level) : null;
