import { describe, expect, it } from 'vitest';
import { canonicalJson, checkLink, GENESIS_HASH, linkHash, type StoredEvent } from './chain.js';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: [3, { d: 1, c: 2 }] }, a: null }, '{"a":null,"z":{"y":[3,{"c":2,"d":1}]}}'],
    [{ skip: undefined, keep: '中文' }, '{"keep":"中文"}'],
    [new Date('2026-01-02T03:04:05.678Z'), '"2026-01-02T03:04:05.678Z"'],
    ['x', '"x"'],
  ])('%j -> %s', (value, text) => expect(canonicalJson(value)).toBe(text));
});

describe('checkLink', () => {
  const event = {
    seq: 1,
    occurredAt: new Date('2026-11-27T00:00:00Z'),
    actorId: null,
    actorName: null,
    action: 'a',
    entityType: 't',
    entityId: null,
    regionCode: null,
    requestId: null,
    details: {},
  };
  const stored: StoredEvent = {
    ...event,
    prevHash: GENESIS_HASH,
    hash: linkHash(GENESIS_HASH, event),
  };

  it.each([
    ['an intact link', stored, null],
    ['a changed action', { ...stored, action: 'b' }, 'altered'],
    ['a wrong previous hash', { ...stored, prevHash: 'f'.repeat(64) }, 'unlinked'],
    ['a later sequence number', { ...stored, seq: 2 }, 'missing'],
  ])('finds %s', (_name, row, kind) => {
    expect(checkLink(row, 1, GENESIS_HASH)?.kind ?? null).toBe(kind);
  });
});
