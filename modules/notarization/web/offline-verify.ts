// Offline verification of a certificate's proof bundle, entirely in the browser with WebCrypto:
// the checkpoint's Ed25519 signature (C2SP signed note), the RFC 9162 inclusion proof of the
// certificate's ledger entry, and that the checkpoint's root is the root the proof leads to.
// No React and no server call: the bundle alone is enough.

export interface OfflineBundle {
  certificate: string;
  leafIndex: number;
  treeSize: number;
  inclusionProof: string[];
  checkpoint: string;
  publicKey: string;
  keyName: string;
}

export type CheckName = 'signature' | 'root' | 'inclusion';

export interface OfflineResult {
  /** Every check passed. */
  ok: boolean;
  checks: Record<CheckName, boolean>;
  /** The ledger entry (sorted-key JSON) when it could be read. */
  entry: Record<string, unknown> | null;
  /** Why the bundle could not even be read (bad JSON, bad base64, missing fields). */
  malformed: string | null;
}

const ED25519_TYPE = 0x01;
const encoder = new TextEncoder();

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', concat(...parts)));
}

const equal = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/** RFC 9162 §2.1.1: leaf hash = SHA-256(0x00 || entry). */
export const leafHash = (entry: Uint8Array) => sha256(new Uint8Array([0]), entry);
/** RFC 9162 §2.1.1: node hash = SHA-256(0x01 || left || right). */
export const nodeHash = (left: Uint8Array, right: Uint8Array) =>
  sha256(new Uint8Array([1]), left, right);

/** RFC 9162 §2.1.3.2: the root an inclusion proof leads to, or null when the proof is malformed. */
export async function rootFromProof(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: Uint8Array[],
): Promise<Uint8Array | null> {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size)
    return null;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 ? r : null;
}

/** The C2SP key id: the first 4 bytes of SHA-256(name || "\n" || 0x01 || public key). */
export async function keyIdOf(name: string, publicKey: Uint8Array): Promise<Uint8Array> {
  const hash = await sha256(encoder.encode(`${name}\n`), new Uint8Array([ED25519_TYPE]), publicKey);
  return hash.slice(0, 4);
}

interface OpenedNote {
  size: number;
  root: Uint8Array;
  signed: boolean;
}

/** Parses the signed note and checks the signature line of `keyName` (key id, then Ed25519). */
async function openNote(note: string, keyName: string, publicKey: Uint8Array<ArrayBuffer>) {
  const split = note.indexOf('\n\n');
  if (split < 0) return null;
  const body = note.slice(0, split + 1);
  const [origin, size, root, extra] = body.split('\n');
  if (!origin || !/^\d+$/.test(size ?? '') || !root || extra !== '') return null;
  const opened: OpenedNote = { size: Number(size), root: fromBase64(root), signed: false };
  const keyId = await keyIdOf(keyName, publicKey);
  const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, [
    'verify',
  ]);
  for (const line of note.slice(split + 2).split('\n')) {
    const match = /^— (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
    if (!match || match[1] !== keyName) continue;
    const raw = fromBase64(match[2]!);
    if (!equal(raw.slice(0, 4), keyId)) continue;
    if (await crypto.subtle.verify('Ed25519', key, raw.slice(4), encoder.encode(body))) {
      opened.signed = true;
      break;
    }
  }
  return opened;
}

function parseBundle(input: string | OfflineBundle): OfflineBundle {
  const bundle = (typeof input === 'string' ? JSON.parse(input) : input) as OfflineBundle;
  const fields = ['certificate', 'checkpoint', 'publicKey', 'keyName'] as const;
  if (
    fields.some((f) => typeof bundle?.[f] !== 'string') ||
    typeof bundle.leafIndex !== 'number' ||
    typeof bundle.treeSize !== 'number' ||
    !Array.isArray(bundle.inclusionProof)
  )
    throw new Error('missing fields');
  return bundle;
}

function readEntry(bytes: Uint8Array): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const FAILED: Record<CheckName, boolean> = { signature: false, root: false, inclusion: false };

/** Verifies a proof bundle (its JSON text or the parsed object) without any server call. */
export async function verifyBundle(input: string | OfflineBundle): Promise<OfflineResult> {
  let bundle: OfflineBundle;
  let entryBytes: Uint8Array;
  let proof: Uint8Array[];
  let publicKey: Uint8Array<ArrayBuffer>;
  try {
    bundle = parseBundle(input);
    entryBytes = fromBase64(bundle.certificate);
    proof = bundle.inclusionProof.map((p) => fromBase64(p));
    publicKey = fromBase64(bundle.publicKey);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, checks: { ...FAILED }, entry: null, malformed: reason };
  }
  const entry = readEntry(entryBytes);
  let note: OpenedNote | null = null;
  try {
    note = await openNote(bundle.checkpoint, bundle.keyName, publicKey);
  } catch {
    note = null;
  }
  const computed = await rootFromProof(
    bundle.leafIndex,
    bundle.treeSize,
    await leafHash(entryBytes),
    proof,
  );
  const rootMatches = note !== null && computed !== null && equal(computed, note.root);
  const checks: Record<CheckName, boolean> = {
    signature: note?.signed === true,
    root: rootMatches && note?.size === bundle.treeSize,
    inclusion: rootMatches,
  };
  return { ok: Object.values(checks).every(Boolean), checks, entry, malformed: null };
}
