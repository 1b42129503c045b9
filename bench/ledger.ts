// Ledger benchmark: what the transparency log (platform/ledger) costs beside the SHA-256 work
// it cannot avoid. In one run, on one fresh database:
//   1. raw SHA-256 of this machine (100-byte inputs, and 65-byte node inputs), the floor;
//   2. appends per second, one writer: withTx(db, tx => appendEntry(tx, 'bench', entry));
//   3. appends per second, 50 concurrent writers, then a check for gaps or duplicate indexes;
//   4. at BENCH_LEDGER_SIZE entries (1,000,000): the log is bulk-filled (see bench/lib/
//      ledger-fill.ts: raw INSERTs that bypass per-append transactions, only to reach the size
//      quickly), integrate() builds the tree and signs a checkpoint, then inclusion and
//      consistency proofs are generated from the stored nodes and verified, each beside the time
//      of the SHA-256 hashes its verification computes.
//
//   npm run bench:ledger                                  in-memory PGlite
//   TEST_DATABASE_URL=postgres://… npm run bench:ledger   a fresh database on that server
//
// BENCH_LEDGER_SIZE (1000000), BENCH_LEDGER_BATCH (50000, integrate's batch: each level of a
// batch is one INSERT with two array parameters, whatever its size), BENCH_APPENDS
// (2000 per append phase), BENCH_APPEND_SECONDS (20, per append phase), BENCH_WRITERS (50),
// BENCH_PROOFS (200 of each kind). The run prints what it has and stops after
// BENCH_TIMEOUT_SECONDS (900). Figures only: a benchmark, not a test.
import { generateKeyPairSync } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rows, withTx } from '../platform/db/index.js';
import { ed25519Signer } from '../platform/ledger/checkpoint.js';
import {
  appendEntry,
  integrate,
  latestCheckpoint,
  proveConsistency,
  proveInclusion,
  rootAt,
} from '../platform/ledger/log.js';
import { verifyConsistency, verifyInclusion } from '../platform/ledger/merkle.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/db.js';
import { benchEntry, bulkFill, ENTRY_BYTES } from './lib/ledger-fill.js';
import { startWatchdog } from './lib/ledger-watchdog.js';
import {
  consistencyHashes,
  fmt,
  inclusionHashes,
  now,
  percentile,
  renderTable,
  prng,
  type Row,
  sha256PerSecond,
  timeHashes,
} from './lib/ledger-measure.js';

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

const SIZE = intEnv('BENCH_LEDGER_SIZE', 1_000_000, 10_000, 10_000_000);
const BATCH = intEnv('BENCH_LEDGER_BATCH', 50_000, 1, 1_000_000);
const APPENDS = intEnv('BENCH_APPENDS', 2_000, 1, 1_000_000);
const APPEND_SECONDS = intEnv('BENCH_APPEND_SECONDS', 20, 1, 600);
const WRITERS = intEnv('BENCH_WRITERS', 50, 1, 500);
const PROOFS = intEnv('BENCH_PROOFS', 200, 1, 100_000);
const TIMEOUT_SECONDS = intEnv('BENCH_TIMEOUT_SECONDS', 900, 60, 7200);
const FILL_BATCH = 5_000;
const LOG = 'bench';

const results: Row[] = [];
let title = 'ledger';
const phaseSeconds: [string, number][] = [];
const started = Date.now();

const seconds = (fromMs: number) => (Date.now() - fromMs) / 1000;
const mb = () => `${fmt(process.memoryUsage().rss / 2 ** 20)} MB RSS`;
const log = (text: string) => console.log(`bench: [${seconds(started).toFixed(0)} s] ${text}`);
/** The first line of an error and of its cause (drizzle puts the whole statement in its message). */
function short(error: unknown): string {
  const e = error as Error & { cause?: Error };
  const text = e.cause?.message ?? e.message ?? String(error);
  return text.split('\n')[0]!.slice(0, 160);
}

function renderReport(): string {
  const phases = phaseSeconds.map(([p, s]) => `${p} ${s.toFixed(1)} s`).join('; ');
  return `${renderTable(title, results)}\nphase times: ${phases}\n`;
}

function report(): void {
  console.log(renderReport());
}

// PGlite keeps the main thread in microtasks during integrate() and the proof loops, where no
// timer of this thread runs: the worker prints progress and enforces the limit there.
const watchdogThread = startWatchdog({
  started,
  limitMs: TIMEOUT_SECONDS * 1000 + 20_000,
  tickMs: 15_000,
});

function record(row: Row): void {
  results.push(row);
  watchdogThread.report(renderReport());
}

async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  watchdogThread.busy(name);
  try {
    return await work();
  } finally {
    watchdogThread.busy('');
    phaseSeconds.push([name, seconds(start)]);
    watchdogThread.report(renderReport());
  }
}

