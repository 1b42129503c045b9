// Calls of the staff pages: cases, actions, documents, publication, statistics, lawsuits.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, downloadFile } from '@web/api/client';
import type { Page } from '@web/api/types';
import type {
  ApplicationReceipt,
  CaseDetail,
  CaseFilters,
  CaseStatistics,
  CaseSummary,
  DocumentReviewInput,
  DocumentReviewItem,
  HandlerOption,
  Lawsuit,
  LawsuitInput,
  LawsuitList,
  RegisterInput,
} from './types';

const BASE = '/api/reconsideration';
const caseUrl = (id: string) => `${BASE}/cases/${encodeURIComponent(id)}`;

export const casesQueryKey = ['reconsideration', 'cases'] as const;
export const caseQueryKey = (id: string) => ['reconsideration', 'case', id] as const;

export function useCases(filters: CaseFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...casesQueryKey, filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<CaseSummary>>(`${BASE}/cases`, { ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function exportCases(filters: CaseFilters, fallbackName: string): Promise<void> {
  return downloadFile(`${BASE}/cases/export.xlsx`, { ...filters }, fallbackName);
}

export function registerApplication(body: RegisterInput): Promise<ApplicationReceipt> {
  return api.post(`${BASE}/cases`, body);
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseQueryKey(id),
    queryFn: ({ signal }) => api.get<CaseDetail>(caseUrl(id), undefined, signal),
    staleTime: 0,
  });
}

/**
 * Runs one of the case's next actions: `request_correction` -> POST .../request-correction.
 * The reply is the case after the step.
 */
export function runCaseAction(id: string, action: string, body: object): Promise<CaseDetail> {
  return api.post(`${caseUrl(id)}/${action.replace(/_/g, '-')}`, body);
}

export function useHandlers(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['reconsideration', 'handlers', id],
    queryFn: ({ signal }) =>
      api.get<{ items: HandlerOption[] }>(`${caseUrl(id)}/handlers`, undefined, signal),
    select: (reply) => reply.items,
    enabled,
    staleTime: 0,
  });
}

export function downloadDocument(caseId: string, documentId: string, fileName: string) {
  return downloadFile(
    `${caseUrl(caseId)}/documents/${encodeURIComponent(documentId)}`,
    {},
    fileName,
  );
}

export function publicationDraft(id: string) {
  return api.get<{ redactedText: string; replacements: number }>(
    `${caseUrl(id)}/publication/draft`,
  );
}

export function publishDecision(id: string, redactedText: string): Promise<CaseDetail> {
  return api.post(`${caseUrl(id)}/publication`, { redactedText });
}

export function withdrawPublication(id: string): Promise<CaseDetail> {
  return api.post(`${caseUrl(id)}/publication/withdraw`, {});
}

export function useStatistics(year: number | undefined) {
  return useQuery({
    queryKey: ['reconsideration', 'statistics', year],
    queryFn: ({ signal }) => api.get<CaseStatistics>(`${BASE}/statistics`, { year }, signal),
  });
}

export function exportStatistics(year: number | undefined, fallbackName: string) {
  return downloadFile(`${BASE}/statistics/export.xlsx`, { year }, fallbackName);
}

export const lawsuitsQueryKey = ['reconsideration', 'lawsuits'] as const;

export function useLawsuits() {
  return useQuery({
    queryKey: lawsuitsQueryKey,
    queryFn: ({ signal }) => api.get<LawsuitList>(`${BASE}/lawsuits`, undefined, signal),
  });
}

export function recordLawsuit(body: LawsuitInput): Promise<Lawsuit> {
  return api.post(`${BASE}/lawsuits`, body);
}

export const documentReviewsQueryKey = (id: string) =>
  ['reconsideration', 'document-reviews', id] as const;

export function useDocumentReviews(id: string) {
  return useQuery({
    queryKey: documentReviewsQueryKey(id),
    queryFn: ({ signal }) =>
      api.get<DocumentReviewItem[]>(`${caseUrl(id)}/document-reviews`, undefined, signal),
  });
}

/** 提请附带审查: the document defaults to the one the application named. */
export function requestDocumentReview(
  id: string,
  body: DocumentReviewInput,
): Promise<DocumentReviewItem> {
  return api.post(`${caseUrl(id)}/document-review`, body);
}
