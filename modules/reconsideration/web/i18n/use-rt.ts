import { useTranslateKey, type MessageVars } from '@web/i18n';
import type { ReconsiderationKey } from './messages';

/** Translates a key of this module: `const rt = useRt(); rt('reconsideration.menu.workbench')`. */
export type RT = (key: ReconsiderationKey, vars?: MessageVars) => string;

export function useRt(): RT {
  return useTranslateKey();
}
