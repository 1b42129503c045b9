// Roles and permissions of the legal-aid module, added to the kernel's registry. The centre's
// officers take applications and run the cases; its head decides (grant, refuse, terminate,
// subsidy) and reviews quality; the justice bureau that set up the centre decides objections
// (法律援助法 Art. 49).
import { defineRole, grant } from '../../../platform/auth/roles.js';

export const LegalAidPermissions = {
  read: 'legal-aid:read',
  register: 'legal-aid:register',
  handle: 'legal-aid:handle',
  decide: 'legal-aid:decide',
  objection: 'legal-aid:objection',
  lawyers: 'legal-aid:lawyers',
  duty: 'legal-aid:duty',
  quality: 'legal-aid:quality',
  statistics: 'legal-aid:statistics',
} as const;

const P = LegalAidPermissions;

defineRole('legal_aid_officer', { 'zh-CN': '法律援助中心工作人员', en: 'Legal aid officer' }, [
  P.read,
  P.register,
  P.handle,
  P.duty,
  P.statistics,
  'organization:read',
]);
defineRole(
  'legal_aid_head',
  { 'zh-CN': '法律援助中心负责人', en: 'Head of the legal aid centre' },
  [
    P.read,
    P.register,
    P.handle,
    P.decide,
    P.lawyers,
    P.duty,
    P.quality,
    P.statistics,
    'organization:read',
    'audit:read',
  ],
);
grant(['admin'], Object.values(P));
grant(['city_leader'], [P.read, P.statistics]);
grant(['district_staff'], [P.read, P.objection, P.statistics]);
