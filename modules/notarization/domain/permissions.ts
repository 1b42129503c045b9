// Roles and permissions of the notarization module, added to the kernel's registry.
import { defineRole, grant } from '../../../platform/auth/roles.js';

export const NotarizationPermissions = {
  read: 'notarization:read',
  register: 'notarization:register',
  accept: 'notarization:accept',
  handle: 'notarization:handle',
  approve: 'notarization:approve',
  assign: 'notarization:assign',
  statistics: 'notarization:statistics',
  /** Keep the notaries' relatives (公证法 Art. 23) of the office. */
  manageNotaries: 'notarization:manage_notaries',
} as const;

const P = NotarizationPermissions;

defineRole('notary_clerk', { 'zh-CN': '公证受理人员', en: 'Notary intake clerk' }, [
  P.read,
  P.register,
  P.accept,
  'organization:read',
]);
defineRole('notary', { 'zh-CN': '公证员', en: 'Notary' }, [
  P.read,
  P.register,
  P.handle,
  'organization:read',
]);
defineRole('notary_head', { 'zh-CN': '公证处负责人', en: 'Head of the notary office' }, [
  ...Object.values(P),
  'organization:read',
  'audit:read',
]);
grant(['admin'], Object.values(P));
grant(['city_leader'], [P.read, P.statistics]);
