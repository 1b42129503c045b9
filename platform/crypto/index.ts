// Personal data at rest: AES-256-GCM for values (身份证号, phone, address), and a keyed hash
// (HMAC-SHA-256) as a blind index so that an encrypted ID number can still be looked up.
// Both subkeys derive from one data key (HKDF), kept outside the database.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = 'v1';

export class DataCipher {
  private readonly encKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(dataKey: Buffer) {
    if (dataKey.length !== 32) throw new Error('the data key must be 32 bytes');
    this.encKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'sifa/encrypt', 32));
    this.indexKey = Buffer.from(
      hkdfSync('sha256', dataKey, Buffer.alloc(0), 'sifa/blind-index', 32),
    );
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    const [version, payload] = stored.split(':');
    if (version !== VERSION || !payload) throw new Error('unknown ciphertext format');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** The same value always gives the same index; without the key it reveals nothing. */
  blindIndex(value: string): string {
    return createHmac('sha256', this.indexKey).update(value.trim().toUpperCase()).digest('hex');
  }
}

export class DataKeyMissingError extends Error {}

/**
 * The data key: SIFA_DATA_KEY (base64) when set, else `data.key` in the key directory, created
 * at first start when `generate` is allowed (the embedded default). A server deployment must
 * provide it, or several instances would each invent their own.
 */
export function loadDataKey(options: {
  base64?: string | undefined;
  keyDir: string;
  generate: boolean;
}): Buffer {
  if (options.base64) {
    const key = Buffer.from(options.base64, 'base64');
    if (key.length !== 32)
      throw new DataKeyMissingError(
        'SIFA_DATA_KEY must be 32 bytes in base64 (e.g. openssl rand -base64 32)',
      );
    return key;
  }
  const file = join(options.keyDir, 'data.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (!options.generate) {
    throw new DataKeyMissingError(
      `No data key: set SIFA_DATA_KEY (openssl rand -base64 32) or put it in ${file}. Keep it safe: without it encrypted personal data cannot be read.`,
    );
  }
  const key = randomBytes(32);
  mkdirSync(options.keyDir, { recursive: true });
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}
