// The module's dictionaries (registered by routes.tsx): zh-CN first, English with the same keys.
import { enPublic } from './en-public';
import { enStaff } from './en-staff';
import { zhCnPublic } from './zh-cn-public';
import { zhCnStaff } from './zh-cn-staff';

export const zhCN = { ...zhCnPublic, ...zhCnStaff };
export type ReconsiderationKey = keyof typeof zhCN;
export const en: Record<ReconsiderationKey, string> = { ...enPublic, ...enStaff };
