// A watchdog on its own thread for bench/ledger.ts. PGlite runs in-process and its queries
// resolve as microtasks, so a long chain of them (integrate() over a million entries) never lets
// the main thread's timers run: no progress line, no time limit. This worker keeps its own clock:
// it prints a ticker while the main thread says it is busy and, past the limit, prints the last
// table the main thread sent and ends the process. It writes with fs.writeSync, since a worker's
// console output is relayed through the (busy) main thread.
import { Worker } from 'node:worker_threads';

const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
let report = '';
let busy = '';
let since = 0;
parentPort.on('message', (m) => {
  if (typeof m.report === 'string') report = m.report;
  if (typeof m.busy === 'string') { busy = m.busy; since = Date.now(); }
});
const started = Date.now();
setInterval(() => {
  if (!busy) return;
  const at = ((Date.now() - workerData.started) / 1000).toFixed(0);
  const rss = Math.round(process.memoryUsage().rss / 1048576).toLocaleString('en-US');
  writeSync(1, 'bench: [' + at + ' s]   ' + busy + ', ' + ((Date.now() - since) / 1000).toFixed(0) + ' s so far; ' + rss + ' MB RSS\\n');
}, workerData.tickMs).unref();
setTimeout(() => {
  writeSync(2, 'bench: still running after ' + ((Date.now() - workerData.started) / 1000).toFixed(0) + ' s' + (busy ? ' (in: ' + busy + ')' : '') + '; printing what there is and stopping\\n');
  writeSync(1, report);
  process.kill(process.pid, 'SIGKILL');
}, Math.max(0, workerData.limitMs - (Date.now() - started)));
`;

export interface Watchdog {
  /** The table so far, printed if the limit passes. */
  report(text: string): void;
  /** Says what the main thread is about to do for long ('' when done): a ticker runs meanwhile. */
  busy(label: string): void;
  stop(): Promise<void>;
}

export function startWatchdog(options: {
  started: number;
  limitMs: number;
  tickMs: number;
}): Watchdog {
  const worker = new Worker(SOURCE, { eval: true, workerData: options });
  worker.unref();
  return {
    report: (text) => worker.postMessage({ report: text }),
    busy: (label) => worker.postMessage({ busy: label }),
    stop: async () => {
      await worker.terminate();
    },
  };
}
