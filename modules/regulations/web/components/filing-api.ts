// Calls of the filing review, cleanup and portal pages. The reply types come from the server's
// contracts (types only: no server code reaches the bundle).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiRequest } from '@web/api/client';
import type { Page } from '@web/api/types';
import type {
  CampaignDetail,
  CampaignSummary,
  CompareReply,
  FileBody,
  FilingCreated,
  FilingDetail,
  FilingSummary,
  PortalFiling,
} from '../../domain/filing-contract';
import type { SearchResult } from '../../search-contract';
import type { VersionStatus, VersionSummary } from '../api/types';

export type {
  CampaignDetail,
  CampaignSummary,
  CleanupItemView,
  CompareReply,
  CompareRow,
  CorrectionView,
  FileBody,
  FilingDetail,
  FilingSummary,
  PortalFiling,
} from '../../domain/filing-contract';
export type { SearchHit, SearchResult } from '../../search-contract';

const FILINGS = '/api/regulations/filings';
const CAMPAIGNS = '/api/regulations/cleanup-campaigns';

// ---- filing review (staff) ----

export interface FilingFilters {
  state?: string;
  origin?: 'filing' | 'incidental';
  open?: 'true';
  text?: string;
}

export function useFilings(filters: FilingFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['regulations', 'filings', filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<FilingSummary>>(FILINGS, { ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export const filingQueryKey = (id: string) => ['regulations', 'filing', id] as const;

export function useFiling(id: string) {
  return useQuery({
    queryKey: filingQueryKey(id),
    queryFn: ({ signal }) =>
      api.get<FilingDetail>(`${FILINGS}/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export const fileDocument = (body: FileBody) => api.post<FilingCreated>(FILINGS, body);

/** One step (`approve`, `request-correction` …) with the version the user saw. */
export const runFilingAction = (id: string, path: string, body: Record<string, unknown>) =>
  api.post<FilingDetail>(`${FILINGS}/${encodeURIComponent(id)}/${path}`, body);

export const setValidity = (id: string, body: { effectiveOn: string; validUntil: string | null }) =>
  apiRequest<FilingDetail>('PUT', `${FILINGS}/${encodeURIComponent(id)}/validity`, { body });

// ---- cleanup ----

export function useCampaigns(page: number) {
  return useQuery({
    queryKey: ['regulations', 'campaigns', page],
    queryFn: ({ signal }) =>
      api.get<Page<CampaignSummary>>(CAMPAIGNS, { page, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

export const campaignQueryKey = (id: string) => ['regulations', 'campaign', id] as const;

export function useCampaign(id: string) {
  return useQuery({
    queryKey: campaignQueryKey(id),
    queryFn: ({ signal }) =>
      api.get<CampaignDetail>(`${CAMPAIGNS}/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export const startCampaign = (title: string) =>
  api.post<{ id: string; total: number }>(CAMPAIGNS, { title });

export const decideItem = (
  campaignId: string,
  itemId: string,
  body: { decision: 'continue' | 'amend' | 'repeal'; reason: string },
) => api.post<CampaignDetail>(`${CAMPAIGNS}/${campaignId}/items/${itemId}/decision`, body);

export const closeCampaign = (id: string) =>
  api.post<CampaignDetail>(`${CAMPAIGNS}/${id}/close`, {});

// ---- portal (public) ----

export const portalVersionPath = (v: Pick<VersionSummary, 'workKey' | 'promulgatedOn'>) =>
  `/portal/versions/${encodeURIComponent(v.workKey)}/${v.promulgatedOn}`;

/** The portal's link to one article: `…#art-62`. */
export const portalArticlePath = (articleId: string) => {
  const [workKey, date, anchor] = articleId.split('/');
  return `/portal/versions/${encodeURIComponent(workKey!)}/${date}#${anchor}`;
};

export interface PortalFilters {
  level?: string;
  status?: VersionStatus;
  issuingBody?: string;
  year?: number;
  title?: string;
}

export function usePortalDocuments(filters: PortalFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['regulations', 'portal', 'documents', filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<VersionSummary>>(
        '/api/regulations/documents',
        { ...filters, page, pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePortalSearch(q: string, page: number) {
  return useQuery({
    queryKey: ['regulations', 'portal', 'search', q, page],
    queryFn: ({ signal }) =>
      api.get<SearchResult>('/api/regulations/search', { q, page, pageSize: 10 }, signal),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
}

export function usePortalFiling(versionId: string | undefined, isNormative: boolean) {
  return useQuery({
    queryKey: ['regulations', 'portal', 'filing', versionId],
    queryFn: ({ signal }) =>
      api.get<PortalFiling>(
        `/api/regulations/portal/versions/${versionId}/filing`,
        undefined,
        signal,
      ),
    enabled: versionId !== undefined && isNormative,
    retry: false,
  });
}

export function useCompare(workKey: string, from: string, to: string) {
  return useQuery({
    queryKey: ['regulations', 'portal', 'compare', workKey, from, to],
    queryFn: ({ signal }) =>
      api.get<CompareReply>(
        `/api/regulations/works/${encodeURIComponent(workKey)}/compare`,
        { from, to },
        signal,
      ),
    enabled: from !== '' && to !== '' && from !== to,
  });
}

export interface FilingSettings {
  filingDays: number;
  validityYears: number;
  expiringDays: number;
}

export function useFilingSettings() {
  return useQuery({
    queryKey: ['regulations', 'filing-settings'],
    queryFn: ({ signal }) => api.get<FilingSettings>(`${FILINGS}/settings`, undefined, signal),
    staleTime: 5 * 60_000,
  });
}