/** Appends with `writers` concurrent loops until `total` entries or `budgetSeconds` pass. */
async function appendLoop(
  database: TestDatabase,
  writers: number,
  total: number,
  budgetSeconds: number,
): Promise<{ count: number; perSecond: number }> {
  let issued = 0;
  let done = 0;
  const end = Date.now() + budgetSeconds * 1000;
  const start = now();
  const worker = async () => {
    while (issued < total && Date.now() < end) {
      const seq = issued++;
      await withTx(database.db, (tx) => appendEntry(tx, LOG, benchEntry(1_000_000_000 + seq)));
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: writers }, worker));
  return { count: done, perSecond: done / ((now() - start) / 1e9) };
}

async function main(): Promise<void> {
  // createTestDatabase reads TEST_DATABASE_URL; a DATABASE_URL alone means the same server.
  if (!process.env.TEST_DATABASE_URL && process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  }
  const deadline = started + (TIMEOUT_SECONDS - 60) * 1000;
  database = await createTestDatabase({ reference: false });
  const db = database.db;
  const where = database.kind === 'pglite' ? 'PGlite in memory' : 'PostgreSQL (a fresh database)';
  title = `ledger '${LOG}' (${database.kind}), ${fmt(SIZE)} entries of ${ENTRY_BYTES} bytes`;
  log(`${where}; target size ${fmt(SIZE)} entries; budget ${TIMEOUT_SECONDS} s; ${mb()}`);

  // 1. The floor.
  const sha100 = sha256PerSecond(ENTRY_BYTES, 1);
  const sha65 = sha256PerSecond(65, 1);
  record({
    name: `raw SHA-256, ${ENTRY_BYTES} B input`,
    n: '~1 s',
    figure: `${fmt(sha100)} /s`,
    floor: '',
    ratio: '',
  });
  record({
    name: 'raw SHA-256, 65 B (a node)',
    n: '~1 s',
    figure: `${fmt(sha65)} /s`,
    floor: '',
    ratio: '',
  });
  log(`SHA-256: ${fmt(sha100)} /s (100 B), ${fmt(sha65)} /s (65 B)`);

  // 2. One writer. Each append hashes its entry once (the leaf hash): that is its floor.
  const single = await phase('append x1', () => appendLoop(database!, 1, APPENDS, APPEND_SECONDS));
  record({
    name: 'append, 1 writer',
    n: fmt(single.count),
    figure: `${fmt(single.perSecond)} /s`,
    floor: `${fmt(sha100)} /s`,
    ratio: `${fmt(sha100 / single.perSecond)}x`,
  });
  log(`1 writer: ${fmt(single.count)} appends, ${fmt(single.perSecond)} /s`);

  // 3. Concurrent writers, then the log must have no gaps and no duplicate indexes.
  const multi = await phase(`append x${WRITERS}`, () =>
    appendLoop(database!, WRITERS, APPENDS, APPEND_SECONDS),
  );
  const [check] = await rows<{ n: string; max: string; distinct: string; size: string }>(
    db,
    sql`select count(*) as n, max(e.idx) as max, count(distinct e.idx) as distinct,
          (select size from ledger.heads where log = ${LOG}) as size
        from ledger.entries e where e.log = ${LOG}`,
  );
  const [n, max, distinct, headSize] = [check!.n, check!.max, check!.distinct, check!.size].map(
    Number,
  ) as [number, number, number, number];
  const sound = n === max + 1 && n === distinct && n === headSize;
  record({
    name: `append, ${WRITERS} writers`,
    n: fmt(multi.count),
    figure: `${fmt(multi.perSecond)} /s`,
    floor: `${fmt(sha100)} /s`,
    ratio: `${fmt(sha100 / multi.perSecond)}x`,
  });
  record({
    name: '  indexes after both',
    n: fmt(n),
    figure: sound ? 'no gaps, no dups' : `GAPS OR DUPS: max ${max}, distinct ${distinct}`,
    floor: `head ${fmt(headSize)}`,
    ratio: '',
  });
  log(
    `${WRITERS} writers: ${fmt(multi.count)} appends, ${fmt(multi.perSecond)} /s; ` +
      `count ${n}, max(idx) ${max}, count(distinct idx) ${distinct}, head ${headSize}`,
  );

  // 4a. Bulk fill to SIZE (bypasses appendEntry: only to reach the size quickly).
  const fillStart = Date.now();
  const from = n;
  let lastPrinted = 0;
  const filled = await phase('bulk fill', () =>
    bulkFill(db, LOG, SIZE, {
      batch: FILL_BATCH,
      deadline,
      progress: (size) => {
        if (size - lastPrinted >= 100_000 || size === SIZE) {
          lastPrinted = size;
          log(`filled ${fmt(size)} / ${fmt(SIZE)} entries; ${mb()}`);
        }
      },
    }),
  );
  const fillSeconds = seconds(fillStart);
  record({
    name: '  bulk fill (setup, not Sifa)',
    n: fmt(filled - from),
    figure: `${fmt(fillSeconds, 1)} s (${fmt((filled - from) / fillSeconds)} rows/s)`,
    floor: '',
    ratio: '',
  });
  if (filled < SIZE) {
    log(`time budget spent while filling: the log has ${fmt(filled)} entries, not ${fmt(SIZE)}`);
    title += ` — ONLY ${fmt(filled)} REACHED`;
  }

  // 4b. Integrate the whole log in one call, as the platform's integrator would.
  const { privateKey } = generateKeyPairSync('ed25519');
  const signer = ed25519Signer('bench.sifa/ledger', privateKey);
  const batches = [BATCH];
  let integrated = 0;
  for (const batch of batches) {
    const start = Date.now();
    log(`integrate(db, '${LOG}', signer, ${fmt(batch)}) of ${fmt(filled)} entries…`);
    try {
      integrated = await phase(`integrate ${batch}`, () => integrate(db, LOG, signer, batch));
      const took = seconds(start);
      // Building the tree computes one node hash per internal node: about one per leaf.
      const floorSeconds = (integrated - 1) / sha65;
      record({
        name: `integrate, batch ${fmt(batch)}`,
        n: fmt(integrated),
        figure: `${fmt(took, 1)} s (${fmt(integrated / took)} leaves/s)`,
        floor: `${fmt(floorSeconds, 2)} s (${fmt(integrated - 1)} hashes)`,
        ratio: `${fmt(took / floorSeconds)}x`,
      });
      log(`integrated ${fmt(integrated)} in ${fmt(took, 1)} s; ${mb()}`);
      break;
    } catch (error) {
      record({
        name: `integrate, batch ${fmt(batch)}`,
        n: fmt(filled),
        figure: `FAILED after ${fmt(seconds(start), 1)} s`,
        floor: '',
        ratio: '',
      });
      log(`integrate with batch ${fmt(batch)} failed: ${short(error)}`);
    }
  }
  if (integrated === 0) return;

  // 4c. Proofs at that size: generated from stored nodes, verified like a client would.
  const checkpoint = await latestCheckpoint(db, LOG);
  const size = checkpoint!.size;
  const root = checkpoint!.root;
  const random = prng(42);
  const inclusion = { ms: [] as number[], floor: [] as number[], ok: 0, hashes: 0 };
  await phase('inclusion proofs', async () => {
    for (let i = 0; i < PROOFS && Date.now() < deadline; i++) {
      const index = Math.floor(random() * size);
      const [leaf] = await rows<{ leaf_hash: Uint8Array }>(
        db,
        sql`select leaf_hash from ledger.entries where log = ${LOG} and idx = ${index}`,
      );
      const leafHash = Buffer.from(leaf!.leaf_hash);
      const start = now();
      const proof = await proveInclusion(db, LOG, index, size);
      const ok = verifyInclusion(index, size, leafHash, proof, root);
      inclusion.ms.push((now() - start) / 1e6);
      const hashes = inclusionHashes(proof.length);
      inclusion.floor.push(timeHashes(hashes));
      inclusion.hashes += hashes;
      if (ok) inclusion.ok += 1;
    }
  });
  const consistency = { ms: [] as number[], floor: [] as number[], ok: 0, hashes: 0 };
  await phase('consistency proofs', async () => {
    for (let i = 0; i < PROOFS && Date.now() < deadline; i++) {
      const oldSize = 1 + Math.floor(random() * (size - 1));
      const newSize = oldSize + 1 + Math.floor(random() * (size - oldSize));
      const oldRoot = await rootAt(db, LOG, oldSize);
      const newRoot = newSize === size ? root : await rootAt(db, LOG, newSize);
      const start = now();
      const proof = await proveConsistency(db, LOG, oldSize, newSize);
      const ok = verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof);
      consistency.ms.push((now() - start) / 1e6);
      const hashes = consistencyHashes(oldSize, newSize, proof.length);
      consistency.floor.push(timeHashes(hashes));
      consistency.hashes += hashes;
      if (ok) consistency.ok += 1;
    }
  });
  for (const [name, t] of [
    ['inclusion proof + verify', inclusion],
    ['consistency proof + verify', consistency],
  ] as const) {
    const count = t.ms.length;
    for (const p of [50, 95]) {
      const sifa = percentile(t.ms, p);
      const floor = percentile(t.floor, p);
      record({
        name: `${name} p${p}`,
        n: p === 50 ? `${fmt(count)} (${t.ok} ok)` : '',
        figure: `${fmt(sifa, 3)} ms`,
        floor: `${fmt(floor, 4)} ms (${fmt(t.hashes / Math.max(count, 1), 1)} hashes)`,
        ratio: `${fmt(sifa / floor)}x`,
      });
    }
    log(`${name}: ${count} proofs, ${t.ok} verified`);
  }
}

let database: TestDatabase | undefined;

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${TIMEOUT_SECONDS} s; printing what there is`);
  report();
  // Drop the server database too (its DROP … WITH (FORCE) ends a running integrate).
  const closing = database?.destroy().catch(() => undefined) ?? Promise.resolve();
  void Promise.race([closing, new Promise((r) => setTimeout(r, 15_000))]).then(() =>
    process.exit(2),
  );
}, TIMEOUT_SECONDS * 1000);
watchdog.unref();

main()
  .then(
    () => {
      report();
      return 0;
    },
    (error: unknown) => {
      console.error(error);
      report();
      return 1;
    },
  )
  .then(async (code) => {
    await database?.destroy();
    await watchdogThread.stop();
    process.exit(code);
  });
