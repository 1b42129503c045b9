// Test fixtures of the legal-aid module: accounts of two district centres and the city centre,
// the bureaus that decide objections, valid applications and lawyers.
import type { FastifyInstance } from 'fastify';
import { createAccounts } from '../../../platform/auth/seed.js';
import { idCheckCharacter } from '../../../platform/identifiers/index.js';
import {
  loginAs,
  type Session,
  TEST_PASSWORD,
  type TestApp,
} from '../../../platform/testing/app.js';
import type { ApplicationBody } from '../contract.js';
import type { LawyerBody } from '../contract-pool.js';

export const withCheck = (first17: string) => first17 + idCheckCharacter(first17);
export const APPLICANT_ID = withCheck('44010619800307123');
export const OTHER_ID = withCheck('44010519920815234');

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

export const USERS = {
  officer: account('thofficer', '天河援助员', 'legal_aid_officer', 'district-legal-aid-440106'),
  head: account('thhead', '天河援助主任', 'legal_aid_head', 'district-legal-aid-440106'),
  hzofficer: account('hzofficer', '海珠援助员', 'legal_aid_officer', 'district-legal-aid-440105'),
  hzhead: account('hzhead', '海珠援助主任', 'legal_aid_head', 'district-legal-aid-440105'),
  cityhead: account('cityhead', '市援助主任', 'legal_aid_head', 'city-legal-aid'),
  tianhe: account('tianhe', '天河区局', 'district_staff', 'district-bureau-440106'),
  haizhu: account('haizhu', '海珠区局', 'district_staff', 'district-bureau-440105'),
  leader: account('leader', '市局领导', 'city_leader', 'city-bureau'),
  wushan: account('wushan', '五山司法所', 'office_staff', 'justice-office-440106001'),
  admin: account('admin', '管理员', 'admin', 'city-bureau'),
};
export type Who = keyof typeof USERS;

export async function seedAccounts(t: TestApp) {
  await createAccounts(t.database.db, Object.values(USERS), TEST_PASSWORD);
}

export async function logInAll(app: FastifyInstance): Promise<Record<Who, Session>> {
  const sessions = {} as Record<Who, Session>;
  for (const [who, user] of Object.entries(USERS) as [Who, { username: string }][])
    sessions[who] = await loginAs(app, user.username);
  return sessions;
}

export const file = (title: string) => ({
  title,
  fileName: `${title}.pdf`,
  mimeType: 'application/pdf',
  contentBase64: Buffer.from(`%PDF-1.4 ${title}`).toString('base64'),
});

/** A worker owed wages by a Tianhe employer, poor enough to qualify. */
export function application(overrides: Partial<ApplicationBody> = {}): ApplicationBody {
  return {
    category: 'civil',
    civilMatter: 'labour',
    hasOwnLawyer: false,
    household: { members: 3, monthlyIncomeYuan: 3600 },
    residenceRegion: '440106001',
    applicant: { name: '张援', idNumber: APPLICANT_ID, phone: '13812345678' },
    place: { kind: 'non_litigation', regionCode: '440106001' },
    matterSummary: '某公司拖欠申请人工资三个月共计一万二千元。',
    materials: [file('身份证明'), file('经济困难状况说明')],
    ...overrides,
  };
}

let licence = 0;

export function lawyer(overrides: Partial<LawyerBody> = {}): LawyerBody {
  return {
    name: '李律师',
    kind: 'lawyer',
    firm: '天河第一律师事务所',
    licenceNumber: `14401201810${String((licence += 1)).padStart(6, '0')}`,
    practiceSince: '2018-05-01',
    specialties: ['labour'],
    contactPhone: '020-38001234',
    ...overrides,
  };
}
