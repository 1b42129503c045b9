// The statistics over the disputes of tests/scope-cases.ts: by district, street and committee;
// success rate, days to settle, 就地化解; the permission; the Excel export.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { World } from './api.js';
import { scopeWorld } from './scope-cases.js';

let world: World;

beforeAll(async () => {
  ({ world } = await scopeWorld());
}, 300_000);
afterAll(async () => {
  vi.useRealTimers();
  await world.t.close();
});

describe('statistics', () => {
  const stats = async (who: string, groupBy: string) => {
    const response = await world.as[who]!.request({
      method: 'GET',
      url: `/api/mediation/statistics?year=2026&groupBy=${groupBy}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('the city in total: 5 disputes, 2 settled of 3 ended, 6 days, 1 settled where it arose', async () => {
    const s = await stats('leader', 'district');
    expect(s.totals).toMatchObject({
      total: 5,
      settled: 2,
      written: 1,
      oral: 1,
      terminated: 1,
      refused: 1,
      pending: 1,
      successRate: 66.7,
      avgDaysToSettle: 6,
      settledLocally: 1,
    });
    expect(s.totals.byType).toEqual({
      neighbourhood: 2,
      labour: 1,
      traffic_accident: 1,
      property_management: 1,
    });
    expect(s.rows.map((r: { name: string; total: number }) => [r.name, r.total])).toEqual([
      ['海珠区', 1],
      ['天河区', 4],
    ]);
  });

  it('by street: the district’s own committee apart; by committee, the names', async () => {
    const streets = await stats('tianhe', 'street');
    expect(streets.rows.map((r: { name: string; total: number }) => [r.name, r.total])).toEqual([
      ['天河区（区级及行业性调委会）', 1],
      ['五山街道', 2],
      ['员村街道', 1],
    ]);
    expect(streets.rows[1]).toMatchObject({ settled: 2, settledLocally: 1, successRate: 100 });
    const committees = await stats('tjadmin', 'committee');
    expect(
      committees.rows
        .map((r: { name: string; total: number; settledLocally: number }) => [
          r.name,
          r.total,
          r.settledLocally,
        ])
        .sort(),
    ).toEqual([
      ['五山街道岳洲社区人民调解委员会', 1, 1],
      ['天河区五山街道人民调解委员会', 1, 0],
    ]);
  });

  it('only with the statistics permission', async () => {
    expect(
      (
        await world.as.tiaojie!.request({
          method: 'GET',
          url: '/api/mediation/statistics?year=2026',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('exports the figures to Excel with a total row', async () => {
    const response = await world.as.tianhe!.request({
      method: 'GET',
      url: '/api/mediation/statistics/export.xlsx?year=2026&groupBy=district',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('statistics')!;
    const header = sheet.getRow(1).values as unknown[];
    expect(header).toContain('就地化解');
    expect(header).toContain('调解成功率（%）');
    expect(sheet.getRow(2).getCell(1).value).toBe('天河区');
    expect(sheet.getRow(2).getCell(2).value).toBe(4);
    expect(sheet.getRow(3).getCell(1).value).toBe('合计');
  });
});
