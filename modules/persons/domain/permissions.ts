// Roles and permissions of the persons module (一人一档), added to the kernel's registry.
// The case modules' staff get `persons:read` here; their index files are imported first so
// that their roles exist whatever the order of modules/index.ts. (Later case modules grant
// `persons:read` to their own roles in their permissions.ts.)
import '../../notarization/index.js';
import '../../reconsideration/index.js';
import { defineRole, grant } from '../../../platform/auth/roles.js';

export const PersonsPermissions = {
  /** Look a person up, open their file, list persons (always masked). */
  read: 'persons:read',
  /** Register a person or an organization. */
  register: 'persons:register',
  /** Show a full ID number on request (logged). */
  reveal: 'persons:reveal',
  /** Give a person a one-time code to see their own file on the citizen pages. */
  issueCode: 'persons:issue_code',
  /** Export a list of persons to Excel (masked). */
  export: 'persons:export',
} as const;

const P = PersonsPermissions;

defineRole('persons_officer', { 'zh-CN': '个人档案管理员', en: 'Person file officer' }, [
  ...Object.values(P),
  'organization:read',
]);
grant(['admin'], Object.values(P));
grant(['city_leader', 'district_staff'], [P.read]);
// A 司法所 serves residents at its window: it registers them and gives them their codes.
grant(['office_staff'], [P.read, P.register, P.issueCode]);
grant(
  [
    'reconsideration_clerk',
    'reconsideration_handler',
    'reconsideration_head',
    'notary_clerk',
    'notary',
    'notary_head',
  ],
  [P.read],
);
