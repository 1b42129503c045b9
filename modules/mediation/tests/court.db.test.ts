// After a written agreement: judicial confirmation (Art. 33) in time or late, the court declining,
// extending once, not confirming and a new mediation; the escalation flag (Art. 25) and the
// district's list; a transfer up to the committee above. A refused step writes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp } from '../../../platform/testing/app.js';
import { mediationApi, type World } from './api.js';
import { seedMediation } from './fixtures.js';

const world = {} as World;
const { act, inMediation, newCase, ok, on, refused, signed } = mediationApi(world);

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

describe('judicial confirmation', () => {
  it('an application after the 30 日 is refused with the last day (Art. 33)', async () => {
    const c = await signed(await inMediation());
    await on('2026-04-02');
    const error = await refused(
      'tiaojie',
      c,
      'apply-confirmation',
      { court: '天河区法院', appliedOn: '2026-04-02' },
      409,
      'MEDIATION_CONFIRMATION_LATE',
    );
    expect(error.message).toContain('2026-04-01');
    expect(
      (
        await act('tiaojie', c, 'apply-confirmation', {
          court: '天河区法院',
          appliedOn: '2026-04-01',
        })
      ).statusCode,
    ).toBe(200);
    await on('2026-03-02');
  });

  it('the court may not confirm; the parties mediate again and a new agreement is signed', async () => {
    const c = await signed(await inMediation());
    const applied = await ok('tiaojie', c, 'apply-confirmation', {
      court: '天河区法院',
      appliedOn: '2026-03-02',
    });
    const accepted = await ok('tiaojie', applied, 'court-accept', { acceptedOn: '2026-03-02' });
    const extended = await ok('tiaojie', accepted, 'court-extend');
    expect(extended.deadlines.find((d: { key: string }) => d.key === 'courtDecision').dueDate).toBe(
      '2026-03-27',
    );
    await refused('tiaojie', extended, 'court-extend', {}, 409, 'MEDIATION_COURT_EXTENDED_ONCE');
    const rejected = await ok('tiaojie', extended, 'court-reject', {
      ruledOn: '2026-03-02',
      reasons: '协议内容违反法律强制性规定',
    });
    expect(rejected.stateLabel).toBe('司法确认未获支持');
    expect(rejected.confirmation.ruling).toBe('invalid');
    const again = await ok('tiaojie', rejected, 'resume-mediation');
    expect(again.state).toBe('IN_MEDIATION');
    expect(again.settledDate).toBeNull();
    expect((await signed(again)).stateLabel).toBe('书面协议已生效');
  });

  it('the court may decline to accept; a party then sues', async () => {
    const c = await signed(await inMediation());
    const applied = await ok('tiaojie', c, 'apply-confirmation', {
      court: '天河区法院',
      appliedOn: '2026-03-02',
    });
    const declined = await ok('tiaojie', applied, 'court-decline', {
      decidedOn: '2026-03-02',
      reasons: '不属于本院管辖',
    });
    expect(declined.confirmation.ruling).toBe('declined');
    expect((await ok('tiaojie', declined, 'record-litigation')).state).toBe('LITIGATED');
  });

  it('dates the court acted on cannot precede the application or lie in the future', async () => {
    const c = await signed(await inMediation());
    const applied = await ok('tiaojie', c, 'apply-confirmation', {
      court: '天河区法院',
      appliedOn: '2026-03-02',
    });
    await refused(
      'tiaojie',
      applied,
      'court-accept',
      { acceptedOn: '2026-03-01' },
      400,
      'MEDIATION_DATE_INVALID',
    );
    await refused(
      'tiaojie',
      applied,
      'court-accept',
      { acceptedOn: '2026-03-03' },
      400,
      'MEDIATION_DATE_INVALID',
    );
  });
});

describe('escalation risk (民转刑, Art. 25)', () => {
  it('a flagged dispute is on the district’s list, most serious first; a major one needs the police told', async () => {
    const a = await inMediation();
    // 车陂街道 has no committee of its own: the district's takes it.
    const b = await newCase({ placeCode: '440106003014', disputeType: 'labour' }, 'thtj');
    await refused(
      'tiaojie',
      a,
      'flag-risk',
      { level: 'major', reportedToPolice: false, note: '扬言报复' },
      400,
      'MEDIATION_RISK_POLICE_REQUIRED',
    );
    const flagged = await ok('tiaojie', a, 'flag-risk', {
      level: 'major',
      reportedToPolice: true,
      policeStation: '五山派出所',
      note: '扬言报复',
    });
    expect(flagged.risk).toMatchObject({
      level: 'major',
      reportedToPolice: true,
      policeStation: '五山派出所',
      flaggedBy: '林调解',
    });
    expect(b.committeeName).toBe('广州市天河区人民调解委员会');
    await ok('thtj', b, 'flag-risk', { level: 'general', note: '情绪激动' });
    const list = (who: string) =>
      world.as[who]!.request({ method: 'GET', url: '/api/mediation/risks' });
    const district = (await list('tianhe')).json();
    expect(district.items.map((i: { id: string }) => i.id)).toEqual([a.id, b.id]);
    expect(district.items[0]).toMatchObject({
      riskLabel: '重大风险（可能引发刑事案件）',
      policeStation: '五山派出所',
    });
    expect((await list('tjadmin')).json().items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    expect((await list('hztj')).json().total).toBe(0);
    expect((await list('tiaojie')).statusCode).toBe(403);
    const cleared = await ok('tiaojie', flagged, 'clear-risk', { note: '已化解' });
    expect(cleared.risk).toBeNull();
    await refused('tiaojie', cleared, 'clear-risk', {}, 409, 'MEDIATION_RISK_NOT_FLAGGED');
  });
});

describe('transfer up', () => {
  it('goes to the committee above; the street no longer sees it, and it is not 就地化解', async () => {
    const c = await newCase(); // 岳洲 community
    const response = await act('tjadmin', c, 'transfer', {
      reason: '案情复杂，社区调委会难以化解',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      visible: true,
      case: {
        committeeName: '天河区五山街道人民调解委员会',
        transferCount: 1,
        state: 'TRANSFERRED',
      },
    });
    const moved = response.json().case;
    const up = await act('tjadmin', moved, 'transfer', { reason: '涉及多个街道' });
    expect(up.json()).toEqual({ visible: false, case: null });
    const district = (
      await world.as.thtj!.request({ method: 'GET', url: `/api/mediation/cases/${c.id}` })
    ).json();
    expect(district).toMatchObject({
      committeeName: '广州市天河区人民调解委员会',
      firstCommitteeName: '五山街道岳洲社区人民调解委员会',
      transferCount: 2,
    });
    await refused(
      'thtj',
      district,
      'transfer',
      { reason: '再上移' },
      409,
      'MEDIATION_NO_HIGHER_COMMITTEE',
    );
  });
});
