// Calls of the persons pages: staff (lookup, file, reveal, codes, lists) and citizen pages.
// ID numbers go in request bodies only, never in URLs.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, downloadFile } from '@web/api/client';
import type { Page } from '@web/api/types';
import type {
  AccessEntry,
  CitizenMe,
  MatterView,
  OneTimeCode,
  OrganizationView,
  PersonFile,
  PersonView,
  Purpose,
  RegisterInput,
} from './types';

const BASE = '/api/persons';
const PUBLIC = '/api/public/persons';
const personUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export function usePurposes() {
  return useQuery({
    queryKey: ['persons', 'purposes'],
    queryFn: ({ signal }) => api.get<{ items: Purpose[] }>(`${BASE}/purposes`, undefined, signal),
    staleTime: 60 * 60_000,
  });
}

export const lookupPerson = (idNumber: string, purpose: string) =>
  api.post<PersonView>(`${BASE}/lookup`, { idNumber, purpose });

export const registerPerson = (body: RegisterInput) => api.post<PersonView>(BASE, body);

/** Opening the file is a logged read: never refetched behind the reader's back. */
export function usePersonFile(id: string, purpose: string | null) {
  return useQuery({
    queryKey: ['persons', 'file', id, purpose],
    queryFn: ({ signal }) => api.get<PersonFile>(personUrl(id), { purpose }, signal),
    enabled: !!purpose,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

export const revealIdNumber = (id: string, purpose: string) =>
  api.post<{ idNumber: string }>(`${personUrl(id)}/reveal`, { purpose });

export const issueCode = (id: string) => api.post<OneTimeCode>(`${personUrl(id)}/codes`, {});

export interface ListFilters {
  q?: string;
  purpose: string;
}

export function usePersonList(filters: ListFilters | null, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['persons', 'list', filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<PersonView>>(BASE, { ...filters, page, pageSize }, signal),
    enabled: !!filters,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export const exportPersons = (filters: ListFilters, fallbackName: string) =>
  downloadFile(`${BASE}/export.xlsx`, { ...filters }, fallbackName);

export const lookupOrganization = (creditCode: string) =>
  api.post<OrganizationView>(`${BASE}/organizations/lookup`, { creditCode });

export const registerOrganization = (creditCode: string, name: string) =>
  api.post<OrganizationView>(`${BASE}/organizations`, { creditCode, name });

// ---- citizen pages ----

export const citizenMeKey = ['persons', 'citizen', 'me'] as const;

export const verifyCitizen = (idNumber: string, code: string) =>
  api.post<CitizenMe>(`${PUBLIC}/verify`, { idNumber, code });

export const citizenLogout = () => api.post<void>(`${PUBLIC}/logout`, {});

export function useCitizenMe() {
  return useQuery({
    queryKey: citizenMeKey,
    queryFn: ({ signal }) => api.get<CitizenMe>(`${PUBLIC}/me`, undefined, signal),
    retry: false,
  });
}

export function useCitizenMatters() {
  return useQuery({
    queryKey: ['persons', 'citizen', 'matters'],
    queryFn: ({ signal }) =>
      api.get<{ items: MatterView[] }>(`${PUBLIC}/me/matters`, undefined, signal),
    retry: false,
  });
}

export function useCitizenAccessLog(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['persons', 'citizen', 'access', page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<AccessEntry>>(`${PUBLIC}/me/access-log`, { page, pageSize }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
