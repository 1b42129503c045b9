// The hash chain of audit events, as pure functions: the canonical form of an event and the
// link hash. Verification walks the stored rows with these and names the first broken link.
import { createHash } from 'node:crypto';
import { format, type Locale } from '../i18n/index.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEvent {
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  regionCode: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

/** JSON with object keys sorted at every depth, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hashed form of an event: exactly these fields, whatever else the row carries. */
export function canonicalEvent(e: ChainedEvent): string {
  return canonicalJson({
    seq: e.seq,
    occurredAt: e.occurredAt.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    regionCode: e.regionCode,
    requestId: e.requestId,
    details: e.details,
  });
}

export function linkHash(prevHash: string, event: ChainedEvent): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalEvent(event))
    .digest('hex');
}

export interface StoredEvent extends ChainedEvent {
  prevHash: string;
  hash: string;
}

export type BreakKind = 'missing' | 'out_of_sequence' | 'unlinked' | 'altered' | 'head_mismatch';

export interface BrokenLink {
  seq: number;
  kind: BreakKind;
  reason: string;
}

const REASONS: Record<Locale, Record<BreakKind, string>> = {
  'zh-CN': {
    missing: '第 {seq} 号事件缺失（可能被删除），其后存储的是第 {found} 号',
    out_of_sequence: '第 {seq} 号事件的序号不连续（可能被插入）',
    unlinked: '第 {seq} 号事件未链接到第 {prev} 号事件的哈希（可能被插入或替换）',
    altered: '第 {seq} 号事件已被篡改：内容与其哈希不符',
    head_mismatch: '链头记录到第 {head} 号事件，但日志止于第 {last} 号（末尾事件可能被删除或篡改）',
  },
  en: {
    missing: 'event {seq} is missing (deleted?); the next stored event is {found}',
    out_of_sequence: 'event {seq} is out of sequence (inserted?)',
    unlinked: 'event {seq} does not link to the hash of event {prev} (inserted or replaced?)',
    altered: 'event {seq} was altered: its content does not match its hash',
    head_mismatch:
      'the chain head records event {head} but the log ends at event {last} (events deleted or altered at the end?)',
  },
};

export function brokenLink(
  kind: BreakKind,
  seq: number,
  values: Record<string, unknown> = {},
  locale: Locale = 'zh-CN',
): BrokenLink {
  return { seq, kind, reason: format(REASONS[locale][kind], { seq, ...values }) };
}

/** Checks one stored row against the link before it; returns why it is broken, if it is. */
export function checkLink(
  row: StoredEvent,
  expectedSeq: number,
  expectedPrev: string,
  locale: Locale = 'zh-CN',
): BrokenLink | null {
  if (row.seq > expectedSeq) return brokenLink('missing', expectedSeq, { found: row.seq }, locale);
  if (row.seq < expectedSeq) return brokenLink('out_of_sequence', row.seq, {}, locale);
  if (row.prevHash !== expectedPrev) {
    return brokenLink('unlinked', row.seq, { prev: row.seq - 1 }, locale);
  }
  if (linkHash(row.prevHash, row) !== row.hash) return brokenLink('altered', row.seq, {}, locale);
  return null;
}
