import { api, downloadFile } from './client';
import type { Page, User, UserStatus } from './types';

export interface UserFilters {
  q?: string;
  role?: string;
  status?: UserStatus;
  organizationId?: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: string;
  organizationId: string;
  password: string;
}

export const usersQueryKey = ['users'] as const;

export function listUsers(
  filters: UserFilters & { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Page<User>> {
  return api.get<Page<User>>('/api/users', { ...filters }, signal);
}

export function createUser(input: NewUser): Promise<User> {
  return api.post<User>('/api/users', input);
}

export function setUserEnabled(id: string, enabled: boolean): Promise<User> {
  const action = enabled ? 'enable' : 'disable';
  return api.post<User>(`/api/users/${encodeURIComponent(id)}/${action}`);
}

export function resetUserPassword(id: string): Promise<{ temporaryPassword: string }> {
  return api.post(`/api/users/${encodeURIComponent(id)}/reset-password`, {});
}

export function exportUsers(filters: UserFilters, fallbackName: string): Promise<void> {
  return downloadFile('/api/users/export.xlsx', { ...filters }, fallbackName);
}
