// Test fixtures of the notarization module: accounts of the notary office, a valid application.
import { createAccounts } from '../../../platform/auth/seed.js';
import { idCheckCharacter } from '../../../platform/identifiers/index.js';
import {
  loginAs,
  type Session,
  TEST_PASSWORD,
  type TestApp,
} from '../../../platform/testing/app.js';
import type { ApplicationBody } from '../contract.js';

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
  const head = await loginAs(t.app, 'nhead');
  const added = await head.request({
    method: 'POST',
    url: `/api/notarization/notaries/${ids.notary2}/relatives`,
    payload: { name: '王五', relation: 'parent' },
  });
  if (added.statusCode !== 200) throw new Error(`relative not added: ${added.body}`);
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

type Sessions = Record<string, Session>;

/** Takes a new online application through acceptance, review and approval; returns the case. */
export async function issuedCase(
  t: TestApp,
  as: Sessions,
  ids: Record<string, string>,
  body: Partial<ApplicationBody> = {},
): Promise<{ caseId: string; version: number; number: string; trackingCode: string }> {
  const applied = await t.app.inject({
    method: 'POST',
    url: '/api/public/notary/applications',
    payload: application(body),
  });
  if (applied.statusCode !== 201) throw new Error(`application failed: ${applied.body}`);
  const { caseId, trackingCode } = applied.json();
  let version = 1;
  const step = async (who: string, path: string, payload: Record<string, unknown> = {}) => {
    const response = await as[who]!.request({
      method: 'POST',
      url: `/api/notarization/cases/${caseId}/${path}`,
      payload: { version, ...payload },
    });
    if (response.statusCode !== 200) throw new Error(`${path} failed: ${response.body}`);
    version = response.json().version;
    return response.json();
  };
  await step('nclerk', 'accept', {
    toldItems: ['法律意义和后果'],
    applicantAcknowledged: true,
    notaryId: ids.notary1,
  });
  await step('notary1', 'start-review');
  await step('notary1', 'propose-issue', { certifiedFacts: '兹证明张三毕业。' });
  const detail = await step('nhead', 'approve-issue');
  return { caseId, version, number: detail.certificate.number, trackingCode };
}
