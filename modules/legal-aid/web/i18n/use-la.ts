import { useTranslateKey, type MessageVars } from '@web/i18n';
import type { zhCN } from './zh-cn';

export type LegalAidKey = keyof typeof zhCN;
/** Translates a key of this module: `const la = useLa(); la('legal-aid.menu.workbench')`. */
export type LA = (key: LegalAidKey, vars?: MessageVars) => string;

export function useLa(): LA {
  return useTranslateKey();
}
