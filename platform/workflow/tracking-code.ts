// The tracking code an applicant follows a case with on the public pages (进度查询), shown once on
// the receipt: characters without look-alikes (no 0/O, 1/I), read over the phone or copied by
// hand. Only a keyed hash is stored — the data key's blind index under the module's scope — so a
// copy of the database does not let anyone test codes offline.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { DataCipher } from '../crypto/index.js';

export const TRACKING_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newTrackingCode(length = 8): string {
  return Array.from({ length }, () => TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)]).join(
    '',
  );
}

/** The code as issued, from what a person typed: spaces and dashes dropped, upper case. */
export const normalizeTrackingCode = (code: string): string =>
  code.replace(/[\s-]/g, '').toUpperCase();

/** The stored form of a code: the keyed hash, scoped by module so codes do not collide. */
export const trackingCodeIndex = (cipher: DataCipher, scope: string, code: string): string =>
  cipher.blindIndex(`${scope}-tracking:${normalizeTrackingCode(code)}`);

/**
 * Whether `code` is the one stored for a case, in constant time. `legacy` also accepts the plain
 * SHA-256 that reconsideration stored before codes were keyed.
 */
export function trackingCodeMatches(
  cipher: DataCipher,
  scope: string,
  stored: string | null | undefined,
  code: string,
  options: { legacy?: boolean } = {},
): boolean {
  if (!stored) return false;
  const same = (candidate: string) =>
    candidate.length === stored.length &&
    timingSafeEqual(Buffer.from(candidate), Buffer.from(stored));
  if (same(trackingCodeIndex(cipher, scope, code))) return true;
  if (!options.legacy) return false;
  return same(createHash('sha256').update(normalizeTrackingCode(code)).digest('hex'));
}
