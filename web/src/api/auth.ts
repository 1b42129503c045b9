import { useQuery } from '@tanstack/react-query';
import { ApiError, api, apiRequest, setCsrfToken } from './client';
import type { Me, SessionReply } from './types';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no valid session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const reply = await apiRequest<SessionReply>('GET', '/api/auth/me', {
      ignoreSessionLost: true,
    });
    setCsrfToken(reply.csrfToken);
    return reply.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

export async function login(username: string, password: string): Promise<Me> {
  const reply = await api.post<SessionReply>('/api/auth/login', { username, password });
  setCsrfToken(reply.csrfToken);
  return reply.user;
}

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return api.post<void>('/api/auth/password', { currentPassword, newPassword });
}
