// The ID-number scan of leak.db.test.ts over legal aid and mediation: the public receipts and
// tracking pages, the staff lists, case pages and Excel exports, the person file that lists
// those matters, and the server's log output at debug level.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/app.js';
import { application as legalAidApplication } from '../../legal-aid/tests/fixtures.js';
import { seedMediationDemo } from '../../mediation/index.js';
import { application as mediationApplication } from '../../mediation/tests/fixtures.js';
import { HAIZHU_ID, personIdOf, RESIDENT_ID, seedWorld, type World } from './fixtures.js';
import { idNumbersIn, replyRecorder } from './scan.js';

let t: TestApp;
let w: World;
let logs = '';
const { replies, capture, leaks } = replyRecorder(() => t);
const YEAR = new Date().getFullYear();

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  t = await createTestApp({ LOG_LEVEL: 'debug' }, stream);
  w = await seedWorld(t);
  await seedMediationDemo(t.database.db);
});
afterAll(() => t.close());

describe('ID numbers of legal aid and mediation never leak', () => {
  it('in receipts, tracking pages, lists, case pages, exports and the person file', async () => {
    const { admin, dangan } = w.as;
    const aid = (
      await capture(
        null,
        'legal-aid receipt',
        'POST',
        '/api/public/legal-aid/applications',
        legalAidApplication({
          applicant: { name: '张三', idNumber: RESIDENT_ID, phone: '13812345678' },
        }),
      )
    ).json() as { caseId: string; caseNumber: string; trackingCode: string };
    const dispute = (
      await capture(
        null,
        'mediation receipt',
        'POST',
        '/api/public/mediation/applications',
        mediationApplication({
          parties: [
            {
              role: 'applicant',
              kind: 'person',
              name: '张三',
              idNumber: RESIDENT_ID,
              phone: '13812345678',
            },
            { role: 'respondent', kind: 'person', name: '李四', idNumber: HAIZHU_ID },
          ],
        }),
      )
    ).json() as { caseId: string; caseNumber: string; trackingCode: string };

    await capture(null, 'legal-aid tracking', 'POST', '/api/public/legal-aid/track', {
      caseNumber: aid.caseNumber,
      trackingCode: aid.trackingCode,
    });
    await capture(null, 'mediation tracking', 'POST', '/api/public/mediation/track', {
      caseNumber: dispute.caseNumber,
      trackingCode: dispute.trackingCode,
    });
    await capture(admin, 'legal-aid list', 'GET', '/api/legal-aid/cases?scope=all&pageSize=100');
    await capture(admin, 'legal-aid case', 'GET', `/api/legal-aid/cases/${aid.caseId}`);
    await capture(
      admin,
      'legal-aid statistics export',
      'GET',
      `/api/legal-aid/statistics/export.xlsx?year=${YEAR}`,
    );
    await capture(admin, 'mediation list', 'GET', '/api/mediation/cases?pageSize=100');
    await capture(admin, 'mediation case', 'GET', `/api/mediation/cases/${dispute.caseId}`);
    await capture(admin, 'mediation risks', 'GET', '/api/mediation/risks');
    await capture(
      admin,
      'mediation statistics export',
      'GET',
      `/api/mediation/statistics/export.xlsx?year=${YEAR}`,
    );
    const personId = await personIdOf(dangan, RESIDENT_ID);
    const file = await capture(
      dangan,
      'person file',
      'GET',
      `/api/persons/${personId}?purpose=handling`,
    );
    const modules = (file.json() as { matters: { module: string }[] }).matters.map((m) => m.module);
    expect(modules).toEqual(expect.arrayContaining(['legal-aid', 'mediation']));

    expect(replies.filter((r) => r.status >= 300).map((r) => `${r.what} ${r.status}`)).toEqual([]);
    expect(leaks()).toEqual([]);
  });

  it('in the log output', () => {
    expect(logs.split('\n').length).toBeGreaterThan(20);
    expect(idNumbersIn(logs)).toEqual([]);
  });
});
