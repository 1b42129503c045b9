// Accounts that must exist: the demo accounts of a fresh embedded install, or the first
// administrator of a server install (its password from SIFA_ADMIN_PASSWORD, never a default).
import { sql } from 'drizzle-orm';
import { record } from '../audit/index.js';
import { type Db, withTx } from '../db/index.js';
import { findOrganizationByCode } from './queries.js';
import { hashPassword } from './password.js';
import { users } from './schema.js';

export const DEMO_PASSWORD = 'Sifa-demo-2026';

export interface AccountSeed {
  username: string;
  displayName: string;
  role: string;
  organizationCode: string;
  mustChangePassword: boolean;
}

export const DEMO_ACCOUNTS: AccountSeed[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    role: 'admin',
    organizationCode: 'city-bureau',
    mustChangePassword: false,
  },
  {
    username: 'leader',
    displayName: '李局长',
    role: 'city_leader',
    organizationCode: 'city-bureau',
    mustChangePassword: false,
  },
  {
    username: 'tianhe',
    displayName: '陈天河',
    role: 'district_staff',
    organizationCode: 'district-bureau-440106',
    mustChangePassword: false,
  },
  {
    username: 'haizhu',
    displayName: '黄海珠',
    role: 'district_staff',
    organizationCode: 'district-bureau-440105',
    mustChangePassword: false,
  },
  {
    username: 'wushan',
    displayName: '吴五山',
    role: 'office_staff',
    organizationCode: 'justice-office-440106001',
    mustChangePassword: false,
  },
  // 人民调解 (modules/mediation): 五山街道's mediator and the 司法所's mediation administrator.
  {
    username: 'tiaojie',
    displayName: '林调解',
    role: 'mediator',
    organizationCode: 'justice-office-440106001',
    mustChangePassword: false,
  },
  {
    username: 'tjadmin',
    displayName: '何主任',
    role: 'mediation_admin',
    organizationCode: 'justice-office-440106001',
    mustChangePassword: false,
  },
  {
    username: 'dangan',
    displayName: '林档案',
    role: 'persons_officer',
    organizationCode: 'city-bureau',
    mustChangePassword: false,
  },
  {
    username: 'fayuan',
    displayName: '罗援助',
    role: 'legal_aid_officer',
    organizationCode: 'district-legal-aid-440106',
    mustChangePassword: false,
  },
  {
    username: 'fyzhuren',
    displayName: '郑主任',
    role: 'legal_aid_head',
    organizationCode: 'district-legal-aid-440106',
    mustChangePassword: false,
  },
  // Filing review of normative documents (regulations): a district clerk files, the city reviews.
  {
    username: 'beian',
    displayName: '何报备',
    role: 'filing_clerk',
    organizationCode: 'district-bureau-440106',
    mustChangePassword: false,
  },
  {
    username: 'shencha',
    displayName: '冯审查',
    role: 'filing_reviewer',
    organizationCode: 'city-bureau',
    mustChangePassword: false,
  },
];

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return Number(row?.n ?? 0);
}

/** Creates the given accounts in one transaction, each with an audit event by the system. */
export async function createAccounts(
  db: Db,
  accounts: AccountSeed[],
  password: string,
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await withTx(db, async (tx) => {
    for (const account of accounts) {
      const organization = await findOrganizationByCode(tx, account.organizationCode);
      if (!organization) throw new Error(`seed: organization ${account.organizationCode} missing`);
      const [row] = await tx
        .insert(users)
        .values({
          username: account.username,
          displayName: account.displayName,
          passwordHash,
          role: account.role,
          organizationId: organization.id,
          regionCode: organization.regionCode,
          mustChangePassword: account.mustChangePassword,
        })
        .returning({ id: users.id });
      await record(
        tx,
        { actor: null, requestId: null },
        {
          action: 'user.create',
          entityType: 'user',
          entityId: row!.id,
          regionCode: organization.regionCode,
          details: { username: account.username, role: account.role, seeded: true },
        },
      );
    }
  });
}
