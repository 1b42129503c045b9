// The legal clock of a training or acceptance-test installation (SIFA_CLOCK_CONTROL=true): an
// administrator reads it and moves it forward by whole days; each move is audited. The routes do
// not exist unless the setting is on.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { record } from '../audit/index.js';
import { authorize } from '../auth/permissions.js';
import { grant } from '../auth/roles.js';
import { withTx } from '../db/index.js';
import { auditContext, requireActor } from '../http/context.js';
import { contextOf } from '../http/session-plugin.js';
import { clockOffsetDays, setClockOffsetDays } from './clock.js';
import { shanghaiDate } from './dates.js';

export const ClockPermissions = { control: 'clock:control' } as const;
grant(['admin'], [ClockPermissions.control]);

const clockReply = z.object({ today: z.string(), offsetDays: z.number() });
const reply = () => ({ today: shanghaiDate(), offsetDays: clockOffsetDays() });

export const clockRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/dev/clock',
    {
      schema: {
        tags: ['dev'],
        summary: '培训/验收环境：当前法定日期',
        response: { 200: clockReply },
      },
    },
    async (request) => {
      authorize(requireActor(contextOf(app, request)), ClockPermissions.control);
      return reply();
    },
  );
  app.post(
    '/api/dev/clock',
    {
      schema: {
        tags: ['dev'],
        summary: '培训/验收环境：将法定日期向后拨动若干天',
        body: z.strictObject({ offsetDays: z.number().int().min(0).max(3650) }),
        response: { 200: clockReply },
      },
    },
    async (request) => {
      const ctx = contextOf(app, request);
      authorize(requireActor(ctx), ClockPermissions.control);
      const from = clockOffsetDays();
      await withTx(ctx.db, (tx) =>
        record(tx, auditContext(ctx), {
          action: 'clock.set',
          entityType: 'clock',
          entityId: 'legal-date',
          regionCode: null,
          details: { fromOffsetDays: from, toOffsetDays: request.body.offsetDays },
        }),
      );
      setClockOffsetDays(request.body.offsetDays);
      return reply();
    },
  );
};
