import { useTranslateKey, type MessageVars } from '@web/i18n';
import type { zhCN } from './zh-cn';

export type PersonsKey = keyof typeof zhCN;
/** Translates a key of this module: `const pt = usePt(); pt('persons.menu.lookup')`. */
export type PT = (key: PersonsKey, vars?: MessageVars) => string;

export function usePt(): PT {
  return useTranslateKey();
}
