import { api } from './client';
import type { Page } from './types';

export interface MailboxMessage {
  id: number;
  channel: 'sms' | 'email';
  recipientMasked: string;
  subject: string;
  body: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  deliveredTo: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export function listMailbox(
  paging: { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Page<MailboxMessage>> {
  return api.get<Page<MailboxMessage>>('/api/notify/mailbox', { ...paging }, signal);
}
