// The in-browser verification against trees of many sizes: proofs built here by RFC 9162 §2.1.3.1
// (PATH) from the tree's MTH, checkpoints signed with a fresh Ed25519 key, all with WebCrypto.
import { describe, expect, it } from 'vitest';
import { keyIdOf, leafHash, nodeHash, verifyBundle, type OfflineBundle } from './offline-verify';

const encoder = new TextEncoder();
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

const splitPoint = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);

async function mth(leaves: Uint8Array[]): Promise<Uint8Array> {
  if (leaves.length === 1) return leaves[0]!;
  const k = splitPoint(leaves.length);
  return nodeHash(await mth(leaves.slice(0, k)), await mth(leaves.slice(k)));
}

async function path(m: number, leaves: Uint8Array[]): Promise<Uint8Array[]> {
  if (leaves.length <= 1) return [];
  const k = splitPoint(leaves.length);
  return m < k
    ? [...(await path(m, leaves.slice(0, k))), await mth(leaves.slice(k))]
    : [...(await path(m - k, leaves.slice(k))), await mth(leaves.slice(0, k))];
}

async function bundleFor(index: number, size: number): Promise<OfflineBundle> {
  const entries = Array.from({ length: size }, (_, i) =>
    encoder.encode(
      JSON.stringify({ number: `(2026)粤广州广州证字第${i + 1}号`, type: 'certificate' }),
    ),
  );
  const leaves = await Promise.all(entries.map((e) => leafHash(e)));
  const root = await mth(leaves);
  const keys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
  const keyName = 'gz.sifa/notary';
  const body = `${keyName}\n${size}\n${toBase64(root)}\n`;
  const signature = new Uint8Array(
    await crypto.subtle.sign('Ed25519', keys.privateKey, encoder.encode(body)),
  );
  const keyId = await keyIdOf(keyName, publicKey);
  return {
    certificate: toBase64(entries[index]!),
    leafIndex: index,
    treeSize: size,
    inclusionProof: (await path(index, leaves)).map(toBase64),
    checkpoint: `${body}\n— ${keyName} ${toBase64(new Uint8Array([...keyId, ...signature]))}\n`,
    publicKey: toBase64(publicKey),
    keyName,
  };
}

describe('verifyBundle', () => {
  it('accepts every leaf of trees of 1 to 9 leaves', async () => {
    for (let size = 1; size <= 9; size += 1) {
      for (let index = 0; index < size; index += 1) {
        const result = await verifyBundle(JSON.stringify(await bundleFor(index, size)));
        expect(result.checks, `leaf ${index} of ${size}`).toEqual({
          signature: true,
          root: true,
          inclusion: true,
        });
      }
    }
  });

  it('fails the proof on a changed entry, the signature on a changed note or key name', async () => {
    const bundle = await bundleFor(3, 7);
    const entry = atob(bundle.certificate);
    const changed = { ...bundle, certificate: btoa(entry.slice(0, 5) + 'X' + entry.slice(6)) };
    expect((await verifyBundle(changed)).checks).toEqual({
      signature: true,
      root: false,
      inclusion: false,
    });
    const otherIndex = { ...bundle, leafIndex: 2 };
    expect((await verifyBundle(otherIndex)).ok).toBe(false);
    const forged = { ...bundle, checkpoint: bundle.checkpoint.replace('\n7\n', '\n8\n') };
    expect((await verifyBundle(forged)).checks.signature).toBe(false);
    const renamed = { ...bundle, keyName: 'other/notary' };
    expect((await verifyBundle(renamed)).checks.signature).toBe(false);
    expect((await verifyBundle('{not json')).malformed).not.toBeNull();
  });
});
