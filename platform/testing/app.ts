// Test helpers over the real app: build it on a fresh database, create accounts, log in,
// and send requests with the session cookie and CSRF token like the browser does.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../server/app.js';
import { createAccounts, type AccountSeed } from '../auth/seed.js';
import { parseConfig, type Config } from '../config/index.js';
import { DataCipher } from '../crypto/index.js';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { ed25519Signer } from '../ledger/checkpoint.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export const TEST_PASSWORD = 'Test-password-1';

/** Keys that live as long as the process: a data key and a ledger signing key. */
export function ephemeralKeys() {
  return {
    cipher: new DataCipher(randomBytes(32)),
    ledgerSigner: ed25519Signer('sifa.test/ledger', generateKeyPairSync('ed25519').privateKey),
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(
  env: Record<string, string> = {},
  logStream?: NodeJS.WritableStream,
): Promise<TestApp> {
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const database = await createTestDatabase();
  const app = await buildApp({
    config,
    database,
    ...ephemeralKeys(),
    ...(logStream ? { logStream } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.destroy();
    },
  };
}

/** Accounts for tests, one per role and level: city, two districts, one street. */
export const TEST_ACCOUNTS: AccountSeed[] = [
  {
    username: 'admin',
    displayName: '管理员',
    role: 'admin',
    organizationCode: 'city-bureau',
    mustChangePassword: false,
  },
  {
    username: 'leader',
    displayName: '市局领导',
    role: 'city_leader',
    organizationCode: 'city-bureau',
    mustChangePassword: false,
  },
  {
    username: 'tianhe',
    displayName: '天河区局',
    role: 'district_staff',
    organizationCode: 'district-bureau-440106',
    mustChangePassword: false,
  },
  {
    username: 'haizhu',
    displayName: '海珠区局',
    role: 'district_staff',
    organizationCode: 'district-bureau-440105',
    mustChangePassword: false,
  },
  {
    username: 'wushan',
    displayName: '五山司法所',
    role: 'office_staff',
    organizationCode: 'justice-office-440106001',
    mustChangePassword: false,
  },
  {
    username: 'yuancun',
    displayName: '员村司法所',
    role: 'office_staff',
    organizationCode: 'justice-office-440106002',
    mustChangePassword: false,
  },
  {
    username: 'thadmin',
    displayName: '天河区管理员',
    role: 'admin',
    organizationCode: 'district-bureau-440106',
    mustChangePassword: false,
  },
];

export async function seedTestAccounts(t: TestApp, accounts = TEST_ACCOUNTS): Promise<void> {
  await createAccounts(t.database.db, accounts, TEST_PASSWORD);
}

export interface Session {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function loginAs(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'sifa_session');
  const cookie = `sifa_session=${setCookie!.value}`;
  const { csrfToken } = response.json() as { csrfToken: string };
  return {
    cookie,
    csrfToken,
    request: (options) =>
      app.inject({
        ...options,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) },
      }),
  };
}
