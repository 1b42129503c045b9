// can(actor, action, resource): a permission from the actor's role, and a resource inside the
// actor's region. Region scoping: the city sees all; a district officer sees the district and
// the streets under it; a 司法所 officer sees only their street. Region codes nest by prefix.
import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import { AppError } from '../errors/index.js';
import { ROOT_CODE } from '../regions/index.js';
import { getRole } from './roles.js';

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: string;
  organizationId: string;
  /** The region the actor may see: their organization's region. */
  regionCode: string;
}

export interface Resource {
  /** The region the record belongs to; records without one belong to the whole city. */
  regionCode?: string | null;
}

/** The root region: a record without a region belongs to it. */
export const ROOT_REGION = ROOT_CODE;

export function hasPermission(actor: Actor, action: string): boolean {
  return getRole(actor.role)?.permissions.has(action) ?? false;
}

export function inScope(actor: Actor, regionCode: string | null | undefined): boolean {
  return (regionCode ?? ROOT_REGION).startsWith(actor.regionCode);
}

export function can(actor: Actor, action: string, resource?: Resource): boolean {
  return (
    hasPermission(actor, action) && (resource === undefined || inScope(actor, resource.regionCode))
  );
}

/** Throws AUTH_FORBIDDEN without the permission, AUTH_OUT_OF_REGION outside the region. */
export function authorize(actor: Actor, action: string, resource?: Resource): void {
  if (!hasPermission(actor, action)) throw new AppError('AUTH_FORBIDDEN', { action });
  if (resource !== undefined && !inScope(actor, resource.regionCode)) {
    throw new AppError('AUTH_OUT_OF_REGION');
  }
}

/** The WHERE condition that keeps a query inside the actor's region. */
export function regionScope(actor: Actor, column: AnyColumn | SQL): SQL {
  if (!/^\d+$/.test(actor.regionCode)) throw new Error('actor region code must be digits');
  return sql`${column} like ${actor.regionCode + '%'}`;
}
