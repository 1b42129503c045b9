import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeSubtrees,
  consistencyPath,
  consistencyProof,
  EMPTY_ROOT,
  inclusionPath,
  inclusionProof,
  leafHash,
  rootFromLeaves,
  type SubtreeHash,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';

// The test vectors of RFC 6962's reference implementation (certificate-transparency).
const LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((h) => Buffer.from(h, 'hex'));
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const hashes = LEAVES.map(leafHash);
const oracle =
  (leaves: Buffer[]): SubtreeHash =>
  (a, b) =>
    rootFromLeaves(leaves.slice(a, b));
const hex = (list: Buffer[]) => list.map((h) => h.toString('hex'));

describe('RFC 6962 / 9162 known answers', () => {
  it('the empty tree is SHA-256 of nothing', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it.each(ROOTS.map((root, i) => [i + 1, root] as const))(
    'the root of the first %i leaves',
    (n, root) => {
      expect(rootFromLeaves(hashes.slice(0, n)).toString('hex')).toBe(root);
    },
  );

  it.each([
    [
      0,
      8,
      [
        '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
        '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
      ],
    ],
    [
      5,
      8,
      [
        'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
        'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
        'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
      ],
    ],
    [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
    [
      1,
      5,
      [
        '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
        'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      ],
    ],
  ] as const)('the inclusion proof of leaf %i in a tree of %i', async (index, size, expected) => {
    const proof = await inclusionProof(index, size, oracle(hashes));
    expect(hex(proof)).toEqual(expected);
    expect(
      verifyInclusion(index, size, hashes[index]!, proof, Buffer.from(ROOTS[size - 1]!, 'hex')),
    ).toBe(true);
  });

  it.each([
    [
      1,
      8,
      [
        '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
        '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
      ],
    ],
    [
      6,
      8,
      [
        '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
        'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
        'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
      ],
    ],
    [
      2,
      5,
      [
        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
        'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      ],
    ],
  ] as const)('the consistency proof from %i to %i leaves', async (m, n, expected) => {
    const proof = await consistencyProof(m, n, oracle(hashes));
    expect(hex(proof)).toEqual(expected);
    expect(
      verifyConsistency(
        m,
        n,
        Buffer.from(ROOTS[m - 1]!, 'hex'),
        Buffer.from(ROOTS[n - 1]!, 'hex'),
        proof,
      ),
    ).toBe(true);
  });
});

const tree = fc
  .array(fc.uint8Array({ maxLength: 8 }), { minLength: 1, maxLength: 70 })
  .map((entries) => entries.map(leafHash));
const flip = (h: Buffer) => {
  const c = Buffer.from(h);
  c[0]! ^= 1;
  return c;
};

describe('properties over random trees', () => {
  it('every inclusion proof verifies, and fails for a changed leaf or proof', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.nat(), async (leaves, seed) => {
        const index = seed % leaves.length;
        const root = rootFromLeaves(leaves);
        const proof = await inclusionProof(index, leaves.length, oracle(leaves));
        expect(verifyInclusion(index, leaves.length, leaves[index]!, proof, root)).toBe(true);
        expect(verifyInclusion(index, leaves.length, flip(leaves[index]!), proof, root)).toBe(
          false,
        );
        if (proof.length > 0) {
          const bad = [...proof];
          bad[seed % bad.length] = flip(bad[seed % bad.length]!);
          expect(verifyInclusion(index, leaves.length, leaves[index]!, bad, root)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every consistency proof verifies, and fails for a rewritten past', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.nat(), async (leaves, seed) => {
        const m = 1 + (seed % leaves.length);
        const n = leaves.length;
        const oldRoot = rootFromLeaves(leaves.slice(0, m));
        const newRoot = rootFromLeaves(leaves);
        const proof = await consistencyProof(m, n, oracle(leaves));
        expect(verifyConsistency(m, n, oldRoot, newRoot, proof)).toBe(true);
        if (m < n) {
          const rewritten = [...leaves];
          rewritten[seed % m] = flip(rewritten[seed % m]!);
          expect(verifyConsistency(m, n, oldRoot, rootFromLeaves(rewritten), proof)).toBe(false);
          const bad = [...proof];
          bad[seed % bad.length] = flip(bad[seed % bad.length]!);
          expect(verifyConsistency(m, n, oldRoot, newRoot, bad)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the stored nodes a proof needs', () => {
  const covers = (start: number, end: number) => {
    const parts = completeSubtrees(start, end);
    let at = start;
    for (const { level, idx } of parts) {
      expect(idx * 2 ** level).toBe(at);
      at += 2 ** level;
    }
    expect(at).toBe(end);
    return parts.length;
  };

  it.each([
    [0, 1, 1],
    [0, 8, 1],
    [0, 7, 3],
    [8, 12, 1],
    [0, 1_000_000, 7],
  ])('the range [%i, %i) is %i complete subtree(s), in order and aligned', (a, b, count) => {
    expect(covers(a, b)).toBe(count);
  });

  it('every range of every proof is covered exactly by complete subtrees', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), (size, seed) => {
        const index = seed % size;
        const old = 1 + (seed % size);
        for (const [a, b] of [...inclusionPath(index, size), ...consistencyPath(old, size)])
          covers(a, b);
      }),
      { numRuns: 300 },
    );
  });
});
