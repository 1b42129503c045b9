// The centre's pool over the API: lawyers registered once per licence, assignment by rotation
// over several cases, duty-lawyer stations with a weekly roster and consultations recorded only
// for the lawyer on duty, and the statistics with their Excel export.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../platform/testing/app.js';
import { application, lawyer, logInAll, OTHER_ID, seedAccounts, type Who } from './fixtures.js';

let t: TestApp;
let as: Record<Who, Session>;
const ids: Record<string, string> = {};
let stationId = '';

beforeAll(async () => {
  t = await createTestApp();
  await seedAccounts(t);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-04T02:00:00Z'));
  as = await logInAll(t.app);
});
afterAll(async () => {
  vi.useRealTimers();
  await t.close();
});

const post = (who: Who, url: string, payload: unknown) =>
  as[who].request({ method: 'POST', url, payload: payload as Record<string, unknown> });

describe('the lawyers of the pool', () => {
  it('registers providers; a licence number only once; only the head may', async () => {
    for (const [key, body] of [
      ['wang', lawyer({ name: '王律师', firm: '甲所', licenceNumber: 'L-001' })],
      ['li', lawyer({ name: '李律师', firm: '乙所', licenceNumber: 'L-002' })],
      ['zhao', lawyer({ name: '赵律师', firm: '乙所', licenceNumber: 'L-003' })],
    ] as const) {
      const response = await post('head', '/api/legal-aid/lawyers', body);
      expect(response.statusCode).toBe(201);
      ids[key] = response.json().id;
    }
    const twice = await post('head', '/api/legal-aid/lawyers', lawyer({ licenceNumber: 'L-001' }));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('LEGAL_AID_LICENCE_TAKEN');
    expect((await post('officer', '/api/legal-aid/lawyers', lawyer())).statusCode).toBe(403);
    const otherCentre = await post('hzhead', '/api/legal-aid/lawyers', {
      ...lawyer(),
      centreCode: 'district-legal-aid-440106',
    });
    expect(otherCentre.statusCode).toBe(403);
    expect(otherCentre.json().error.code).toBe('AUTH_OUT_OF_REGION');
  });

  it('six cases go round the three lawyers, two each', async () => {
    const assigned: string[] = [];
    for (let i = 0; i < 6; i++) {
      const receipt = await t.app.inject({
        method: 'POST',
        url: '/api/public/legal-aid/applications',
        payload: application(),
      });
      const caseId = receipt.json().caseId;
      expect(
        (await post('head', `/api/legal-aid/cases/${caseId}/grant`, { version: 1 })).statusCode,
      ).toBe(200);
      const response = await post('officer', `/api/legal-aid/cases/${caseId}/assign`, {
        version: 2,
      });
      expect(response.statusCode).toBe(200);
      assigned.push(response.json().provider.name);
    }
    expect(assigned.slice(0, 3).sort()).toEqual(['李律师', '王律师', '赵律师']);
    for (const name of ['王律师', '李律师', '赵律师'])
      expect(assigned.filter((n) => n === name)).toHaveLength(2);
    const list = await as.officer.request({ method: 'GET', url: '/api/legal-aid/lawyers' });
    expect(list.json().items.map((l: { open: number }) => l.open)).toEqual([2, 2, 2]);
  });

  it('an inactive lawyer is left out; assigning to an institution keeps to its lawyers', async () => {
    const stopped = await post('head', `/api/legal-aid/lawyers/${ids.wang}`, { active: false });
    expect(stopped.json().active).toBe(false);
    const receipt = await t.app.inject({
      method: 'POST',
      url: '/api/public/legal-aid/applications',
      payload: application(),
    });
    const caseId = receipt.json().caseId;
    await post('head', `/api/legal-aid/cases/${caseId}/grant`, { version: 1 });
    const toFirm = await post('officer', `/api/legal-aid/cases/${caseId}/assign`, {
      version: 2,
      firm: '甲所',
    });
    expect(toFirm.statusCode).toBe(409);
    expect(toFirm.json().error.code).toBe('LEGAL_AID_NO_LAWYER_AVAILABLE');
    const named = await post('officer', `/api/legal-aid/cases/${caseId}/assign`, {
      version: 2,
      lawyerId: ids.wang,
    });
    expect(named.json().error.code).toBe('LEGAL_AID_LAWYER_UNAVAILABLE');
    const firm = await post('officer', `/api/legal-aid/cases/${caseId}/assign`, {
      version: 2,
      firm: '乙所',
    });
    expect(['李律师', '赵律师']).toContain(firm.json().provider.name);
    const firms = await as.officer.request({ method: 'GET', url: '/api/legal-aid/firms' });
    expect(
      firms.json().items.map((f: { firm: string; assigned: number }) => [f.firm, f.assigned]),
    ).toEqual([
      ['乙所', 5],
      ['甲所', 2],
    ]);
  });
});

