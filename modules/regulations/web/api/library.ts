// Calls of the law-library pages: browse, one version, import runs and the upload.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import type { Page } from '@web/api/types';
import type {
  ImportRun,
  LibraryFacets,
  LibraryFilters,
  VersionDetail,
  VersionSummary,
} from './types';

const BASE = '/api/regulations';

export const versionPath = (v: Pick<VersionSummary, 'workKey' | 'promulgatedOn'>) =>
  `/regulations/library/${encodeURIComponent(v.workKey)}/${v.promulgatedOn}`;

export function useLibrary(filters: LibraryFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['regulations', 'library', filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<VersionSummary>>(`${BASE}/library`, { ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFacets() {
  return useQuery({
    queryKey: ['regulations', 'facets'],
    queryFn: ({ signal }) => api.get<LibraryFacets>(`${BASE}/facets`, undefined, signal),
    staleTime: 60_000,
  });
}

export function useVersion(workKey: string, date: string) {
  return useQuery({
    queryKey: ['regulations', 'version', workKey, date],
    queryFn: ({ signal }) =>
      api.get<VersionDetail>(
        `${BASE}/versions/${encodeURIComponent(workKey)}/${encodeURIComponent(date)}`,
        undefined,
        signal,
      ),
  });
}

export function useImportRuns() {
  return useQuery({
    queryKey: ['regulations', 'imports'],
    queryFn: ({ signal }) => api.get<ImportRun[]>(`${BASE}/imports`, undefined, signal),
  });
}

/** The run, polled every second while it runs. */
export function useImportRun(id: string | null) {
  return useQuery({
    queryKey: ['regulations', 'import', id],
    queryFn: ({ signal }) => api.get<ImportRun>(`${BASE}/imports/${id}`, undefined, signal),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 1000 : false),
  });
}

export const uploadLaws = (files: { name: string; content: string }[]) =>
  api.post<{ runId: string }>(`${BASE}/imports`, { files });
