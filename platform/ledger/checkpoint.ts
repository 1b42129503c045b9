// Signed checkpoints in the C2SP formats: a tlog-checkpoint body (origin, size, root) in a
// signed note. The signature algorithm is a choice behind one interface: Ed25519 today; an
// SM2/SM3 signer (国密) can be added with its own signature type without changing the format.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface NoteSigner {
  /** The key name of the note, e.g. `gz.sifa/notary`. */
  name: string;
  algorithm: 'ed25519';
  keyId: Buffer;
  publicKey: Buffer;
  sign(message: Buffer): Buffer;
}

export interface NoteVerifier {
  name: string;
  keyId: Buffer;
  verify(message: Buffer, signature: Buffer): boolean;
}

/** C2SP signed-note signature types: 0x01 is Ed25519. */
const ED25519 = 0x01;

export function keyIdOf(name: string, type: number, publicKey: Buffer): Buffer {
  return createHash('sha256')
    .update(name)
    .update('\n')
    .update(Buffer.from([type]))
    .update(publicKey)
    .digest()
    .subarray(0, 4);
}

function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(der.length - 32));
}

export function ed25519Signer(name: string, privateKey: KeyObject): NoteSigner {
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  return {
    name,
    algorithm: 'ed25519',
    publicKey,
    keyId: keyIdOf(name, ED25519, publicKey),
    sign: (m) => sign(null, m, privateKey),
  };
}

export function ed25519Verifier(name: string, publicKey: Buffer): NoteVerifier {
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]);
  const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  return {
    name,
    keyId: keyIdOf(name, ED25519, publicKey),
    verify: (m, s) => verify(null, m, key, s),
  };
}

/** The signer's key pair, created at first start in the key directory (a path in config). */
export function loadOrCreateSigner(keyDir: string, name: string): NoteSigner {
  const file = join(keyDir, 'ledger-ed25519.pem');
  if (!existsSync(file)) {
    mkdirSync(keyDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  }
  return ed25519Signer(name, createPrivateKey(readFileSync(file)));
}

export interface Checkpoint {
  origin: string;
  size: number;
  root: Buffer;
}

export function checkpointBody(c: Checkpoint): string {
  return `${c.origin}\n${c.size}\n${c.root.toString('base64')}\n`;
}

/** The signed note: body, a blank line, and one signature line per signer. */
export function signCheckpoint(c: Checkpoint, signer: NoteSigner): string {
  const body = checkpointBody(c);
  const signature = signer.sign(Buffer.from(body));
  return `${body}\n— ${signer.name} ${Buffer.concat([signer.keyId, signature]).toString('base64')}\n`;
}

/** Parses and verifies a signed checkpoint note; null when malformed or not signed by `verifier`. */
export function openCheckpoint(note: string, verifier: NoteVerifier): Checkpoint | null {
  const split = note.indexOf('\n\n');
  if (split < 0) return null;
  const body = note.slice(0, split + 1);
  const [origin, size, root, extra] = body.split('\n');
  if (!origin || !/^\d+$/.test(size ?? '') || !root || extra !== '') return null;
  for (const line of note.slice(split + 2).split('\n')) {
    const m = /^— (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
    if (!m || m[1] !== verifier.name) continue;
    const raw = Buffer.from(m[2]!, 'base64');
    if (!raw.subarray(0, 4).equals(verifier.keyId)) continue;
    if (verifier.verify(Buffer.from(body), raw.subarray(4))) {
      return { origin, size: Number(size), root: Buffer.from(root, 'base64') };
    }
  }
  return null;
}
