import { useTranslateKey, type MessageVars } from '@web/i18n';
import type { filingZhCN } from './filing-messages-zh';

export type FilingKey = keyof typeof filingZhCN;
/** Translates a key of the filing, cleanup and portal pages. */
export type FT = (key: FilingKey, vars?: MessageVars) => string;

export function useFt(): FT {
  return useTranslateKey();
}
