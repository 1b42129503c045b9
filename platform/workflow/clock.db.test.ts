import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, seedTestAccounts, type TestApp } from '../testing/app.js';
import { setClockOffsetDays } from './clock.js';
import { addDays, shanghaiDate } from './dates.js';

describe('the legal clock of a training installation', () => {
  let controlled: TestApp;
  let live: TestApp;
  beforeAll(async () => {
    controlled = await createTestApp({ SIFA_CLOCK_CONTROL: 'true' });
    live = await createTestApp();
    await seedTestAccounts(controlled);
    await seedTestAccounts(live);
  });
  afterAll(async () => {
    await controlled.close();
    await live.close();
  });
  afterEach(() => setClockOffsetDays(0));

  it('moves legal dates forward by whole days and audits the move', async () => {
    const before = shanghaiDate();
    const admin = await loginAs(controlled.app, 'admin');
    const moved = await admin.request({
      method: 'POST',
      url: '/api/dev/clock',
      payload: { offsetDays: 9 },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({ today: addDays(before, 9), offsetDays: 9 });
    expect(shanghaiDate()).toBe(addDays(before, 9));
    const audit = await admin.request({ method: 'GET', url: '/api/audit/events?action=clock.set' });
    expect(JSON.stringify(audit.json())).toContain('"toOffsetDays":9');
  });

  it('lets only an administrator move it, and never backwards', async () => {
    const clerk = await loginAs(controlled.app, 'wushan');
    const denied = await clerk.request({
      method: 'POST',
      url: '/api/dev/clock',
      payload: { offsetDays: 1 },
    });
    expect(denied.statusCode).toBe(403);
    const admin = await loginAs(controlled.app, 'admin');
    const backwards = await admin.request({
      method: 'POST',
      url: '/api/dev/clock',
      payload: { offsetDays: -1 },
    });
    expect(backwards.statusCode).toBe(400);
    expect(shanghaiDate()).toBe(shanghaiDate(new Date()));
  });

  it('does not exist in a live installation', async () => {
    const admin = await loginAs(live.app, 'admin');
    const response = await admin.request({
      method: 'POST',
      url: '/api/dev/clock',
      payload: { offsetDays: 3 },
    });
    expect(response.statusCode).toBe(404);
  });
});
