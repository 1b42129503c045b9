// Calls the mediation tests make over the API: open disputes, take steps, check that a refused
// step wrote nothing. `world` holds the app and the current sessions (re-logged in when a test
// moves the clock).
import { sql } from 'drizzle-orm';
import { expect, vi } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import type { TestApp } from '../../../platform/testing/app.js';
import type { ApplicationBody } from '../contract.js';
import { application, loginAll, type Sessions } from './fixtures.js';

export type Detail = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Body = Record<string, unknown>;

export interface World {
  t: TestApp;
  as: Sessions;
}

export function mediationApi(world: World) {
  const as = (who: string) => world.as[who]!;
  const apply = (body: Partial<ApplicationBody> = {}) =>
    world.t.app.inject({
      method: 'POST',
      url: '/api/public/mediation/applications',
      payload: application(body),
    });
  const get = (who: string, id: string) =>
    as(who).request({ method: 'GET', url: `/api/mediation/cases/${id}` });
  const act = (who: string, c: Detail, path: string, body: Body = {}) =>
    as(who).request({
      method: 'POST',
      url: `/api/mediation/cases/${c.id}/${path}`,
      payload: { version: c.version, ...body },
    });
  const writes = async () =>
    (
      await rows<{ n: number }>(
        world.t.database.db,
        sql`select (select count(*) from mediation.events)::int + (select count(*) from audit.events)::int as n`,
      )
    )[0]!.n;

  const api = {
    apply,
    get,
    act,
    /** Moves the legal clock to a date (10:00 in Shanghai) and logs everyone in again. */
    on: async (date: string) => {
      vi.setSystemTime(new Date(`${date}T02:00:00Z`));
      world.as = await loginAll(world.t);
    },
    /** A new application, as `viewer` sees it. */
    newCase: async (body: Partial<ApplicationBody> = {}, viewer = 'tjadmin'): Promise<Detail> => {
      const response = await apply(body);
      expect(response.statusCode, response.body).toBe(201);
      return (await get(viewer, response.json().caseId)).json();
    },
    ok: async (who: string, c: Detail, path: string, body: Body = {}): Promise<Detail> => {
      const response = await act(who, c, path, body);
      expect(response.statusCode, response.body).toBe(200);
      return path === 'transfer' ? response.json().case : response.json();
    },
    /** A step refused with `status` and `code`, having written no event and no audit. */
    refused: async (
      who: string,
      c: Detail,
      path: string,
      body: Body,
      status: number,
      code: string,
    ) => {
      const before = await writes();
      const response = await act(who, c, path, body);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().error.code).toBe(code);
      expect(await writes()).toBe(before);
      return response.json().error as { code: string; message: string };
    },
    /** Steps one after another, each with the version the previous one returned. */
    run: async (who: string, id: string, steps: [string, Body][]) => {
      let c: Detail = (await get(who, id)).json();
      for (const [path, body] of steps) c = await api.ok(who, c, path, body);
      return c;
    },
    mediatorId: async (committeeId: string, name?: string, who = 'tjadmin') => {
      const committee = (
        await as(who).request({ method: 'GET', url: `/api/mediation/committees/${committeeId}` })
      ).json();
      const list = committee.mediators as { id: string; name: string }[];
      return (name ? list.find((m) => m.name === name) : list[0])!.id;
    },
    session: (heldOn: string): [string, Body] => [
      'record-session',
      { heldOn, place: '调解室', participants: ['张丽', '王强'], notes: '调解' },
    ],
    /** A dispute at the 五山 street committee in mediation, 林调解 (user tiaojie) assigned. */
    inMediation: async (): Promise<Detail> => {
      const c = await api.newCase({ placeCode: '440106001003' });
      const mediatorId = await api.mediatorId(c.committeeId, '林调解');
      return api.run('tjadmin', c.id, [['assign', { mediatorId }], api.session('2026-03-02')]);
    },
    /** Drafts and signs a written agreement on `on` (all parties, mediator, seal). */
    signed: async (c: Detail, on = '2026-03-02', who = 'tiaojie'): Promise<Detail> => {
      const drafted = await api.ok(who, c, 'draft-agreement', {
        facts: '漏水',
        issues: '赔偿',
        responsibilities: '王强负责',
        content: '王强赔偿1000元',
        performanceManner: '转账',
      });
      return api.ok(who, drafted, 'sign-agreement', {
        signatures: drafted.parties.map((p: { id: string }) => ({
          partyId: p.id,
          manner: 'signature',
          signedOn: on,
        })),
        mediatorSignedOn: on,
        sealedOn: on,
      });
    },
  };
  return api;
}
