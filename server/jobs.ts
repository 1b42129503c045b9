// Background work of the process: sending the notification outbox, and the statute's silent
// steps (deemed acceptance, deemed abandonment) once an hour. Both stop on shutdown.
import type { FastifyInstance } from 'fastify';
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
  const intervals = [setInterval(dispatch, 10_000), setInterval(timers, 3_600_000)];
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
