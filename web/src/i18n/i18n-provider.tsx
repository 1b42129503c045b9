import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  getLocale,
  storeLocale,
  translate,
  type Locale,
  type MessageKey,
  type MessageVars,
} from './locale';

/** Translate a key of the shell's dictionaries. */
export type TFunction = (key: MessageKey, vars?: MessageVars) => string;

interface I18nContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: TFunction;
  /** Translate a key only known at run time (menu entries contributed by modules). */
  translateKey: (key: string, vars?: MessageVars) => string;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(getLocale);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nContextValue>(() => {
    const translateKey = (key: string, vars?: MessageVars) => translate(locale, key, vars);
    return { locale, setLocale, t: translateKey, translateKey };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** `const t = useT(); t('login.submit')` */
export function useT(): TFunction {
  return useI18n().t;
}

export function useTranslateKey(): I18nContextValue['translateKey'] {
  return useI18n().translateKey;
}

export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}
