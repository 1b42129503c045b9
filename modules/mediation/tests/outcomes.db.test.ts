// How a mediation may end besides a written agreement: a dispute referred by a court (Art. 18),
// a party refuses (Art. 17), mediation fails (Art. 26) or a party ends it (Art. 23), an oral
// agreement (Art. 30) followed up and taken to court (Art. 32); and the rule that only the
// dispute's mediator or an administrator acts on it. A refused step writes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import { createTestApp } from '../../../platform/testing/app.js';
import { mediationApi, type World } from './api.js';
import { application, seedMediation } from './fixtures.js';

const world = {} as World;
const { inMediation, mediatorId, newCase, ok, refused } = mediationApi(world);

beforeAll(async () => {
  world.t = await createTestApp();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T02:00:00Z'));
  world.as = await seedMediation(world.t);
}, 300_000);
afterAll(async () => {
  vi.useRealTimers();
  await world.t.close();
});

describe('a dispute referred by a court (Art. 18)', () => {
  it('is registered with the referring court and waits for a mediator', async () => {
    const response = await world.as.tjadmin!.request({
      method: 'POST',
      url: '/api/mediation/cases',
      payload: {
        ...application(),
        channel: 'court',
        receivedDate: '2026-02-27',
        referral: { body: '广州市天河区人民法院', reference: '(2026)粤0106民诉前调100号' },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().stateLabel).toBe('委托移送，待指派');
    const c = (
      await world.as.tjadmin!.request({
        method: 'GET',
        url: `/api/mediation/cases/${response.json().caseId}`,
      })
    ).json();
    expect(c).toMatchObject({
      channelLabel: '人民法院委托移送',
      appliedDate: '2026-02-27',
      referral: { body: '广州市天河区人民法院' },
    });
    expect(c.timeline[0]).toMatchObject({ action: 'register', actorName: '五山司法所何主任' });
    expect(c.deadlines[0]).toMatchObject({ key: 'settle', dueDate: '2026-03-30' });
  });
});

describe('refusal and failure tell the parties of the other routes', () => {
  it('a party refuses mediation (Art. 17): the case ends with a notice and SMS', async () => {
    const c = await newCase();
    const respondent = c.parties.find((p: { name: string }) => p.name === '王强');
    await refused(
      'tjadmin',
      c,
      'refuse',
      { partyId: respondent.id, reasons: '王强明确表示不同意调解', routes: [] },
      400,
      'MEDIATION_ROUTES_REQUIRED',
    );
    const after = await ok('tjadmin', c, 'refuse', {
      partyId: respondent.id,
      reasons: '王强明确表示不同意调解',
      routes: ['litigation', 'administrative'],
    });
    expect(after.stateLabel).toBe('当事人拒绝调解');
    expect(after.outcome).toMatchObject({
      kind: 'refused',
      partyName: '王强',
      routes: ['administrative', 'litigation'],
    });
    expect(after.documents.map((d: { kind: string }) => d.kind)).toEqual(['routes_notice']);
    expect(after.deadlines[0].status).toBe('met');
    expect(after.nextActions).toEqual([]);
    const sms = await rows<{ body: string }>(
      world.t.database.db,
      sql`select body from notify.outbox where entity_id = ${c.id}`,
    );
    expect(sms).toHaveLength(2);
    expect(sms[0]!.body).toContain('向人民法院提起诉讼');
  });

  it('a refusal names a party of this dispute', async () => {
    const c = await newCase();
    await refused(
      'tjadmin',
      c,
      'refuse',
      { partyId: '00000000-0000-4000-8000-000000000000', reasons: 'x', routes: ['litigation'] },
      400,
      'MEDIATION_PARTY_UNKNOWN',
    );
  });

  it('mediation fails (Art. 26) or a party ends it (Art. 23)', async () => {
    for (const ground of ['failed', 'party_request'] as const) {
      const c = await inMediation();
      const after = await ok('tiaojie', c, 'terminate', {
        ground,
        reasons: '双方分歧过大',
        routes: ['litigation'],
      });
      expect(after.state).toBe('TERMINATED');
      expect(after.outcome.ground).toBe(ground);
      expect(after.outcome.routeLabels).toEqual(['向人民法院提起诉讼']);
    }
  });
});

describe('only the dispute’s mediator or an administrator takes its steps', () => {
  it('another mediator of the street is refused; the assigned one and the administrator may act', async () => {
    const c = await inMediation();
    const error = await refused(
      'tiaojie2',
      c,
      'agree-oral',
      { content: 'x', performanceManner: 'y' },
      403,
      'MEDIATION_NOT_ASSIGNED_MEDIATOR',
    );
    expect(error.message).toContain('林调解');
    await refused(
      'tiaojie',
      c,
      'assign',
      { mediatorId: await mediatorId(c.committeeId, '周明') },
      403,
      'AUTH_FORBIDDEN',
    );
  });

  it('a mediator of another committee cannot be assigned', async () => {
    const c = await newCase({ placeCode: '440106001003' });
    const other = await newCase(); // 岳洲 community
    const liu = await mediatorId(other.committeeId, '刘芳');
    await refused(
      'tjadmin',
      c,
      'assign',
      { mediatorId: liu },
      400,
      'MEDIATION_MEDIATOR_NOT_OF_COMMITTEE',
    );
  });
});

describe('an oral agreement', () => {
  it('takes effect when reached (Art. 30), is followed up, cannot be confirmed, and may go to court', async () => {
    const c = await inMediation();
    const oral = await ok('tiaojie', c, 'agree-oral', {
      content: '王强当场赔偿500元',
      performanceManner: '现金',
    });
    expect(oral.stateLabel).toBe('口头协议已达成');
    expect(oral.agreement).toMatchObject({ kind: 'oral', effectiveOn: '2026-03-02' });
    expect(oral.settledDate).toBe('2026-03-02');
    expect(oral.nextActions.map((a: { action: string }) => a.action)).not.toContain(
      'apply_confirmation',
    );
    const followUp = oral.deadlines.find((d: { key: string }) => d.key === 'followUp');
    expect(followUp.dueDate).toBe('2026-04-01');
    const visited = await ok('tiaojie', oral, 'follow-up', {
      visitedOn: '2026-03-02',
      method: 'visit',
      performance: 'none',
    });
    expect(visited.stateLabel).toBe('履行回访中');
    expect(visited.deadlines.find((d: { key: string }) => d.key === 'followUp').status).toBe('met');
    await refused(
      'tiaojie',
      visited,
      'apply-confirmation',
      { court: '天河区法院', appliedOn: '2026-03-02' },
      409,
      'MEDIATION_CONFIRMATION_ORAL',
    );
    const sued = await ok('tiaojie', visited, 'record-litigation', {
      court: '广州市天河区人民法院',
    });
    expect(sued.stateLabel).toBe('已起诉');
  });
});
