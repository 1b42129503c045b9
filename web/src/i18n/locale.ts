import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const STORAGE_KEY = 'sifa.locale';

type Dictionary = Readonly<Record<string, string>>;

const builtIn: Record<Locale, Dictionary> = { 'zh-CN': zhCN, en };
// Strings added by modules (modules/<name>/web/routes.tsx `messages` export).
const extra: Record<Locale, Record<string, string>> = { 'zh-CN': {}, en: {} };

export type ModuleMessages = Partial<Record<Locale, Dictionary>>;

export function registerMessages(messages: ModuleMessages): void {
  for (const locale of LOCALES) Object.assign(extra[locale], messages[locale]);
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // localStorage can be unavailable (private mode, disabled storage)
    return DEFAULT_LOCALE;
  }
}

let current: Locale = readStoredLocale();

/** The active locale, for code outside React (the API client). */
export function getLocale(): Locale {
  return current;
}

export function storeLocale(locale: Locale): void {
  current = locale;
  document.documentElement.lang = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // the choice then only lasts for this page load
  }
}

export type MessageVars = Readonly<Record<string, string | number>>;

/** Looks a key up in the locale, then in zh-CN; an unknown key is returned as is. */
export function translate(locale: Locale, key: string, vars?: MessageVars): string {
  const template =
    extra[locale][key] ?? builtIn[locale][key] ?? extra['zh-CN'][key] ?? builtIn['zh-CN'][key];
  if (template === undefined) return key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export type { MessageKey };
