import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Role } from './types';

export function useRoles(enabled = true) {
  return useQuery({
    queryKey: ['roles'],
    queryFn: ({ signal }) => api.get<{ items: Role[] }>('/api/roles', undefined, signal),
    select: (reply) => reply.items,
    staleTime: 10 * 60_000,
    enabled,
  });
}