describe('duty lawyers: stations, the weekly roster, consultations', () => {
  it('the head sets up a station at the detention centre', async () => {
    const response = await post('head', '/api/legal-aid/duty/stations', {
      name: '天河区看守所值班律师工作站',
      kind: 'detention_centre',
    });
    expect(response.statusCode).toBe(201);
    stationId = response.json().id;
    expect(
      (await as.hzofficer.request({ method: 'GET', url: '/api/legal-aid/duty/stations' })).json()
        .items,
    ).toEqual([]);
  });

  it('the roster of a week starts on Monday and holds the centre’s active lawyers', async () => {
    const notMonday = await as.officer.request({
      method: 'PUT',
      url: '/api/legal-aid/duty/roster',
      payload: { stationId, weekStart: '2026-03-03', days: [] },
    });
    expect(notMonday.json().error.code).toBe('LEGAL_AID_ROSTER_INVALID');
    const response = await as.officer.request({
      method: 'PUT',
      url: '/api/legal-aid/duty/roster',
      payload: {
        stationId,
        weekStart: '2026-03-02',
        days: [
          { date: '2026-03-03', lawyerIds: [ids.li] },
          { date: '2026-03-04', lawyerIds: [ids.li, ids.zhao] },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    const roster = response.json();
    expect(roster.days).toHaveLength(7);
    expect(roster.days[2].lawyers.map((l: { name: string }) => l.name).sort()).toEqual([
      '李律师',
      '赵律师',
    ]);
    const inactive = await as.officer.request({
      method: 'PUT',
      url: '/api/legal-aid/duty/roster',
      payload: {
        stationId,
        weekStart: '2026-03-02',
        days: [{ date: '2026-03-05', lawyerIds: [ids.wang] }],
      },
    });
    expect(inactive.json().error.code).toBe('LEGAL_AID_LAWYER_NOT_FOUND');
  });

  it('records a consultation by the lawyer on duty that day, and refuses one who is not', async () => {
    const consultation = {
      stationId,
      lawyerId: ids.zhao,
      onDate: '2026-03-04',
      kind: 'procedure_advice',
      person: { name: '孙某', idNumber: OTHER_ID },
      summary: '就是否适用认罪认罚从宽程序提供建议',
      referred: true,
    };
    const ok = await post('officer', '/api/legal-aid/duty/consultations', consultation);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ lawyerName: '赵律师', kindLabel: '程序选择建议' });
    expect(JSON.stringify(ok.json())).not.toContain(OTHER_ID);
    const offDuty = await post('officer', '/api/legal-aid/duty/consultations', {
      ...consultation,
      onDate: '2026-03-03',
    });
    expect(offDuty.statusCode).toBe(409);
    expect(offDuty.json().error.message).toBe(
      '“赵律师”2026-03-03 不在“天河区看守所值班律师工作站”的值班表上',
    );
    const list = await as.head.request({ method: 'GET', url: '/api/legal-aid/duty/consultations' });
    expect(list.json().total).toBe(1);
  });
});

describe('statistics', () => {
  it('counts by month in the region and exports them to Excel', async () => {
    const response = await as.head.request({
      method: 'GET',
      url: '/api/legal-aid/statistics?year=2026',
    });
    expect(response.statusCode).toBe(200);
    const march = response.json().rows.find((r: { month: string }) => r.month === '2026-03');
    expect(march).toMatchObject({ applications: 7, granted: 7, assigned: 7, consultations: 1 });
    const other = await as.hzhead.request({
      method: 'GET',
      url: '/api/legal-aid/statistics?year=2026',
    });
    expect(
      other.json().rows.find((r: { month: string }) => r.month === '2026-03').applications,
    ).toBe(0);
    const file = await as.head.request({
      method: 'GET',
      url: '/api/legal-aid/statistics/export.xlsx?year=2026',
    });
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('申请数');
    expect(sheet.getRow(4).getCell(2).value).toBe(7);
  });
});
