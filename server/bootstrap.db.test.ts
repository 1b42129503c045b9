// First start: demo accounts only on a fresh embedded database; on a PostgreSQL server only the
// first administrator, from SIFA_ADMIN_PASSWORD, and never a default password.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { users } from '../platform/auth/schema.js';
import { DEMO_ACCOUNTS } from '../platform/auth/seed.js';
import { parseConfig } from '../platform/config/index.js';
import { createTestDatabase } from '../platform/testing/db.js';
import { prepareDatabase, StartupError } from './bootstrap.js';

const onServer = !!process.env.TEST_DATABASE_URL;
const usernames = async (db: Awaited<ReturnType<typeof createTestDatabase>>) =>
  (await db.db.select({ username: users.username }).from(users)).map((u) => u.username).sort();

describe.skipIf(onServer)('first start on the embedded database', () => {
  it('seeds one demo account per role on a fresh data directory, once', async () => {
    const database = await createTestDatabase({ reference: false });
    const config = parseConfig({});
    expect(await prepareDatabase(database, config, true)).toEqual({
      demoAccounts: true,
      firstAdmin: false,
    });
    expect(await usernames(database)).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    expect((await prepareDatabase(database, config, true)).demoAccounts).toBe(false);
    await database.destroy();
    // The demo data includes about 100 laws with their search index and citation graph.
  }, 240_000);

  it('does not seed demo accounts when SIFA_DEMO_SEED=never', async () => {
    const database = await createTestDatabase({ reference: false });
    await prepareDatabase(database, parseConfig({ SIFA_DEMO_SEED: 'never' }), true);
    expect(await usernames(database)).toEqual([]);
    await database.destroy();
  });
});

describe.runIf(onServer)('first start on a PostgreSQL server', () => {
  it('refuses to start without SIFA_ADMIN_PASSWORD and never seeds demo accounts', async () => {
    const database = await createTestDatabase({ reference: false });
    await expect(prepareDatabase(database, parseConfig({}), true)).rejects.toThrow(StartupError);
    expect(await usernames(database)).toEqual([]);
    const report = await prepareDatabase(
      database,
      parseConfig({ SIFA_ADMIN_PASSWORD: 'Server-admin-2026' }),
      true,
    );
    expect(report).toEqual({ demoAccounts: false, firstAdmin: true });
    expect(await usernames(database)).toEqual(['admin']);
    await database.destroy();
  });
});

describe.skipIf(onServer)('the server process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sifa-process-test-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    // A failed assertion must not leave a server behind.
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const start = () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        SIFA_DB_DIR: join(dir, 'db'),
        SIFA_KEY_DIR: join(dir, 'keys'),
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes('is running at')) {
          clearInterval(timer);
          resolve();
        }
      }, 100);
      child.on('exit', (code) => {
        clearInterval(timer);
        reject(new Error(`exited ${code}: ${output}`));
      });
    });
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    const url = () => /running at (http:\/\/localhost:\d+)/.exec(output)![1]!;
    return { child, ready, exited, output: () => output, url };
  };

  it('shuts down cleanly on SIGTERM, releases the data directory, and starts again with its data', async () => {
    const first = start();
    await first.ready;
    expect(first.output()).toContain('Demo accounts');
    const login = await fetch(`${first.url()}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Sifa-demo-2026' }),
    });
    expect(login.status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dir, 'db', '.sifa.pid'))).toBe(false);

    const second = start();
    await second.ready;
    expect(second.output()).not.toContain('Demo accounts');
    const health = (await (await fetch(`${second.url()}/api/health`)).json()) as {
      database: unknown;
    };
    expect(health.database).toMatchObject({ kind: 'pglite', migrations: { upToDate: true } });
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 240_000);
});
