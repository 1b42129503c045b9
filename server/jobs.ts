// Background work of the process: sending the notification outbox, and the statute's silent
// steps (deemed acceptance, deemed abandonment) once an hour. Both stop on shutdown.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { integrate, ledgerHeads } from '../platform/ledger/log.js';
import { runReconsiderationTimers } from '../modules/reconsideration/index.js';
import {
  devMailboxSender,
  dispatchPending,
  type NotificationSender,
} from '../platform/notify/index.js';

export interface Jobs {
  stop(): Promise<void>;
}

export function startJobs(
  app: FastifyInstance,
  sender: NotificationSender = devMailboxSender,
): Jobs {
  const { database, config, cipher } = app.sifa;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const guard = (name: string, work: () => Promise<unknown>) => () => {
    if (stopped) return;
    running = running
      .then(work)
      .catch((error: unknown) => app.log.error({ err: error }, `${name} failed`));
  };
  const dispatch = guard('notification dispatch', () =>
    dispatchPending(database.db, cipher, sender),
  );
  const timers = guard('statutory timers', async () => {
    const ctx = {
      db: database.db,
      config,
      cipher,
      actor: null,
      requestId: null,
      locale: 'zh-CN' as const,
    };
    const result = await runReconsiderationTimers(ctx);
    if (result.deemedAccepted || result.deemedAbandoned)
      app.log.info(result, 'statutory timers ran');
  });
  // Appends are durable at once; the tree and its signed checkpoint follow in batches.
  const integrateLogs = guard('ledger integration', async () => {
    const pending = await database.db
      .select()
      .from(ledgerHeads)
      .where(sql`${ledgerHeads.integrated} < ${ledgerHeads.size}`);
    for (const { log } of pending) await integrate(database.db, log, app.sifa.ledgerSigner);
  });
  const intervals = [
    setInterval(dispatch, 10_000),
    setInterval(timers, 3_600_000),
    setInterval(integrateLogs, 5_000),
  ];
  timers();
  dispatch();
  return {
    stop: async () => {
      stopped = true;
      intervals.forEach(clearInterval);
      await running;
    },
  };
}
