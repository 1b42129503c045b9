// Roles and permissions of the mediation module, added to the kernel's registry.
import { defineRole, grant } from '../../../platform/auth/roles.js';
import { PersonsPermissions } from '../../persons/index.js';

export const MediationPermissions = {
  read: 'mediation:read',
  /** Register a dispute the committee starts or a court / the police refer. */
  register: 'mediation:register',
  /** Sessions, agreements, termination, follow-up, confirmation, risk flags. */
  handle: 'mediation:handle',
  /** Assign a mediator, transfer a dispute up; act on any case of the region. */
  assign: 'mediation:assign',
  /** Committees, members, mediators, subsidy rates. */
  manageCommittees: 'mediation:manage_committees',
  statistics: 'mediation:statistics',
  /** The list of disputes flagged for escalation risk (民转刑). */
  risks: 'mediation:risks',
} as const;

const P = MediationPermissions;

defineRole('mediator', { 'zh-CN': '人民调解员', en: "People's mediator" }, [
  P.read,
  P.register,
  P.handle,
  'organization:read',
  PersonsPermissions.read,
]);
defineRole(
  'mediation_admin',
  { 'zh-CN': '调解委员会/司法所管理人员', en: 'Mediation committee administrator' },
  [...Object.values(P), 'organization:read', PersonsPermissions.read],
);
grant(['admin'], Object.values(P));
grant(['city_leader', 'district_staff'], [P.read, P.statistics, P.risks]);
