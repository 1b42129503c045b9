import { useTranslateKey, type MessageVars } from '@web/i18n';
import type { zhCN } from './zh-cn';

export type NotarizationKey = keyof typeof zhCN;
/** Translates a key of this module: `const nt = useNt(); nt('notarization.menu.workbench')`. */
export type NT = (key: NotarizationKey, vars?: MessageVars) => string;

export function useNt(): NT {
  return useTranslateKey();
}
