import { useTranslateKey, type MessageVars } from '@web/i18n';
import type { zhCN } from './zh-cn';

export type RegulationsKey = keyof typeof zhCN;
/** Translates a key of this module: `const rt = useRt(); rt('regulations.menu.library')`. */
export type RT = (key: RegulationsKey, vars?: MessageVars) => string;

export function useRt(): RT {
  return useTranslateKey();
}
