// Roles and permissions of the regulations module. Reading the library is public (no login);
// importing texts into it is the law-library administrator's task.
import { defineRole, grant } from '../../../platform/auth/roles.js';

export const RegulationsPermissions = {
  /** Import .md texts into the law library and see the import runs. */
  import: 'regulations:import',
  /** Staff pages of the library (browse with unpublished versions). */
  read: 'regulations:read',
} as const;

const P = RegulationsPermissions;

defineRole('regulations_admin', { 'zh-CN': '法规库管理员', en: 'Law library administrator' }, [
  P.import,
  P.read,
  'organization:read',
]);
grant(['admin'], [P.import, P.read]);
grant(['city_leader', 'district_staff', 'office_staff'], [P.read]);
