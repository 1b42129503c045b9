// Test fixtures of the mediation module: accounts at each level, the demo committees, a valid
// application.
import { createAccounts } from '../../../platform/auth/seed.js';
import { idCheckCharacter } from '../../../platform/identifiers/index.js';
import {
  loginAs,
  type Session,
  TEST_PASSWORD,
  type TestApp,
} from '../../../platform/testing/app.js';
import type { ApplicationBody } from '../contract.js';
import { seedMediationDemo } from '../use-cases/demo-seed.js';

export const withCheck = (first17: string) => first17 + idCheckCharacter(first17);
export const APPLICANT_ID = withCheck('44010619800307242'); // a woman (even 17th digit)
export const RESPONDENT_ID = withCheck('44010619751120151');

const account = (
  username: string,
  displayName: string,
  role: string,
  organizationCode: string,
) => ({
  username,
  displayName,
  role,
  organizationCode,
  mustChangePassword: false,
});

/** Who is who: the usernames the tests log in as. */
export const ACCOUNTS = [
  account('admin', '系统管理员', 'admin', 'city-bureau'),
  account('leader', '市局领导', 'city_leader', 'city-bureau'),
  account('tianhe', '天河区局', 'district_staff', 'district-bureau-440106'),
  account('thtj', '天河区调委会管理员', 'mediation_admin', 'district-mediation-440106'),
  account('tjadmin', '五山司法所何主任', 'mediation_admin', 'justice-office-440106001'),
  account('tiaojie', '林调解', 'mediator', 'justice-office-440106001'),
  account('tiaojie2', '周明', 'mediator', 'justice-office-440106001'),
  account('yctj', '员村司法所管理员', 'mediation_admin', 'justice-office-440106002'),
  account('hztj', '海珠区调委会管理员', 'mediation_admin', 'district-bureau-440105'),
  account('wushan', '五山司法所（其他业务）', 'office_staff', 'justice-office-440106001'),
];

export type Sessions = Record<string, Session>;

/** Accounts, the demo committees (tiaojie mediates at 五山街道), everyone logged in. */
export async function seedMediation(t: TestApp): Promise<Sessions> {
  await createAccounts(t.database.db, ACCOUNTS, TEST_PASSWORD);
  await seedMediationDemo(t.database.db);
  return loginAll(t);
}

export async function loginAll(t: TestApp): Promise<Sessions> {
  const as: Sessions = {};
  for (const a of ACCOUNTS) as[a.username] = await loginAs(t.app, a.username);
  return as;
}

export function application(overrides: Partial<ApplicationBody> = {}): ApplicationBody {
  return {
    disputeType: 'neighbourhood',
    placeCode: '440106001001', // 五山街道岳洲社区
    facts: '楼上住户装修期间多次漏水，浸湿申请人家中天花板和墙面。',
    claims: '请求被申请人修复漏水点并赔偿维修费用3000元。',
    amountYuan: 3000,
    parties: [
      {
        role: 'applicant',
        kind: 'person',
        name: '张丽',
        idNumber: APPLICANT_ID,
        phone: '13812345678',
        address: '广州市天河区五山路1号301房',
      },
      {
        role: 'respondent',
        kind: 'person',
        name: '王强',
        idNumber: RESPONDENT_ID,
        phone: '13987654321',
        address: '广州市天河区五山路1号401房',
      },
    ],
    ...overrides,
  };
}
