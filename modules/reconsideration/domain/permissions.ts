// Roles and permissions of the reconsideration module, added to the kernel's registry.
import { defineRole, grant } from '../../../platform/auth/roles.js';

export const ReconsiderationPermissions = {
  read: 'reconsideration:read',
  register: 'reconsideration:register',
  accept: 'reconsideration:accept',
  handle: 'reconsideration:handle',
  approve: 'reconsideration:approve',
  publish: 'reconsideration:publish',
  statistics: 'reconsideration:statistics',
} as const;

const P = ReconsiderationPermissions;

defineRole('reconsideration_clerk', { 'zh-CN': '复议立案人员', en: 'Reconsideration clerk' }, [
  P.read,
  P.register,
  P.accept,
  P.publish,
  'organization:read',
]);
defineRole('reconsideration_handler', { 'zh-CN': '复议承办人', en: 'Reconsideration handler' }, [
  P.read,
  P.register,
  P.handle,
  'organization:read',
]);
defineRole(
  'reconsideration_head',
  { 'zh-CN': '复议机构负责人', en: 'Head of the reconsideration office' },
  [...Object.values(P), 'organization:read', 'audit:read'],
);
grant(['admin'], Object.values(P));
grant(['city_leader'], [P.read, P.statistics]);
grant(['district_staff'], [P.read, P.statistics]);
