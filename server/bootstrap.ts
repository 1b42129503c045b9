// Opens the database, applies migrations, and makes sure the reference data and the first
// accounts exist. Used by the server at start and by the test helpers.
import { existsSync, readdirSync } from 'node:fs';
import { ensureOrganizations } from '../platform/auth/organizations.js';
import { countUsers, createAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../platform/auth/seed.js';
import type { Config } from '../platform/config/index.js';
import { type Database, openDatabase } from '../platform/db/index.js';
import { ensureDivisions } from '../platform/regions/index.js';
import { importDemoLaws } from '../modules/regulations/index.js';
import { seedMediationDemo } from '../modules/mediation/index.js';

export interface BootstrapReport {
  demoAccounts: boolean;
  firstAdmin: boolean;
}

export class StartupError extends Error {}

function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).filter((f) => f !== '.sifa.pid').length === 0;
}

export async function openConfiguredDatabase(
  config: Config,
): Promise<{ database: Database; freshEmbedded: boolean }> {
  const freshEmbedded = !config.DATABASE_URL && isEmptyDir(config.SIFA_DB_DIR);
  const database = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { dir: config.SIFA_DB_DIR },
  );
  return { database, freshEmbedded };
}

export async function prepareDatabase(
  database: Database,
  config: Config,
  freshEmbedded: boolean,
): Promise<BootstrapReport> {
  await database.migrate();
  await ensureDivisions(database.db);
  await ensureOrganizations(database.db);
  const report = { demoAccounts: false, firstAdmin: false };
  if ((await countUsers(database.db)) > 0) return report;
  if (database.kind === 'pglite' && config.SIFA_DEMO_SEED === 'auto' && freshEmbedded) {
    await createAccounts(database.db, DEMO_ACCOUNTS, DEMO_PASSWORD);
    report.demoAccounts = true;
    await seedMediationDemo(database.db);
    // The demo law library (data/laws, ~100 texts); skipped when the library has texts.
    await importDemoLaws(database.db);
  } else if (database.kind === 'postgres') {
    // Never demo accounts on a server: the operator chooses the first administrator's password.
    if (!config.SIFA_ADMIN_PASSWORD) {
      throw new StartupError(
        'No user exists yet. Set SIFA_ADMIN_PASSWORD (at least 10 characters) for the first start on PostgreSQL; ' +
          'Sifa then creates the account "admin" with it and asks for a new password at first login.',
      );
    }
    await createAccounts(
      database.db,
      [{ ...DEMO_ACCOUNTS[0]!, mustChangePassword: true }],
      config.SIFA_ADMIN_PASSWORD,
    );
    report.firstAdmin = true;
  }
  return report;
}

export function demoAccountsBanner(): string {
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(8)} ${a.displayName}  (${a.role})`);
  return ['Demo accounts (演示账号), password 密码: ' + DEMO_PASSWORD, ...lines].join('\n');
}
