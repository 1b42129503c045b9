// Calls of the knowledge pages: the graph and the term base (public), the term base's upkeep and
// the staff lists (unresolved citations, impact alerts).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiRequest } from '@web/api/client';
import type { Page } from '@web/api/types';
import type {
  CitationsBetween,
  DocumentGraph,
  DocumentLinks,
  ImpactAlertDetail,
  ImpactAlertSummary,
  LibraryDocument,
  RelationKind,
  TermDetail,
  TermSummary,
  UnresolvedCitation,
} from './types';

const BASE = '/api/knowledge';

export function useDocumentLinks(version: string | null) {
  return useQuery({
    queryKey: ['knowledge', 'links', version],
    queryFn: ({ signal }) => api.get<DocumentLinks>(`${BASE}/documents/links`, { version }, signal),
    enabled: !!version,
  });
}

export function useDocumentGraph(version: string | null) {
  return useQuery({
    queryKey: ['knowledge', 'graph', version],
    queryFn: ({ signal }) => api.get<DocumentGraph>(`${BASE}/documents/graph`, { version }, signal),
    enabled: !!version,
  });
}

export function useCitationsBetween(version: string | null, other: string | null) {
  return useQuery({
    queryKey: ['knowledge', 'between', version, other],
    queryFn: ({ signal }) =>
      api.get<CitationsBetween>(`${BASE}/documents/citations`, { version, other }, signal),
    enabled: !!version && !!other,
  });
}

/** Documents of the library whose title contains `title` (the public browse API). */
export function useLibrarySearch(title: string) {
  return useQuery({
    queryKey: ['knowledge', 'library-search', title],
    queryFn: ({ signal }) =>
      api.get<Page<LibraryDocument>>(
        '/api/regulations/documents',
        { title: title || undefined, pageSize: 30 },
        signal,
      ),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useTerms(q: string, defined: boolean, page: number, pageSize = 20) {
  return useQuery({
    queryKey: ['knowledge', 'terms', q, defined, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<TermSummary>>(
        `${BASE}/terms`,
        { q: q || undefined, defined: defined ? 'true' : undefined, page, pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export const termQueryKey = (term: string | null) => ['knowledge', 'term', term] as const;

export function useTerm(term: string | null) {
  return useQuery({
    queryKey: termQueryKey(term),
    queryFn: ({ signal }) =>
      api.get<TermDetail>(`${BASE}/terms/${encodeURIComponent(term!)}`, undefined, signal),
    enabled: !!term,
  });
}

export const addTerm = (term: string) => api.post<{ id: string }>(`${BASE}/terms`, { term });

export const addRelation = (
  term: string,
  body: { related: string; kind: RelationKind; note?: string },
) => api.post<{ id: string }>(`${BASE}/terms/${encodeURIComponent(term)}/relations`, body);

export const removeRelation = (id: string) =>
  apiRequest<void>('DELETE', `${BASE}/term-relations/${encodeURIComponent(id)}`, {});

export function useUnresolved(q: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['knowledge', 'unresolved', q, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<UnresolvedCitation>>(
        `${BASE}/citations/unresolved`,
        { q: q || undefined, page, pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useImpactAlerts(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['knowledge', 'alerts', page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<ImpactAlertSummary>>(`${BASE}/impact-alerts`, { page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useImpactAlert(id: string | null) {
  return useQuery({
    queryKey: ['knowledge', 'alert', id],
    queryFn: ({ signal }) =>
      api.get<ImpactAlertDetail>(`${BASE}/impact-alerts/${id}`, undefined, signal),
    enabled: !!id,
  });
}
