// Test fixtures of the persons module: the accounts, two residents with matters in two case
// modules (filed through those modules' own public API), and helpers to read the access log.
import { sql } from 'drizzle-orm';
import { createAccounts } from '../../../platform/auth/seed.js';
import { rows } from '../../../platform/db/index.js';
import { idCheckCharacter } from '../../../platform/identifiers/index.js';
import {
  loginAs,
  seedTestAccounts,
  TEST_PASSWORD,
  type Session,
  type TestApp,
} from '../../../platform/testing/app.js';
import { application as notaryApplication } from '../../notarization/tests/fixtures.js';
import { application as reconsiderationApplication } from '../../reconsideration/tests/fixtures.js';

export const withCheck = (first17: string) => first17 + idCheckCharacter(first17);
/** 张三, who lives on 五山街道 (Tianhe) and has three matters. */
export const RESIDENT_ID = withCheck('44010619850214301');
/** 李四, who lives in Haizhu and has one matter there. */
export const HAIZHU_ID = withCheck('44010519920611402');
/** On file nowhere. */
export const STRANGER_ID = withCheck('44011119700101503');

export const STAFF = [
  'admin',
  'leader',
  'tianhe',
  'haizhu',
  'wushan',
  'yuancun',
  'thadmin',
  'dangan',
  'rclerk',
  'nclerk',
] as const;
export type StaffName = (typeof STAFF)[number];

export interface World {
  as: Record<StaffName, Session>;
  residentId: string;
  haizhuId: string;
  /** Case ids by name: cityCase and tianheCase (reconsideration), notaryCase, haizhuCase. */
  cases: Record<'cityCase' | 'tianheCase' | 'notaryCase' | 'haizhuCase', string>;
}

async function apply(t: TestApp, url: string, payload: unknown): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url, payload: payload as object });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.body}`);
  return response.json().caseId as string;
}

const person = (name: string, idNumber: string) => ({
  kind: 'person' as const,
  name,
  idNumber,
  phone: '13812345678',
  address: '广州市天河区五山路1号',
});

/** Accounts, the two residents on file and their cases; everybody logged in. */
export async function seedWorld(t: TestApp): Promise<World> {
  await seedTestAccounts(t);
  const account = (username: string, displayName: string, role: string, org: string) => ({
    username,
    displayName,
    role,
    organizationCode: org,
    mustChangePassword: false,
  });
  await createAccounts(
    t.database.db,
    [
      account('dangan', '林档案', 'persons_officer', 'city-bureau'),
      account('rclerk', '复议立案员', 'reconsideration_clerk', 'city-bureau'),
      account('nclerk', '公证受理员', 'notary_clerk', 'city-notary'),
    ],
    TEST_PASSWORD,
  );
  const as = {} as Record<StaffName, Session>;
  for (const name of STAFF) as[name] = await loginAs(t.app, name);

  const cases = {
    cityCase: await apply(
      t,
      '/api/public/reconsideration/applications',
      reconsiderationApplication({ applicants: [person('张三', RESIDENT_ID)] }),
    ),
    tianheCase: await apply(
      t,
      '/api/public/reconsideration/applications',
      reconsiderationApplication({
        authorityRegionCode: '440106',
        respondentName: '广州市天河区城市管理和综合执法局',
        applicants: [person('张三', RESIDENT_ID)],
      }),
    ),
    notaryCase: await apply(
      t,
      '/api/public/notary/applications',
      notaryApplication({
        applicants: [{ name: '张三', idNumber: RESIDENT_ID, phone: '13812345678' }],
      }),
    ),
    haizhuCase: await apply(
      t,
      '/api/public/reconsideration/applications',
      reconsiderationApplication({
        authorityRegionCode: '440105',
        respondentName: '广州市海珠区市场监督管理局',
        applicants: [person('李四', HAIZHU_ID)],
      }),
    ),
  };
  for (const [name, idNumber, regionCode] of [
    ['张三', RESIDENT_ID, '440106001'],
    ['李四', HAIZHU_ID, '440105'],
  ] as const) {
    const response = await as.dangan.request({
      method: 'POST',
      url: '/api/persons',
      payload: { idNumber, name, phone: '13900001111', regionCode },
    });
    if (response.statusCode !== 201) throw new Error(`register ${name}: ${response.body}`);
  }
  return { as, residentId: RESIDENT_ID, haizhuId: HAIZHU_ID, cases };
}

/** The id of the person file of an ID number (through the lookup, as the UI does). */
export async function personIdOf(session: Session, idNumber: string): Promise<string> {
  const response = await session.request({
    method: 'POST',
    url: '/api/persons/lookup',
    payload: { idNumber, purpose: 'handling' },
  });
  if (response.statusCode !== 200) throw new Error(`lookup: ${response.body}`);
  return response.json().id as string;
}

export interface LogRow {
  kind: string;
  actor_name: string;
  module: string;
  entity_type: string;
  entity_id: string;
  purpose: string;
}

/** Access-log rows of one ID number written after row `afterId`, oldest first. */
export async function accessRows(t: TestApp, idNumberIndex: string, afterId = 0) {
  return rows<LogRow & { id: number }>(
    t.database.db,
    sql`select id, kind, actor_name, module, entity_type, entity_id, purpose
        from access.access_log where id_number_index = ${idNumberIndex} and id > ${afterId}
        order by id`,
  );
}

export async function lastLogId(t: TestApp): Promise<number> {
  const [row] = await rows<{ n: number }>(
    t.database.db,
    sql`select coalesce(max(id), 0)::int as n from access.access_log`,
  );
  return Number(row?.n ?? 0);
}
