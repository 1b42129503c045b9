import { useTranslateKey, type MessageVars } from '@web/i18n';
import type { zhCN } from './zh-cn';

export type MediationKey = keyof typeof zhCN;
/** Translates a key of this module: `const mt = useMt(); mt('mediation.menu.workbench')`. */
export type MT = (key: MediationKey, vars?: MessageVars) => string;

export function useMt(): MT {
  return useTranslateKey();
}
