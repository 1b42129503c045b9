import { useTranslateKey, type MessageVars } from '@web/i18n';
import type { zhCN } from './zh-cn';

export type KnowledgeKey = keyof typeof zhCN;
/** Translates a key of this module: `const kt = useKt(); kt('knowledge.graph.title')`. */
export type KT = (key: KnowledgeKey, vars?: MessageVars) => string;

export function useKt(): KT {
  return useTranslateKey();
}
