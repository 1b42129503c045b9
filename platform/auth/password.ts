// Password hashing with argon2id (OWASP's recommended parameters) and the strength rule.
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id: the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

const PARAMS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the user does not exist, so timing tells nothing. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('sifa-dummy-password-for-timing');
  return dummyHash;
}

/** At least `minLength` characters, with letters and digits. */
export function isStrongPassword(password: string, minLength: number): boolean {
  return password.length >= minLength && /[A-Za-z]/.test(password) && /\d/.test(password);
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A temporary password for a reset: readable (no 0/O, 1/l) and always strong. */
export function temporaryPassword(length = 12): string {
  for (;;) {
    let out = '';
    for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
    if (isStrongPassword(out, length)) return out;
  }
}
