// Five disputes across the region tree for the scoping matrix and the statistics:
// A 岳洲 community, settled orally on 03-04 where it arose; B 员村 street, failed;
// C 车陂 (no committee: the district's), refused; D 海珠 赤岗, pending;
// E 岳洲, transferred to the 五山 street committee, settled in writing on 03-12.
import { vi } from 'vitest';
import { createTestApp } from '../../../platform/testing/app.js';
import { mediationApi, type World } from './api.js';
import { loginAll, seedMediation } from './fixtures.js';

export async function scopeWorld() {
  const t = await createTestApp();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T02:00:00Z'));
  const world: World = { t, as: await seedMediation(t) };
  const api = mediationApi(world);
  const id = async (body: Parameters<typeof api.apply>[0]) =>
    (await api.apply(body)).json().caseId as string;
  const ids: Record<string, string> = {
    A: await id({}),
    B: await id({ placeCode: '440106002008', disputeType: 'labour' }),
    C: await id({ placeCode: '440106003014', disputeType: 'traffic_accident' }),
    D: await id({ placeCode: '440105001101' }),
    E: await id({ disputeType: 'property_management' }),
  };
  const committeeOf = async (who: string, key: string) =>
    (await api.get(who, ids[key]!)).json().committeeId as string;

  await api.run('tjadmin', ids.A!, [
    ['assign', { mediatorId: await api.mediatorId(await committeeOf('tjadmin', 'A')) }],
    api.session('2026-03-02'),
  ]);
  await api.run('yctj', ids.B!, [
    [
      'assign',
      { mediatorId: await api.mediatorId(await committeeOf('yctj', 'B'), undefined, 'yctj') },
    ],
    api.session('2026-03-02'),
    ['terminate', { ground: 'failed', reasons: '分歧过大', routes: ['arbitration'] }],
  ]);
  const c = (await api.get('thtj', ids.C!)).json();
  await api.run('thtj', ids.C!, [
    ['refuse', { partyId: c.parties[1].id, reasons: '拒绝', routes: ['litigation'] }],
  ]);
  const e = await api.run('tjadmin', ids.E!, [['transfer', { reason: '复杂' }]]);
  await api.run('tjadmin', ids.E!, [
    ['assign', { mediatorId: await api.mediatorId(e.committeeId, '林调解') }],
    api.session('2026-03-02'),
  ]);

  await api.on('2026-03-04');
  await api.run('tjadmin', ids.A!, [
    ['agree-oral', { content: '赔偿', performanceManner: '现金' }],
  ]);
  await api.on('2026-03-12');
  await api.signed((await api.get('tiaojie', ids.E!)).json(), '2026-03-12');
  world.as = await loginAll(t);
  return { world, api, ids };
}
