// Calls of the public pages (no login): apply, track, supply materials, published decisions.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchMe } from '@web/api/auth';
import { ApiError, api } from '@web/api/client';
import type { Page } from '@web/api/types';
import type {
  ApplicationInput,
  ApplicationReceipt,
  Division,
  Publication,
  PublicationFilters,
  PublicationItem,
  ReconsiderationMeta,
  SupplyInput,
  TrackView,
} from './types';

const BASE = '/api/public/reconsideration';

/**
 * A public POST. When a staff member is signed in in the same browser, the server sees the session
 * cookie and wants its CSRF token, which a public page has not fetched: fetch it and try once more.
 */
async function publicPost<T>(path: string, body: unknown): Promise<T> {
  try {
    return await api.post<T>(path, body);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'AUTH_CSRF_INVALID') throw error;
    await fetchMe();
    return api.post<T>(path, body);
  }
}

export function submitApplication(body: ApplicationInput): Promise<ApplicationReceipt> {
  return publicPost(`${BASE}/applications`, body);
}

export interface TrackCredentials {
  caseNumber: string;
  trackingCode: string;
}

export function trackCase(credentials: TrackCredentials): Promise<TrackView> {
  return publicPost(`${BASE}/track`, credentials);
}

export function supplyMaterials(body: SupplyInput): Promise<TrackView> {
  return publicPost(`${BASE}/supply`, body);
}

/** States, outcomes and suspension grounds, in the user's language. */
export function useReconsiderationMeta() {
  return useQuery({
    queryKey: ['reconsideration', 'meta'],
    queryFn: ({ signal }) => api.get<ReconsiderationMeta>(`${BASE}/meta`, undefined, signal),
    staleTime: 60 * 60_000,
  });
}

/** The districts of Guangzhou, whose governments are 复议机关 beside the city's. */
export function useDistricts() {
  return useQuery({
    queryKey: ['regions', '4401'],
    queryFn: ({ signal }) =>
      api.get<{ items: Division[] }>('/api/regions', { parent: '4401' }, signal),
    select: (reply) => reply.items,
    staleTime: 60 * 60_000,
  });
}

export function usePublications(filters: PublicationFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['reconsideration', 'publications', filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<PublicationItem>>(`${BASE}/decisions`, { ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePublication(caseId: string) {
  return useQuery({
    queryKey: ['reconsideration', 'publication', caseId],
    queryFn: ({ signal }) =>
      api.get<Publication>(`${BASE}/decisions/${encodeURIComponent(caseId)}`, undefined, signal),
  });
}
