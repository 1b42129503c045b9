// Calls of the legal-aid pages: public (self-check, apply, track, survey, meta) and staff (cases,
// steps, lawyers, duty lawyers, statistics).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchMe } from '@web/api/auth';
import { ApiError, api, apiRequest, downloadFile } from '@web/api/client';
import type { Page } from '@web/api/types';
import type {
  ApplicationInput,
  ApplicationReceipt,
  CaseDetail,
  CaseSummary,
  Consultation,
  EligibilityFacts,
  Firm,
  Lawyer,
  Meta,
  Place,
  Roster,
  SelfCheckResult,
  Station,
  Statistics,
  SurveyView,
  TrackView,
} from './types';

const PUBLIC = '/api/public/legal-aid';
const BASE = '/api/legal-aid';
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

export function useMeta() {
  return useQuery({
    queryKey: ['legal-aid', 'meta'],
    queryFn: ({ signal }) => api.get<Meta>(`${PUBLIC}/meta`, undefined, signal),
    staleTime: 60 * 60_000,
  });
}

export const selfCheck = (body: EligibilityFacts & { place?: Place }) =>
  publicPost<SelfCheckResult>(`${PUBLIC}/self-check`, body);
export const submitApplication = (body: ApplicationInput) =>
  publicPost<ApplicationReceipt>(`${PUBLIC}/applications`, body);
export const trackCase = (caseNumber: string, trackingCode: string) =>
  publicPost<TrackView>(`${PUBLIC}/track`, { caseNumber, trackingCode });
export const surveyUrl = (token: string) => `${PUBLIC}/surveys/${encodeURIComponent(token)}`;
export const fetchSurvey = (token: string) => api.get<SurveyView>(surveyUrl(token));
export const answerSurvey = (
  token: string,
  body: { ratings: Record<string, number>; comment?: string },
) => publicPost<SurveyView>(surveyUrl(token), body);

// ---- staff ----

export const casesQueryKey = ['legal-aid', 'cases'] as const;
export const caseQueryKey = (id: string) => ['legal-aid', 'case', id] as const;

export interface CaseFilters {
  scope: 'open' | 'all';
  state?: string;
  q?: string;
}

export function useCases(filters: CaseFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...casesQueryKey, filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<CaseSummary>>(`${BASE}/cases`, { ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseQueryKey(id),
    queryFn: ({ signal }) => api.get<CaseDetail>(caseUrl(id), undefined, signal),
    staleTime: 0,
  });
}

export type IntakeKind = 'cases' | 'forwarded' | 'notices';
export const registerIntake = (kind: IntakeKind, body: object) =>
  api.post<ApplicationReceipt>(`${BASE}/${kind}`, body);

/** `request_material` -> POST …/request-material; the reply is the case after the step. */
export const runCaseAction = (id: string, action: string, body: object) =>
  api.post<CaseDetail>(`${caseUrl(id)}/${action.replace(/_/g, '-')}`, body);

export const downloadDocument = (caseId: string, documentId: string, fileName: string) =>
  downloadFile(`${caseUrl(caseId)}/documents/${encodeURIComponent(documentId)}`, {}, fileName);

export const lawyersQueryKey = ['legal-aid', 'lawyers'] as const;
export function useLawyers(active?: boolean) {
  return useQuery({
    queryKey: [...lawyersQueryKey, active],
    queryFn: ({ signal }) =>
      api.get<Page<Lawyer>>(`${BASE}/lawyers`, { pageSize: 200, active }, signal),
  });
}
export function useFirms() {
  return useQuery({
    queryKey: ['legal-aid', 'firms'],
    queryFn: ({ signal }) => api.get<{ items: Firm[] }>(`${BASE}/firms`, undefined, signal),
  });
}
export const createLawyer = (body: object) => api.post<Lawyer>(`${BASE}/lawyers`, body);
export const updateLawyer = (id: string, body: object) =>
  api.post<Lawyer>(`${BASE}/lawyers/${encodeURIComponent(id)}`, body);

export const stationsQueryKey = ['legal-aid', 'stations'] as const;
export function useStations() {
  return useQuery({
    queryKey: stationsQueryKey,
    queryFn: ({ signal }) =>
      api.get<{ items: Station[] }>(`${BASE}/duty/stations`, undefined, signal),
  });
}
export const createStation = (body: object) => api.post<Station>(`${BASE}/duty/stations`, body);
export function useRoster(stationId: string | undefined, weekStart: string) {
  return useQuery({
    queryKey: ['legal-aid', 'roster', stationId, weekStart],
    queryFn: ({ signal }) =>
      api.get<Roster>(`${BASE}/duty/roster`, { stationId, weekStart }, signal),
    enabled: !!stationId,
  });
}
export const saveRoster = (body: object) =>
  apiRequest<Roster>('PUT', `${BASE}/duty/roster`, { body });
export const consultationsQueryKey = ['legal-aid', 'consultations'] as const;
export function useConsultations(page: number) {
  return useQuery({
    queryKey: [...consultationsQueryKey, page],
    queryFn: ({ signal }) =>
      api.get<Page<Consultation>>(`${BASE}/duty/consultations`, { page, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}
export const recordConsultation = (body: object) =>
  api.post<Consultation>(`${BASE}/duty/consultations`, body);

export function useStatistics(year: number) {
  return useQuery({
    queryKey: ['legal-aid', 'statistics', year],
    queryFn: ({ signal }) => api.get<Statistics>(`${BASE}/statistics`, { year }, signal),
  });
}
export const exportStatistics = (year: number, fallbackName: string) =>
  downloadFile(`${BASE}/statistics/export.xlsx`, { year }, fallbackName);
