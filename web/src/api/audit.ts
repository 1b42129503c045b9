import { api, downloadFile } from './client';
import type { AuditEvent, AuditVerifyResult, Page } from './types';

export interface AuditFilters {
  action?: string;
  entityType?: string;
  actor?: string;
  /** YYYY-MM-DD, Asia/Shanghai calendar date */
  from?: string;
  to?: string;
}

export function listAuditEvents(
  filters: AuditFilters & { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Page<AuditEvent>> {
  return api.get<Page<AuditEvent>>('/api/audit/events', { ...filters }, signal);
}

export function verifyAuditChain(): Promise<AuditVerifyResult> {
  return api.post<AuditVerifyResult>('/api/audit/verify', {});
}

export function exportAuditEvents(filters: AuditFilters, fallbackName: string): Promise<void> {
  return downloadFile('/api/audit/events/export.xlsx', { ...filters }, fallbackName);
}
