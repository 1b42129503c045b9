// Organizations by unified social credit code: registration, lookup inside the region, and the
// matters that name an organization in every module (a party of a dispute, the applicant or the
// respondent organ of a reconsideration), each reader seeing those inside their region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../../platform/identifiers/index.js';
import { createTestApp, type TestApp } from '../../../platform/testing/app.js';
import { seedMediationDemo } from '../../mediation/index.js';
import { application as mediationApplication } from '../../mediation/tests/fixtures.js';
import { application as reconsiderationApplication } from '../../reconsideration/tests/fixtures.js';
import { RESIDENT_ID, seedWorld, type World } from './fixtures.js';

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await createTestApp();
  w = await seedWorld(t);
  await seedMediationDemo(t.database.db);
});
afterAll(() => t.close());

const withCheck = (first17: string) => first17 + creditCodeCheckCharacter(first17);
/** A company of Tianhe and the city's market regulator (an organ: 11…). */
const COMPANY = withCheck('91440106MA5D00001');
const ORGAN = withCheck('11440100MB2C00002');

async function apply(url: string, payload: object): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().caseNumber as string;
}

describe('organizations', () => {
  const CODE = '91350100M000100Y43';
  it('are registered by a checked unified social credit code and found by it', async () => {
    const created = await w.as.dangan.request({
      method: 'POST',
      url: '/api/persons/organizations',
      payload: { creditCode: CODE.toLowerCase(), name: '某某科技有限公司', regionCode: '440106' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ creditCode: CODE, regionCode: '440106' });
    const found = await w.as.tianhe.request({
      method: 'POST',
      url: '/api/persons/organizations/lookup',
      payload: { creditCode: CODE },
    });
    expect(found.json().name).toBe('某某科技有限公司');
    const hidden = await w.as.haizhu.request({
      method: 'POST',
      url: '/api/persons/organizations/lookup',
      payload: { creditCode: CODE },
    });
    expect(hidden.json().error.code).toBe('PERSONS_ORGANIZATION_NOT_FOUND');
  });

  it('refuses a wrong check character and a second registration', async () => {
    const wrong = await w.as.dangan.request({
      method: 'POST',
      url: '/api/persons/organizations',
      payload: { creditCode: '91350100M000100Y44', name: '错码公司' },
    });
    expect(wrong.json().error.code).toBe('CREDIT_CODE_INVALID');
    const twice = await w.as.dangan.request({
      method: 'POST',
      url: '/api/persons/organizations',
      payload: { creditCode: CODE, name: '某某科技有限公司' },
    });
    expect(twice.json().error.code).toBe('PERSONS_ORGANIZATION_EXISTS');
  });
});

describe('the matters of an organization', () => {
  it('lists its disputes and reconsiderations, by role, inside the reader’s region', async () => {
    for (const [creditCode, name] of [
      [COMPANY, '广州某物业管理有限公司'],
      [ORGAN, '广州市市场监督管理局'],
    ] as const) {
      const created = await w.as.dangan.request({
        method: 'POST',
        url: '/api/persons/organizations',
        payload: { creditCode, name, regionCode: '440106' },
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const dispute = await apply(
      '/api/public/mediation/applications',
      mediationApplication({
        disputeType: 'property_management',
        parties: [
          {
            role: 'applicant',
            kind: 'person',
            name: '张三',
            idNumber: RESIDENT_ID,
            phone: '13812345678',
          },
          {
            role: 'respondent',
            kind: 'organization',
            name: '广州某物业管理有限公司',
            creditCode: COMPANY,
          },
        ],
      }),
    );
    const reconsideration = await apply(
      '/api/public/reconsideration/applications',
      reconsiderationApplication({
        applicants: [
          {
            kind: 'organization',
            name: '广州某物业管理有限公司',
            creditCode: COMPANY,
            legalRepresentative: '王经理',
            phone: '13812345678',
          },
        ],
        respondentCreditCode: ORGAN,
      }),
    );
    const lookup = async (who: 'dangan' | 'tianhe', creditCode: string) => {
      const response = await w.as[who].request({
        method: 'POST',
        url: '/api/persons/organizations/lookup',
        payload: { creditCode },
      });
      expect(response.statusCode, response.body).toBe(200);
      return (
        response.json() as { matters: { caseNumber: string; role: string; module: string }[] }
      ).matters;
    };

    const city = await lookup('dangan', COMPANY);
    expect(city.map((m) => [m.module, m.caseNumber, m.role]).sort()).toEqual(
      [
        ['mediation', dispute, '被申请人'],
        ['reconsideration', reconsideration, '申请人'],
      ].sort(),
    );
    // the reconsideration is the city's (region 4401): not inside Tianhe's region
    const district = await lookup('tianhe', COMPANY);
    expect(district.map((m) => m.caseNumber)).toEqual([dispute]);
    const organ = await lookup('dangan', ORGAN);
    expect(organ.map((m) => [m.caseNumber, m.role])).toEqual([[reconsideration, '被申请人']]);
  });
});
