import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../db/index.js';
import { createTestApp, loginAs, seedTestAccounts, type TestApp } from '../testing/app.js';
import {
  devMailboxSender,
  dispatchPending,
  enqueue,
  MAX_ATTEMPTS,
  type NotificationSender,
} from './index.js';
import { outbox } from './schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedTestAccounts(t);
});
afterAll(() => t.close());

const cipher = () => t.app.sifa.cipher;
const message = (recipient: string, regionCode = '440106') => ({
  channel: 'sms' as const,
  recipient,
  subject: '测试',
  body: '您的申请已受理',
  entityType: 'test',
  entityId: '1',
  regionCode,
});

describe('the notification outbox', () => {
  it('stores the recipient encrypted and masked, and the mailbox shows it masked, by region', async () => {
    await withTx(t.database.db, async (tx) => {
      await enqueue(tx, cipher(), message('13812345678'));
      await enqueue(tx, cipher(), message('13900001111', '440105'));
    });
    const [row] = await t.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.recipientMasked, '138****5678'));
    expect(row!.recipientEncrypted).not.toContain('13812345678');
    const admin = await loginAs(t.app, 'admin');
    const mailbox = (await admin.request({ method: 'GET', url: '/api/notify/mailbox' })).json();
    expect(mailbox.items.map((m: { recipientMasked: string }) => m.recipientMasked).sort()).toEqual(
      ['138****5678', '139****1111'],
    );
    expect(JSON.stringify(mailbox)).not.toContain('13812345678');
    const districtAdmin = await loginAs(t.app, 'thadmin');
    const own = (await districtAdmin.request({ method: 'GET', url: '/api/notify/mailbox' })).json();
    expect(own.items.map((m: { recipientMasked: string }) => m.recipientMasked)).toEqual([
      '138****5678',
    ]);
    const tianhe = await loginAs(t.app, 'tianhe');
    expect((await tianhe.request({ method: 'GET', url: '/api/notify/mailbox' })).statusCode).toBe(
      403,
    );
  });

  it('delivers pending messages once, with the decrypted recipient', async () => {
    const seen: string[] = [];
    const sender: NotificationSender = {
      name: 'spy',
      send: async (m) => (seen.push(m.recipient), 'spy'),
    };
    expect(await dispatchPending(t.database.db, cipher(), sender)).toEqual({ sent: 2, failed: 0 });
    expect(seen.sort()).toEqual(['13812345678', '13900001111']);
    expect(await dispatchPending(t.database.db, cipher(), sender)).toEqual({ sent: 0, failed: 0 });
  });

  it('retries a failing sender with back-off and gives up after the last attempt', async () => {
    await withTx(t.database.db, (tx) => enqueue(tx, cipher(), message('13700000000')));
    const broken: NotificationSender = {
      name: 'broken',
      send: async () => Promise.reject(new Error('网关超时')),
    };
    let now = new Date();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect(await dispatchPending(t.database.db, cipher(), broken, 50, now)).toEqual({
        sent: 0,
        failed: 1,
      });
      // Not due again until its back-off has passed.
      expect(await dispatchPending(t.database.db, cipher(), broken, 50, now)).toEqual({
        sent: 0,
        failed: 0,
      });
      now = new Date(now.getTime() + 2 ** (i + 1) * 60_000 + 1000);
    }
    const [row] = await t.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.recipientMasked, '137****0000'));
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: '网关超时' });
    expect(await dispatchPending(t.database.db, cipher(), devMailboxSender, 50, now)).toEqual({
      sent: 0,
      failed: 0,
    });
  });
});
