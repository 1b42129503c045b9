/** Reply shapes of the server (see the API section of the brief / server contracts). */

export type Permission =
  | 'user:read'
  | 'user:manage'
  | 'organization:read'
  | 'audit:read'
  | 'audit:verify'
  // modules add their own permissions
  | (string & {});

export interface OrganizationSummary {
  id: string;
  name: string;
  kind: string;
  kindName: string;
  regionCode: string;
  regionName: string;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: string;
  roleName: string;
  organization: OrganizationSummary;
  permissions: Permission[];
  mustChangePassword: boolean;
}

export interface SessionReply {
  user: Me;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Role {
  code: string;
  name: string;
  permissions: Permission[];
}

export type UserStatus = 'active' | 'disabled';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  roleName: string;
  organizationId: string;
  organizationName: string;
  regionCode: string;
  status: UserStatus;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface OrgNode extends OrganizationSummary {
  parentId: string | null;
  children: OrgNode[];
}

export interface AuditEvent {
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  regionCode: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: null | { seq: number; reason: string };
}

export interface Health {
  status: 'ok';
  database: {
    kind: 'pglite' | 'postgres';
    migrations: { applied: number; expected: number; upToDate: boolean };
  };
  version: string;
}

/** `details` of a VALIDATION_FAILED error. */
export interface FieldIssue {
  path: string | (string | number)[];
  message: string;
}
