import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataCipher, DataKeyMissingError, loadDataKey } from './index.js';

const cipher = new DataCipher(Buffer.alloc(32, 7));

describe('DataCipher', () => {
  it('round-trips a value and never stores it in clear', () => {
    const stored = cipher.encrypt('44010619900101123X');
    expect(stored).not.toContain('44010619900101123X');
    expect(stored.startsWith('v1:')).toBe(true);
    expect(cipher.decrypt(stored)).toBe('44010619900101123X');
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('detects a changed ciphertext', () => {
    const stored = cipher.encrypt('13812345678');
    const raw = Buffer.from(stored.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => cipher.decrypt(`v1:${raw.toString('base64')}`)).toThrow();
  });

  it('gives a stable blind index per key, case-insensitive for the X', () => {
    expect(cipher.blindIndex('44010619900101123x')).toBe(cipher.blindIndex(' 44010619900101123X'));
    expect(new DataCipher(Buffer.alloc(32, 8)).blindIndex('a')).not.toBe(cipher.blindIndex('a'));
  });
});

describe('loadDataKey', () => {
  it('generates a private key file once when allowed, and refuses when not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sifa-key-'));
    try {
      expect(() => loadDataKey({ keyDir: dir, generate: false })).toThrow(DataKeyMissingError);
      const key = loadDataKey({ keyDir: dir, generate: true });
      expect(key).toHaveLength(32);
      expect(statSync(join(dir, 'data.key')).mode & 0o777).toBe(0o600);
      expect(loadDataKey({ keyDir: dir, generate: false }).equals(key)).toBe(true);
      expect(readFileSync(join(dir, 'data.key'), 'utf8').trim()).toBe(key.toString('base64'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes SIFA_DATA_KEY first and checks its length', () => {
    const b64 = Buffer.alloc(32, 1).toString('base64');
    expect(loadDataKey({ base64: b64, keyDir: '/nonexistent', generate: false })).toHaveLength(32);
    expect(() => loadDataKey({ base64: 'c2hvcnQ=', keyDir: '/x', generate: false })).toThrow(
      /32 bytes/,
    );
  });
});
