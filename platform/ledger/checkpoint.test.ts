import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ed25519Signer, ed25519Verifier, openCheckpoint, signCheckpoint } from './checkpoint.js';

const { privateKey } = generateKeyPairSync('ed25519');
const signer = ed25519Signer('gz.sifa/notary', privateKey);
const verifier = ed25519Verifier('gz.sifa/notary', signer.publicKey);
const checkpoint = {
  origin: 'gz.sifa/notary',
  size: 8,
  root: Buffer.from('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328', 'hex'),
};

describe('signed checkpoints (C2SP signed note)', () => {
  it('writes the tlog-checkpoint body and one Ed25519 signature line', () => {
    const note = signCheckpoint(checkpoint, signer);
    const [body, signatures] = note.split('\n\n');
    expect(body).toBe('gz.sifa/notary\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=');
    expect(signatures).toMatch(/^— gz\.sifa\/notary [A-Za-z0-9+/]+=*\n$/);
    // 4-byte key id + 64-byte signature.
    expect(Buffer.from(signatures!.trim().split(' ')[2]!, 'base64')).toHaveLength(68);
    expect(openCheckpoint(note, verifier)).toEqual(checkpoint);
  });

  it.each([
    ['a changed size', (n: string) => n.replace('\n8\n', '\n9\n')],
    ['a changed root', (n: string) => n.replace('Xcna', 'Ycna')],
    [
      'a signature by another key',
      () =>
        signCheckpoint(
          checkpoint,
          ed25519Signer('gz.sifa/notary', generateKeyPairSync('ed25519').privateKey),
        ),
    ],
    ['no signature', (n: string) => n.split('\n\n')[0] + '\n\n'],
  ])('rejects %s', (_name, change) => {
    expect(openCheckpoint(change(signCheckpoint(checkpoint, signer)), verifier)).toBeNull();
  });
});
