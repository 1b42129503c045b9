import { z } from 'zod';
import { pageQuery } from '../http/pagination.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const auditFilter = z.strictObject({
  action: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(128).optional(),
  actor: z.string().trim().max(64).optional(),
  from: date.optional(),
  to: date.optional(),
});
export const auditListQuery = z.strictObject({ ...pageQuery.shape, ...auditFilter.shape });
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditEvent = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  regionCode: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEventView = z.infer<typeof auditEvent>;

export const verifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), kind: z.string(), reason: z.string() }).nullable(),
});
