import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Health } from './types';

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => api.get<Health>('/api/health', undefined, signal),
    staleTime: Infinity,
    retry: false,
  });
}
