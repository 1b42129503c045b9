// The person file over the API: registration, lookup by ID number, the file with every module's
// matters, masking and reveal, lists and exports, and the access log each staff
// read writes (with its purpose), including the case reads of the case modules.
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import { maskIdNumber } from '../../../platform/identifiers/index.js';
import { createTestApp, type TestApp } from '../../../platform/testing/app.js';
import {
  accessRows,
  lastLogId,
  personIdOf,
  RESIDENT_ID,
  seedWorld,
  STRANGER_ID,
  withCheck,
  type World,
} from './fixtures.js';

let t: TestApp;
let w: World;
let residentPersonId = '';
const index = (idNumber: string) => t.app.sifa.cipher.blindIndex(idNumber);

beforeAll(async () => {
  t = await createTestApp();
  w = await seedWorld(t);
  residentPersonId = await personIdOf(w.as.dangan, RESIDENT_ID);
});
afterAll(() => t.close());

describe('registering a person', () => {
  it('stores the ID number encrypted with a blind index and shows it masked', async () => {
    const [row] = await rows<Record<string, string>>(
      t.database.db,
      sql`select id_number_encrypted, id_number_index, id_number_masked, sex, region_code
          from persons.persons where id = ${residentPersonId}`,
    );
    expect(row!.id_number_encrypted).not.toContain(RESIDENT_ID.slice(6, 14));
    expect(t.app.sifa.cipher.decrypt(row!.id_number_encrypted!)).toBe(RESIDENT_ID);
    expect(row!.id_number_index).toBe(index(RESIDENT_ID));
    expect(row!.id_number_masked).toBe(maskIdNumber(RESIDENT_ID));
    expect(row!.id_number_masked).toMatch(/^4401\*{10}\d{3}[\dX]$/);
    expect(row!.sex).toBe('male');
    expect(row!.region_code).toBe('440106001');
  });

  it.each([
    ['a wrong check character', RESIDENT_ID.slice(0, 17) + (RESIDENT_ID[17] === '0' ? '1' : '0')],
    ['a date that does not exist', withCheck('44010619850230301')],
    ['too short', '4401061985'],
  ])('refuses %s with a reason and without echoing the number', async (_what, idNumber) => {
    const response = await w.as.dangan.request({
      method: 'POST',
      url: '/api/persons',
      payload: { idNumber, name: '王五' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('ID_NUMBER_INVALID');
    expect(response.body).not.toContain(idNumber);
  });

  it('refuses a second file for the same number, and a region outside the officer’s', async () => {
    const twice = await w.as.dangan.request({
      method: 'POST',
      url: '/api/persons',
      payload: { idNumber: RESIDENT_ID.toLowerCase(), name: '张三' },
    });
    expect(twice.json().error.code).toBe('PERSONS_ALREADY_REGISTERED');
    const elsewhere = await w.as.wushan.request({
      method: 'POST',
      url: '/api/persons',
      payload: { idNumber: STRANGER_ID, name: '赵六', regionCode: '440105' },
    });
    expect(elsewhere.json().error.code).toBe('PERSONS_REGION_INVALID');
  });

  it('a district officer may not register; a 司法所 officer files in their street by default', async () => {
    const district = await w.as.tianhe.request({
      method: 'POST',
      url: '/api/persons',
      payload: { idNumber: STRANGER_ID, name: '赵六' },
    });
    expect(district.statusCode).toBe(403);
    const office = await w.as.wushan.request({
      method: 'POST',
      url: '/api/persons',
      payload: { idNumber: STRANGER_ID, name: '赵六' },
    });
    expect(office.statusCode).toBe(201);
    expect(office.json()).toMatchObject({ regionCode: '440106001', regionName: '五山街道' });
  });
});

describe('looking a person up and opening the file', () => {
  it('finds a person by ID number, masked, and logs the lookup with its purpose', async () => {
    const before = await lastLogId(t);
    const response = await w.as.rclerk.request({
      method: 'POST',
      url: '/api/persons/lookup',
      payload: { idNumber: RESIDENT_ID, purpose: 'answering' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: residentPersonId,
      name: '张三',
      idNumberMasked: maskIdNumber(RESIDENT_ID),
      phoneMasked: '139****1111',
    });
    expect(response.body).not.toContain(RESIDENT_ID);
    expect(await accessRows(t, index(RESIDENT_ID), before)).toMatchObject([
      { kind: 'lookup', actor_name: '复议立案员', purpose: 'answering', entity_type: 'person' },
    ]);
  });

  it('says when a valid number has no file, and needs a purpose from the list', async () => {
    const unknown = await w.as.rclerk.request({
      method: 'POST',
      url: '/api/persons/lookup',
      payload: { idNumber: withCheck('44011219800101123'), purpose: 'handling' },
    });
    expect(unknown.json().error.code).toBe('PERSONS_NOT_REGISTERED');
    for (const purpose of [undefined, 'curiosity']) {
      const response = await w.as.rclerk.request({
        method: 'POST',
        url: '/api/persons/lookup',
        payload: { idNumber: RESIDENT_ID, purpose },
      });
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('the file lists the matters of every module, masked, and the read is logged', async () => {
    const before = await lastLogId(t);
    const response = await w.as.dangan.request({
      method: 'GET',
      url: `/api/persons/${residentPersonId}?purpose=supervision`,
    });
    expect(response.statusCode).toBe(200);
    const file = response.json();
    expect(file.person.idNumberMasked).toBe(maskIdNumber(RESIDENT_ID));
    expect(file.purposeLabel).toBe('监督检查');
    const matters = file.matters as { module: string; caseId: string; role: string }[];
    expect(matters.map((m) => m.caseId).sort()).toEqual(
      [w.cases.cityCase, w.cases.tianheCase, w.cases.notaryCase].sort(),
    );
    expect(new Set(matters.map((m) => m.module))).toEqual(
      new Set(['reconsideration', 'notarization']),
    );
    expect(matters.every((m) => m.role === '申请人')).toBe(true);
    expect(response.body).not.toContain(RESIDENT_ID);
    expect(await accessRows(t, index(RESIDENT_ID), before)).toMatchObject([
      { kind: 'read', actor_name: '林档案', purpose: 'supervision', entity_id: residentPersonId },
    ]);
  });

  it('opening a file without a purpose is refused and logs nothing', async () => {
    const before = await lastLogId(t);
    const response = await w.as.dangan.request({
      method: 'GET',
      url: `/api/persons/${residentPersonId}`,
    });
    expect(response.statusCode).toBe(400);
    expect(await lastLogId(t)).toBe(before);
  });
});

describe('the full ID number', () => {
  it('needs persons:reveal: others get 403 and nothing is logged', async () => {
    const before = await lastLogId(t);
    for (const who of ['tianhe', 'rclerk', 'wushan'] as const) {
      const response = await w.as[who].request({
        method: 'POST',
        url: `/api/persons/${residentPersonId}/reveal`,
        payload: { purpose: 'handling' },
      });
      expect(response.statusCode).toBe(403);
    }
    expect(await lastLogId(t)).toBe(before);
  });

  it('is shown on request to the person file officer, logged and audited', async () => {
    const before = await lastLogId(t);
    const response = await w.as.dangan.request({
      method: 'POST',
      url: `/api/persons/${residentPersonId}/reveal`,
      payload: { purpose: 'legal_assistance' },
    });
    expect(response.json()).toEqual({ idNumber: RESIDENT_ID });
    expect(await accessRows(t, index(RESIDENT_ID), before)).toMatchObject([
      { kind: 'reveal', actor_name: '林档案', purpose: 'legal_assistance' },
    ]);
    const [audit] = await rows<{ action: string; details: Record<string, unknown> }>(
      t.database.db,
      sql`select action, details from audit.events where entity_id = ${residentPersonId}
          order by seq desc limit 1`,
    );
    expect(audit).toEqual({
      action: 'persons.reveal_id_number',
      details: { purpose: 'legal_assistance', idNumberMasked: maskIdNumber(RESIDENT_ID) },
    });
  });
});

describe('lists and exports', () => {
  it('list persons of the region by name, masked, one log row per person listed', async () => {
    const before = await lastLogId(t);
    const response = await w.as.tianhe.request({
      method: 'GET',
      url: '/api/persons?purpose=statistics',
    });
    const items = response.json().items as { name: string; idNumberMasked: string }[];
    expect(items.map((p) => p.name).sort()).toEqual(['张三', '赵六']);
    expect(response.body).not.toMatch(/\d{17}[\dX]/);
    const logged = await accessRows(t, index(RESIDENT_ID), before);
    expect(logged).toMatchObject([{ kind: 'list', purpose: 'statistics', actor_name: '天河区局' }]);
  });

  it('the Excel export is masked too, needs persons:export, and is logged', async () => {
    const refused = await w.as.tianhe.request({
      method: 'GET',
      url: '/api/persons/export.xlsx?purpose=statistics',
    });
    expect(refused.statusCode).toBe(403);
    const before = await lastLogId(t);
    const response = await w.as.dangan.request({
      method: 'GET',
      url: '/api/persons/export.xlsx?purpose=statistics&q=张',
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => cells.push(...(row.values as string[]).map(String)));
    expect(cells).toContain(maskIdNumber(RESIDENT_ID));
    expect(cells.join(' ')).not.toContain(RESIDENT_ID);
    expect(await accessRows(t, index(RESIDENT_ID), before)).toMatchObject([
      { kind: 'export', purpose: 'statistics', actor_name: '林档案' },
    ]);
  });
});

describe('the case modules log their case reads', () => {
  it.each([
    ['reconsideration', 'cityCase', 'rclerk'],
    ['notarization', 'notaryCase', 'nclerk'],
  ] as const)('%s: one row per named person, 办理案件 by default', async (module, key, who) => {
    const before = await lastLogId(t);
    const url = `/api/${module}/cases/${w.cases[key]}`;
    expect((await w.as[who].request({ method: 'GET', url })).statusCode).toBe(200);
    expect(
      (await w.as[who].request({ method: 'GET', url: `${url}?purpose=review` })).statusCode,
    ).toBe(200);
    const bad = await w.as[who].request({ method: 'GET', url: `${url}?purpose=gossip` });
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect(await accessRows(t, index(RESIDENT_ID), before)).toMatchObject([
      { kind: 'read', module, entity_type: 'case', entity_id: w.cases[key], purpose: 'handling' },
      { kind: 'read', module, entity_type: 'case', entity_id: w.cases[key], purpose: 'review' },
    ]);
  });

  it('a read refused by region writes no row', async () => {
    const before = await lastLogId(t);
    const response = await w.as.haizhu.request({
      method: 'GET',
      url: `/api/reconsideration/cases/${w.cases.tianheCase}`,
    });
    expect(response.statusCode).toBe(404);
    expect(await lastLogId(t)).toBe(before);
  });
});
