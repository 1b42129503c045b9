// No reply, export or log line shows a full resident ID number unless a user with
// persons:reveal asked for it: the main replies of the persons, reconsideration and
// notarization APIs (reads, lists, exports, errors, citizen pages) and the server's log output
// are scanned for anything that is a valid 18-character ID number.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/app.js';
import { application as notaryApplication } from '../../notarization/tests/fixtures.js';
import { application as reconsiderationApplication } from '../../reconsideration/tests/fixtures.js';
import { HAIZHU_ID, personIdOf, RESIDENT_ID, seedWorld, type World } from './fixtures.js';
import { idNumbersIn, replyRecorder } from './scan.js';

let t: TestApp;
let w: World;
let logs = '';
const { replies, capture, leaks: leaksOf } = replyRecorder(() => t);

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  t = await createTestApp({ LOG_LEVEL: 'debug' }, stream);
  w = await seedWorld(t);
});
afterAll(() => t.close());

describe('ID numbers never leak', () => {
  it('the scanner finds a valid ID number and ignores other digit runs', () => {
    expect(idNumbersIn(`x ${RESIDENT_ID} y`)).toEqual([RESIDENT_ID]);
    expect(
      idNumbersIn(
        `${RESIDENT_ID.slice(0, 17)}0`.replace(/.$/, (c) => (c === RESIDENT_ID[17] ? '1' : c)),
      ),
    ).toEqual([]);
    expect(idNumbersIn('4401**********' + RESIDENT_ID.slice(-4))).toEqual([]);
  });

  it('in the replies of reads, lists, exports, errors and the citizen pages', async () => {
    const personId = await personIdOf(w.as.dangan, RESIDENT_ID);
    const haizhuPerson = await personIdOf(w.as.dangan, HAIZHU_ID);
    const { as, cases } = w;
    await capture(
      null,
      'notarization application receipt',
      'POST',
      '/api/public/notary/applications',
      notaryApplication({
        applicants: [{ name: '李四', idNumber: HAIZHU_ID, phone: '13812345678' }],
      }),
    );
    await capture(
      null,
      'reconsideration application receipt',
      'POST',
      '/api/public/reconsideration/applications',
      reconsiderationApplication(),
    );
    await capture(as.dangan, 'lookup', 'POST', '/api/persons/lookup', {
      idNumber: RESIDENT_ID,
      purpose: 'handling',
    });
    await capture(as.dangan, 'lookup, lowercase x', 'POST', '/api/persons/lookup', {
      idNumber: HAIZHU_ID.toLowerCase(),
      purpose: 'handling',
    });
    await capture(as.dangan, 'lookup error', 'POST', '/api/persons/lookup', {
      idNumber: RESIDENT_ID.slice(0, 17) + '0',
      purpose: 'handling',
    });
    await capture(as.dangan, 'register error', 'POST', '/api/persons', {
      idNumber: RESIDENT_ID,
      name: '张三',
    });
    await capture(as.dangan, 'file', 'GET', `/api/persons/${personId}?purpose=handling`);
    await capture(as.tianhe, 'file, district', 'GET', `/api/persons/${personId}?purpose=review`);
    await capture(as.admin, 'file, haizhu', 'GET', `/api/persons/${haizhuPerson}?purpose=review`);
    await capture(as.dangan, 'list', 'GET', '/api/persons?purpose=statistics&pageSize=200');
    await capture(as.dangan, 'export', 'GET', '/api/persons/export.xlsx?purpose=statistics');
    await capture(as.tianhe, 'reveal refused', 'POST', `/api/persons/${personId}/reveal`, {
      purpose: 'handling',
    });
    for (const module of ['reconsideration', 'notarization'] as const) {
      await capture(as.admin, `${module} list`, 'GET', `/api/${module}/cases?pageSize=200`);
    }
    await capture(
      as.admin,
      'reconsideration export',
      'GET',
      '/api/reconsideration/cases/export.xlsx',
    );
    for (const key of ['cityCase', 'tianheCase', 'haizhuCase'] as const)
      await capture(
        as.admin,
        `reconsideration ${key}`,
        'GET',
        `/api/reconsideration/cases/${cases[key]}`,
      );
    await capture(
      as.nclerk,
      'notarization case',
      'GET',
      `/api/notarization/cases/${cases.notaryCase}`,
    );
    await capture(
      as.admin,
      'notarization statistics export',
      'GET',
      `/api/notarization/statistics/export.xlsx?year=${new Date().getFullYear()}`,
    );
    await capture(as.admin, 'audit events', 'GET', '/api/audit/events?pageSize=200');

    const code = (
      await as.dangan.request({
        method: 'POST',
        url: `/api/persons/${personId}/codes`,
        payload: {},
      })
    ).json().code as string;
    await capture(null, 'citizen verify failed', 'POST', '/api/public/persons/verify', {
      idNumber: RESIDENT_ID,
      code: code === '000000' ? '000001' : '000000',
    });
    const verified = await capture(null, 'citizen verify', 'POST', '/api/public/persons/verify', {
      idNumber: RESIDENT_ID,
      code,
    });
    const cookie = `sifa_citizen=${verified.cookies.find((c) => c.name === 'sifa_citizen')!.value}`;
    for (const path of ['me', 'me/matters', 'me/access-log?pageSize=200'])
      await capture(
        null,
        `citizen ${path}`,
        'GET',
        `/api/public/persons/${path}`,
        undefined,
        cookie,
      );

    const failing = /error|refused|failed/;
    expect(
      replies.filter((r) => !failing.test(r.what) && r.status >= 300).map((r) => r.what),
    ).toEqual([]);
    expect(replies.filter((r) => failing.test(r.what)).every((r) => r.status >= 400)).toBe(true);
    expect(leaksOf()).toEqual([]);
  });

  it('in the log output', () => {
    expect(logs.split('\n').length).toBeGreaterThan(50);
    expect(idNumbersIn(logs)).toEqual([]);
  });

  it('only a reveal by a user with persons:reveal shows it, and then only that reply', async () => {
    const personId = await personIdOf(w.as.dangan, RESIDENT_ID);
    const reveal = await w.as.dangan.request({
      method: 'POST',
      url: `/api/persons/${personId}/reveal`,
      payload: { purpose: 'handling' },
    });
    expect(idNumbersIn(reveal.body)).toEqual([RESIDENT_ID]);
    expect(idNumbersIn(logs)).toEqual([]);
  });
});
