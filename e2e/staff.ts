// What the browser journeys set up through the API: staff accounts of a module (the demo data
// has none), with their first password already changed, and valid test identifiers.
import { expect } from 'vitest';

export interface ApiSession {
  cookie: string;
  csrf: string;
}

export async function apiLogin(
  baseUrl: string,
  username: string,
  password: string,
): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(response.status, `login of ${username}`).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

export async function apiCall(
  baseUrl: string,
  session: ApiSession,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Cookie: session.cookie,
      'X-CSRF-Token': session.csrf,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

interface OrgNode {
  id: string;
  name: string;
  children: OrgNode[];
}

function findOrganization(nodes: OrgNode[], name: string): OrgNode | undefined {
  for (const node of nodes) {
    if (node.name === name) return node;
    const found = findOrganization(node.children, name);
    if (found) return found;
  }
  return undefined;
}

export interface StaffSpec {
  username: string;
  displayName: string;
  role: string;
}

/**
 * Creates the accounts in the named organization as the demo `admin`, then changes each first
 * password (new accounts must) to `password`. Returns the user ids by key.
 */
export async function createStaff<K extends string>(
  baseUrl: string,
  organizationName: string,
  staff: Record<K, StaffSpec>,
  password: string,
): Promise<Record<K, string>> {
  const initial = 'Initial-pass-2026';
  const admin = await apiLogin(baseUrl, 'admin', 'Sifa-demo-2026');
  const tree = await apiCall(baseUrl, admin, 'GET', '/api/organizations/tree');
  const organization = findOrganization(tree.json.items as OrgNode[], organizationName);
  expect(organization, organizationName).toBeDefined();
  const ids = {} as Record<K, string>;
  for (const [key, person] of Object.entries(staff) as [K, StaffSpec][]) {
    const created = await apiCall(baseUrl, admin, 'POST', '/api/users', {
      ...person,
      organizationId: organization!.id,
      password: initial,
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    ids[key] = created.json.id as string;
    const session = await apiLogin(baseUrl, person.username, initial);
    const changed = await apiCall(baseUrl, session, 'POST', '/api/auth/password', {
      currentPassword: initial,
      newPassword: password,
    });
    expect(changed.status, JSON.stringify(changed.json)).toBe(204);
  }
  return ids;
}

/** A valid resident ID number: the GB 11643 check character over the first 17 digits. */
export function withCheckCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

/** A calendar date in Shanghai, `days` from today. */
export function shanghaiDate(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
