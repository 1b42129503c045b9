// Proving who a citizen is before they see their own file: an interface that a real identity
// provider (粤省事, a national e-ID) can implement later, and the rules of the first one, a
// one-time code a clerk gives the person at a service window.
import { randomInt } from 'node:crypto';
import type { Tx } from '../../../platform/db/index.js';
import type { RequestContext } from '../../../platform/http/context.js';

/** What the citizen presents: their ID number and a proof (a one-time code, a provider's ticket). */
export interface IdentityClaim {
  idNumber: string;
  proof: string;
}

export interface VerifiedIdentity {
  /** `DataCipher.blindIndex` of the verified ID number: the key of everything the person sees. */
  idNumberIndex: string;
  /** Their person file, when one exists. */
  personId: string | null;
  /** Which verifier proved it, e.g. `one_time_code`. */
  method: string;
}

export interface IdentityVerifier {
  readonly method: string;
  /**
   * The identity the claim proves, or null when it proves nothing. Runs inside the verification
   * transaction, so a proof it consumes (a single-use code) is consumed only on success.
   */
  verify(tx: Tx, ctx: RequestContext, claim: IdentityClaim): Promise<VerifiedIdentity | null>;
}

export const ONE_TIME_CODE = {
  digits: 6,
  ttlMinutes: 15,
} as const;

/** Failed checks allowed in the window, per person (ID number) and per client address. */
export const VERIFICATION_LIMITS = {
  windowMinutes: 15,
  perPerson: 5,
  perClient: 20,
} as const;

/** How long the citizen pages stay open after a successful check. */
export const CITIZEN_SESSION_MINUTES = 30;
export const CITIZEN_COOKIE = 'sifa_citizen';

export function newOneTimeCode(): string {
  return String(randomInt(0, 10 ** ONE_TIME_CODE.digits)).padStart(ONE_TIME_CODE.digits, '0');
}

/** The text whose keyed hash is stored: bound to the person, so a code fits one file only. */
export const codeHashInput = (personId: string, code: string) =>
  `one-time-code:${personId}:${code}`;

/**
 * Minutes to wait when `failures` (newest first, inside the window) reached `limit`, else 0:
 * the oldest counted failure has to leave the window.
 */
export function lockoutMinutes(failures: Date[], limit: number, now: Date): number {
  if (failures.length < limit) return 0;
  const sorted = [...failures].sort((a, b) => b.getTime() - a.getTime());
  const oldestCounted = sorted[limit - 1]!;
  const until = oldestCounted.getTime() + VERIFICATION_LIMITS.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
}
