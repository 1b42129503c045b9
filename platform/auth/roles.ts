// Roles and their permissions. The kernel defines the bureau-wide roles; each module adds its
// own roles with defineRole and grants its permissions to existing roles with grant.
import type { Locale, Localized } from '../i18n/index.js';

export interface Role {
  code: string;
  name: Localized;
  permissions: Set<string>;
}

const roles = new Map<string, Role>();

export function defineRole(code: string, name: Localized, permissions: string[] = []): Role {
  if (roles.has(code)) throw new Error(`Role ${code} is defined twice`);
  const role = { code, name, permissions: new Set(permissions) };
  roles.set(code, role);
  return role;
}

/** Adds permissions to roles that already exist (a module extends the kernel roles this way). */
export function grant(roleCodes: string[], permissions: string[]): void {
  for (const code of roleCodes) {
    const role = roles.get(code);
    if (!role) throw new Error(`grant: no role ${code}`);
    for (const p of permissions) role.permissions.add(p);
  }
}

export function getRole(code: string): Role | undefined {
  return roles.get(code);
}

export function listRoles(): Role[] {
  return [...roles.values()];
}

export function roleName(code: string, locale: Locale): string {
  return roles.get(code)?.name[locale] ?? code;
}

export const KernelPermissions = {
  userRead: 'user:read',
  userManage: 'user:manage',
  organizationRead: 'organization:read',
  auditRead: 'audit:read',
  auditVerify: 'audit:verify',
} as const;

const P = KernelPermissions;

export const KernelRoles = {
  admin: defineRole(
    'admin',
    { 'zh-CN': '系统管理员', en: 'System administrator' },
    Object.values(P),
  ),
  cityLeader: defineRole('city_leader', { 'zh-CN': '市局领导', en: 'City bureau leader' }, [
    P.userRead,
    P.organizationRead,
    P.auditRead,
  ]),
  districtStaff: defineRole(
    'district_staff',
    { 'zh-CN': '区局工作人员', en: 'District bureau officer' },
    [P.userRead, P.organizationRead, P.auditRead],
  ),
  officeStaff: defineRole(
    'office_staff',
    { 'zh-CN': '司法所工作人员', en: 'Justice office officer' },
    [P.organizationRead],
  ),
} as const;
