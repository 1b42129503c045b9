import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../db/index.js';
import { createTestApp, type TestApp } from '../testing/app.js';
import { ed25519Verifier, openCheckpoint } from './checkpoint.js';
import { appendEntry, integrate } from './log.js';
import { leafHash, verifyInclusion } from './merkle.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (let i = 0; i < 11; i++)
    await withTx(t.database.db, (tx) => appendEntry(tx, 'notary', Buffer.from(`cert-${i}`)));
  await integrate(t.database.db, 'notary', t.app.sifa.ledgerSigner);
});
afterAll(() => t.close());

describe('the public ledger API', () => {
  it('lets anyone check an entry against the signed checkpoint with the published key', async () => {
    const key = (await t.app.inject({ method: 'GET', url: '/api/public/ledger/key' })).json();
    const verifier = ed25519Verifier(key.name, Buffer.from(key.publicKey, 'base64'));
    const note = (
      await t.app.inject({ method: 'GET', url: '/api/public/ledger/notary/checkpoint' })
    ).body;
    const checkpoint = openCheckpoint(note, verifier)!;
    expect(checkpoint.size).toBe(11);
    const { proof } = (
      await t.app.inject({ method: 'GET', url: '/api/public/ledger/notary/inclusion?index=7' })
    ).json();
    const hashes = (proof as string[]).map((p) => Buffer.from(p, 'base64'));
    expect(verifyInclusion(7, 11, leafHash(Buffer.from('cert-7')), hashes, checkpoint.root)).toBe(
      true,
    );
    expect(verifyInclusion(7, 11, leafHash(Buffer.from('cert-8')), hashes, checkpoint.root)).toBe(
      false,
    );
  });

  it.each([
    ['/api/public/ledger/unknown/checkpoint', 404, 'LEDGER_NOT_FOUND'],
    ['/api/public/ledger/notary/inclusion?index=11', 400, 'LEDGER_PROOF_OUT_OF_RANGE'],
    ['/api/public/ledger/notary/consistency?from=5&to=3', 400, 'LEDGER_PROOF_OUT_OF_RANGE'],
    ['/api/public/ledger/notary/consistency?from=5&to=20', 400, 'LEDGER_PROOF_OUT_OF_RANGE'],
    ['/api/public/ledger/Bad!/checkpoint', 400, 'VALIDATION_FAILED'],
  ])('GET %s -> %i %s', async (url, status, code) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
  });
});
