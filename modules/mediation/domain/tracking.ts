// The tracking code a party follows a dispute with on the public page: 8 characters without
// look-alikes (no I, O, 0, 1); only its SHA-256 is stored.
import { createHash, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const newTrackingCode = (): string =>
  Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export const hashTrackingCode = (code: string): string =>
  createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
