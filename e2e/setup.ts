// Global setup of the browser tests: build Sifa if needed, start the real server on a fresh
// embedded database (so the demo accounts are seeded), hand its URL to the tests, and stop it
// with SIGTERM afterwards. The server's output goes to test-results/e2e-server.log.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> of the server under test. */
    baseUrl: string;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER_ENTRY = join(ROOT, 'dist/server/main.js');
const WEB_INDEX = join(ROOT, 'web/dist/index.html');
const RESULTS = join(ROOT, 'test-results');
const START_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 20_000;

function buildIfMissing(): void {
  if (existsSync(SERVER_ENTRY) && existsSync(WEB_INDEX)) return;
  console.log('e2e: dist/server/main.js or web/dist/index.html missing; running npm run build');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    timeout: 10 * 60_000,
  });
  if (result.status !== 0) throw new Error(`e2e: npm run build failed (exit ${result.status})`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `e2e: the server exited during start (code ${child.exitCode}); see test-results/e2e-server.log`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`e2e: no answer from ${baseUrl}/api/health within ${START_TIMEOUT_MS / 1000} s`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildIfMissing();
  mkdirSync(RESULTS, { recursive: true });
  const tempDir = mkdtempSync(join(tmpdir(), 'sifa-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    SIFA_DB_DIR: join(tempDir, 'db'),
    SIFA_BACKUP_DIR: join(tempDir, 'backups'),
    SIFA_KEY_DIR: join(tempDir, 'keys'),
    SIFA_DEMO_SEED: 'auto',
    SIFA_CLOCK_CONTROL: 'true',
  };
  // The embedded database is what seeds the demo accounts; never point the tests at a server.
  delete env.DATABASE_URL;
  delete env.SIFA_ADMIN_PASSWORD;
  delete env.SIFA_DATA_KEY; // the embedded default generates one in SIFA_KEY_DIR

  const log = createWriteStream(join(RESULTS, 'e2e-server.log'));
  const child = spawn(process.execPath, ['--enable-source-maps', SERVER_ENTRY], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  // Should the runner die without teardown, do not leave the server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const stopped = await Promise.race([
        exited(child).then(() => true),
        sleep(STOP_TIMEOUT_MS).then(() => false),
      ]);
      if (!stopped) {
        console.warn(
          `e2e: the server did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killing it`,
        );
        child.kill('SIGKILL');
        await exited(child);
      } else if (child.exitCode !== 0) {
        console.warn(
          `e2e: the server exited with code ${child.exitCode} on SIGTERM; see test-results/e2e-server.log`,
        );
      }
    }
    log.end();
    rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  return stop;
}
