// Calls of the mediation pages: public (apply, route, track, meta) and staff.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchMe } from '@web/api/auth';
import { ApiError, api, apiRequest, downloadFile } from '@web/api/client';
import type { Page } from '@web/api/types';
import type {
  ApplicationInput,
  CaseDetail,
  CaseSummary,
  Committee,
  CommitteeInput,
  MediationMeta,
  MediatorInput,
  Rates,
  Receipt,
  RegisterInput,
  RiskSummary,
  RoutedCommittee,
  Statistics,
  SubsidyRow,
  TrackView,
} from './types';

const PUBLIC = '/api/public/mediation';
const BASE = '/api/mediation';
const caseUrl = (id: string) => `${BASE}/cases/${encodeURIComponent(id)}`;

/** A public POST; a staff session in the same browser needs its CSRF token: fetch it, retry once. */
async function publicPost<T>(path: string, body: unknown): Promise<T> {
  try {
    return await api.post<T>(path, body);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'AUTH_CSRF_INVALID') throw error;
    await fetchMe();
    return api.post<T>(path, body);
  }
}

export function useMediationMeta() {
  return useQuery({
    queryKey: ['mediation', 'meta'],
    queryFn: ({ signal }) => api.get<MediationMeta>(`${PUBLIC}/meta`, undefined, signal),
    staleTime: 60 * 60_000,
  });
}

export function useRoutedCommittee(placeCode: string | undefined, disputeType: string | undefined) {
  return useQuery({
    queryKey: ['mediation', 'route', placeCode, disputeType],
    queryFn: ({ signal }) =>
      api.get<RoutedCommittee>(`${PUBLIC}/route`, { placeCode, disputeType }, signal),
    enabled: Boolean(placeCode && disputeType && placeCode.length >= 9),
  });
}

export const submitApplication = (body: ApplicationInput) =>
  publicPost<Receipt>(`${PUBLIC}/applications`, body);

export const trackCase = (body: { caseNumber: string; trackingCode: string }) =>
  publicPost<TrackView>(`${PUBLIC}/track`, body);

// ---- staff ----

export const casesQueryKey = ['mediation', 'cases'] as const;
export const caseQueryKey = (id: string) => ['mediation', 'case', id] as const;
export const committeesQueryKey = ['mediation', 'committees'] as const;

export interface CaseFilters {
  scope: 'mine' | 'all';
  q?: string;
  state?: string;
}

export function useCases(filters: CaseFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...casesQueryKey, filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<CaseSummary>>(`${BASE}/cases`, { ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRisks(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['mediation', 'risks', page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<RiskSummary>>(`${BASE}/risks`, { page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export const registerDispute = (body: RegisterInput) => api.post<Receipt>(`${BASE}/cases`, body);

export function useCase(id: string) {
  return useQuery({
    queryKey: caseQueryKey(id),
    queryFn: ({ signal }) => api.get<CaseDetail>(caseUrl(id), undefined, signal),
    staleTime: 0,
  });
}

/** `record_session` -> POST …/record-session; the reply is the case after the step. */
export const runCaseAction = (id: string, action: string, body: object) =>
  api.post<CaseDetail>(`${caseUrl(id)}/${action.replace(/_/g, '-')}`, body);

export const transferCase = (id: string, body: object) =>
  api.post<{ visible: boolean; case: CaseDetail | null }>(`${caseUrl(id)}/transfer`, body);

export const downloadDocument = (caseId: string, documentId: string, fileName: string) =>
  downloadFile(`${caseUrl(caseId)}/documents/${encodeURIComponent(documentId)}`, {}, fileName);

export function useCommittees() {
  return useQuery({
    queryKey: committeesQueryKey,
    queryFn: ({ signal }) =>
      api.get<{ items: Committee[] }>(`${BASE}/committees`, undefined, signal),
  });
}

export function useCommittee(id: string | null | undefined) {
  return useQuery({
    queryKey: [...committeesQueryKey, id],
    queryFn: ({ signal }) => api.get<Committee>(`${BASE}/committees/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export const createCommittee = (body: CommitteeInput) =>
  api.post<Committee>(`${BASE}/committees`, body);
export const updateCommittee = (id: string, body: CommitteeInput & { version: number }) =>
  apiRequest<Committee>('PUT', `${BASE}/committees/${id}`, { body });
export const createMediator = (committeeId: string, body: MediatorInput) =>
  api.post<Committee>(`${BASE}/committees/${committeeId}/mediators`, body);
export const updateMediator = (id: string, body: MediatorInput) =>
  apiRequest<Committee>('PUT', `${BASE}/mediators/${id}`, { body });

export function useStatistics(year: number, groupBy: string) {
  return useQuery({
    queryKey: ['mediation', 'statistics', year, groupBy],
    queryFn: ({ signal }) => api.get<Statistics>(`${BASE}/statistics`, { year, groupBy }, signal),
  });
}

export const exportStatistics = (year: number, groupBy: string, fallbackName: string) =>
  downloadFile(`${BASE}/statistics/export.xlsx`, { year, groupBy }, fallbackName);

export function useSubsidies(year: number, month: number | undefined) {
  return useQuery({
    queryKey: ['mediation', 'subsidies', year, month],
    queryFn: ({ signal }) =>
      api.get<{ rows: SubsidyRow[] }>(`${BASE}/subsidies`, { year, month }, signal),
  });
}

export function useRates() {
  return useQuery({
    queryKey: ['mediation', 'rates'],
    queryFn: ({ signal }) => api.get<Rates>(`${BASE}/subsidy-rates`, undefined, signal),
  });
}

export const setRate = (body: {
  regionCode: string;
  disputeType: string;
  amountYuan: number;
  validFrom: string;
}) => apiRequest<Rates>('PUT', `${BASE}/subsidy-rates`, { body });
