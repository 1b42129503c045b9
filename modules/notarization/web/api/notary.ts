// Calls of the notarization pages: public (apply, meta, verification) and staff (cases, steps).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchMe } from '@web/api/auth';
import { ApiError, api, apiRequest, downloadFile } from '@web/api/client';
import type { Page } from '@web/api/types';
import type { OfflineBundle } from '../offline-verify';
import type {
  ApplicationInput,
  ApplicationReceipt,
  CaseDetail,
  CaseSummary,
  CounterInput,
  NotaryList,
  NotaryMeta,
  PaymentInput,
  PublicVerification,
  RelativeInput,
  RelativesView,
  Revocation,
  StatisticsRow,
  TrackView,
  VerifyFileResult,
} from './types';

const PUBLIC = '/api/public/notary';
const BASE = '/api/notarization';
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

export function useNotaryMeta() {
  return useQuery({
    queryKey: ['notarization', 'meta'],
    queryFn: ({ signal }) => api.get<NotaryMeta>(`${PUBLIC}/meta`, undefined, signal),
    staleTime: 60 * 60_000,
  });
}

export const submitApplication = (body: ApplicationInput) =>
  publicPost<ApplicationReceipt>(`${PUBLIC}/applications`, body);

export const verifyNumber = (number: string) =>
  api.get<PublicVerification>(`${PUBLIC}/certificates/verify`, { number });

export const verifyFile = (number: string, contentBase64: string) =>
  publicPost<VerifyFileResult>(`${PUBLIC}/certificates/verify-file`, { number, contentBase64 });

export const fetchBundle = (number: string) =>
  api.get<OfflineBundle>(`${PUBLIC}/certificates/bundle`, { number });

export function useRevocations(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['notarization', 'revocations', page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<Revocation>>(`${PUBLIC}/revocations`, { page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export const trackCase = (caseNumber: string, trackingCode: string) =>
  publicPost<TrackView>(`${PUBLIC}/track`, { caseNumber, trackingCode });

// ---- staff ----

export const casesQueryKey = ['notarization', 'cases'] as const;
export const caseQueryKey = (id: string) => ['notarization', 'case', id] as const;

export interface CaseFilters {
  scope: 'mine' | 'all';
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

export const registerApplication = (body: CounterInput) =>
  api.post<ApplicationReceipt>(`${BASE}/cases`, body);

export function useCase(id: string) {
  return useQuery({
    queryKey: caseQueryKey(id),
    queryFn: ({ signal }) => api.get<CaseDetail>(caseUrl(id), undefined, signal),
    staleTime: 0,
  });
}

/** `request_supplement` -> POST …/request-supplement; the reply is the case after the step. */
export const runCaseAction = (id: string, action: string, body: object) =>
  api.post<CaseDetail>(`${caseUrl(id)}/${action.replace(/_/g, '-')}`, body);

export const downloadDocument = (caseId: string, documentId: string, fileName: string) =>
  downloadFile(`${caseUrl(caseId)}/documents/${encodeURIComponent(documentId)}`, {}, fileName);

export function useStatistics(year: number) {
  return useQuery({
    queryKey: ['notarization', 'statistics', year],
    queryFn: ({ signal }) =>
      api.get<{ year: number; rows: StatisticsRow[] }>(`${BASE}/statistics`, { year }, signal),
  });
}

export const exportStatistics = (year: number, fallbackName: string) =>
  downloadFile(`${BASE}/statistics/export.xlsx`, { year }, fallbackName);

// ---- the office: notaries, their relatives, fees ----

export const notariesQueryKey = ['notarization', 'notaries'] as const;

/** The office's notaries; with a case, those who must withdraw from it are marked. */
export function useNotaries(caseId?: string) {
  return useQuery({
    queryKey: [...notariesQueryKey, caseId ?? null],
    queryFn: ({ signal }) =>
      api.get<NotaryList>(`${BASE}/notaries`, caseId ? { caseId } : {}, signal),
  });
}

const relativesUrl = (userId: string) => `${BASE}/notaries/${encodeURIComponent(userId)}/relatives`;

export function useRelatives(userId: string | null) {
  return useQuery({
    queryKey: ['notarization', 'relatives', userId],
    queryFn: ({ signal }) => api.get<RelativesView>(relativesUrl(userId!), undefined, signal),
    enabled: userId !== null,
  });
}

export const addRelative = (userId: string, body: RelativeInput) =>
  api.post<RelativesView>(relativesUrl(userId), body);

export const removeRelative = (userId: string, relativeId: string) =>
  apiRequest<RelativesView>(
    'DELETE',
    `${relativesUrl(userId)}/${encodeURIComponent(relativeId)}`,
    {},
  );

export const recordFee = (caseId: string, kind: 'payment' | 'refund', body: PaymentInput) =>
  api.post<CaseDetail>(`${caseUrl(caseId)}/${kind === 'payment' ? 'payments' : 'refunds'}`, body);
