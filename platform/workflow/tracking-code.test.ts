import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DataCipher } from '../crypto/index.js';
import {
  newTrackingCode,
  normalizeTrackingCode,
  TRACKING_ALPHABET,
  trackingCodeIndex,
  trackingCodeMatches,
} from './tracking-code.js';

const cipher = new DataCipher(Buffer.alloc(32, 7));

describe('tracking codes', () => {
  it('are made of characters without look-alikes, at the length asked', () => {
    for (const length of [8, 10]) {
      const code = newTrackingCode(length);
      expect(code).toHaveLength(length);
      for (const ch of code) expect(TRACKING_ALPHABET).toContain(ch);
    }
    expect(TRACKING_ALPHABET).not.toMatch(/[01IO]/);
  });

  it.each([
    ['ABCD-EFGH', 'ABCDEFGH'],
    [' abcd efgh ', 'ABCDEFGH'],
    ['ABCDEFGH', 'ABCDEFGH'],
  ])('reads %j as typed by a person as %s', (typed, issued) => {
    expect(normalizeTrackingCode(typed)).toBe(issued);
    expect(trackingCodeMatches(cipher, 'm', trackingCodeIndex(cipher, 'm', issued), typed)).toBe(
      true,
    );
  });

  it('stores a keyed hash that differs per module and per data key', () => {
    const index = trackingCodeIndex(cipher, 'legal-aid', 'ABCDEFGH');
    expect(index).not.toContain('ABCDEFGH');
    expect(index).not.toBe(trackingCodeIndex(cipher, 'mediation', 'ABCDEFGH'));
    expect(index).not.toBe(
      trackingCodeIndex(new DataCipher(Buffer.alloc(32, 8)), 'legal-aid', 'ABCDEFGH'),
    );
  });

  it('refuses another code, another module and a case without a code', () => {
    const stored = trackingCodeIndex(cipher, 'legal-aid', 'ABCDEFGH');
    expect(trackingCodeMatches(cipher, 'legal-aid', stored, 'ABCDEFGJ')).toBe(false);
    expect(trackingCodeMatches(cipher, 'mediation', stored, 'ABCDEFGH')).toBe(false);
    expect(trackingCodeMatches(cipher, 'legal-aid', null, 'ABCDEFGH')).toBe(false);
  });

  it('accepts the plain SHA-256 of older reconsideration cases only when asked to', () => {
    const legacy = createHash('sha256').update('ABCDEFGH').digest('hex');
    expect(trackingCodeMatches(cipher, 'reconsideration', legacy, 'abcdefgh')).toBe(false);
    expect(
      trackingCodeMatches(cipher, 'reconsideration', legacy, 'abcdefgh', { legacy: true }),
    ).toBe(true);
  });
});
