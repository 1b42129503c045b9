// Test fixtures of the notarization module: accounts of the notary office, a valid application.
import { createAccounts } from '../../../platform/auth/seed.js';
import { idCheckCharacter } from '../../../platform/identifiers/index.js';
import { TEST_PASSWORD, type TestApp } from '../../../platform/testing/app.js';
import type { ApplicationBody } from '../contract.js';
import { notaryProfiles } from '../db/schema.js';

export const withCheck = (first17: string) => first17 + idCheckCharacter(first17);
export const APPLICANT_ID = withCheck('44010619900307123');
export const RELATIVE_ID = withCheck('44010519700101456');

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

export const NOTARY_USERS = ['nclerk', 'notary1', 'notary2', 'nhead', 'hzclerk', 'leader'];

export async function seedNotaryAccounts(t: TestApp) {
  await createAccounts(
    t.database.db,
    [
      account('nclerk', '受理员', 'notary_clerk', 'city-notary'),
      account('notary1', '公证员甲', 'notary', 'city-notary'),
      account('notary2', '公证员乙', 'notary', 'city-notary'),
      account('nhead', '公证处主任', 'notary_head', 'city-notary'),
      account('hzclerk', '海珠受理员', 'notary_clerk', 'district-bureau-440105'),
      account('leader', '市局领导', 'city_leader', 'city-bureau'),
    ],
    TEST_PASSWORD,
  );
  const ids: Record<string, string> = {};
  for (const username of NOTARY_USERS) {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: TEST_PASSWORD },
    });
    ids[username] = login.json().user.id;
  }
  // notary2's mother is 王五: the rule must never let notary2 handle her matters.
  await t.database.db
    .insert(notaryProfiles)
    .values({ userId: ids.notary2!, relatives: [{ name: '王五', idNumberIndex: null }] });
  return ids;
}

const file = (title: string) => ({
  title,
  fileName: `${title}.pdf`,
  mimeType: 'application/pdf',
  contentBase64: Buffer.from(`%PDF-1.4 ${title}`).toString('base64'),
});

export function application(overrides: Partial<ApplicationBody> = {}): ApplicationBody {
  return {
    officeCode: 'city-notary',
    matterType: 'education',
    applicants: [{ name: '张三', idNumber: APPLICANT_ID, phone: '13812345678' }],
    purpose: '出国留学',
    useCountry: '英国',
    jurisdiction: { domicile: '440106' },
    legalAid: false,
    willAppearInPerson: false,
    materials: [file('申请人身份证明'), file('毕业证书')],
    ...overrides,
  };
}
