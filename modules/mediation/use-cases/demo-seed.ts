// The demo committees of a fresh demo installation: a street, its communities, a second street,
// a district committee, a medical one, and a street of another district — in real divisions of
// Guangzhou. One community lacks a woman member, so the committees page shows the Art. 8 check.
// The demo mediator account `tiaojie` mediates at 五山街道. Runs once (no committee yet).
import { eq, sql } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { users } from '../../../platform/auth/schema.js';
import { type Db, withTx } from '../../../platform/db/index.js';
import { committeeMembers, committees, mediators } from '../db/schema.js';

type Sex = 'female' | 'male';
interface DemoCommittee {
  name: string;
  shortName: string;
  level: 'community' | 'street' | 'district' | 'industry';
  regionCode: string;
  industryTypes?: string[];
  members: [string, Sex][];
  mediators: {
    name: string;
    sex: Sex;
    kind: 'full_time' | 'part_time';
    specialties: string[];
    username?: string;
  }[];
}

export const DEMO_COMMITTEES: DemoCommittee[] = [
  {
    name: '天河区五山街道人民调解委员会',
    shortName: '天河五山',
    level: 'street',
    regionCode: '440106001',
    members: [
      ['何志强', 'male'],
      ['梁惠芬', 'female'],
      ['黄伟', 'male'],
      ['陈丽华', 'female'],
      ['李建国', 'male'],
    ],
    mediators: [
      {
        name: '林调解',
        sex: 'female',
        kind: 'full_time',
        specialties: ['neighbourhood', 'marriage_family'],
        username: 'tiaojie',
      },
      {
        name: '周明',
        sex: 'male',
        kind: 'part_time',
        specialties: ['property_management', 'consumer'],
      },
    ],
  },
  {
    name: '五山街道岳洲社区人民调解委员会',
    shortName: '五山岳洲',
    level: 'community',
    regionCode: '440106001001',
    members: [
      ['刘芳', 'female'],
      ['张卫东', 'male'],
      ['吴志明', 'male'],
    ],
    mediators: [{ name: '刘芳', sex: 'female', kind: 'part_time', specialties: ['neighbourhood'] }],
  },
  {
    name: '五山街道茶山社区人民调解委员会',
    shortName: '五山茶山',
    level: 'community',
    regionCode: '440106001002',
    members: [
      ['陈强', 'male'],
      ['王海', 'male'],
      ['赵军', 'male'],
    ],
    mediators: [
      { name: '陈强', sex: 'male', kind: 'part_time', specialties: ['neighbourhood', 'debt'] },
    ],
  },
  {
    name: '天河区员村街道人民调解委员会',
    shortName: '天河员村',
    level: 'street',
    regionCode: '440106002',
    members: [
      ['郑国华', 'male'],
      ['许美玲', 'female'],
      ['邓志远', 'male'],
    ],
    mediators: [
      { name: '许美玲', sex: 'female', kind: 'full_time', specialties: ['labour', 'damages'] },
    ],
  },
  {
    name: '广州市天河区人民调解委员会',
    shortName: '天河区',
    level: 'district',
    regionCode: '440106',
    members: [
      ['罗振华', 'male'],
      ['蔡晓燕', 'female'],
      ['冯建军', 'male'],
      ['谢丽娟', 'female'],
    ],
    mediators: [
      {
        name: '罗振华',
        sex: 'male',
        kind: 'full_time',
        specialties: ['labour', 'traffic_accident'],
      },
    ],
  },
  {
    name: '广州市天河区医疗纠纷人民调解委员会',
    shortName: '天河医调',
    level: 'industry',
    regionCode: '440106',
    industryTypes: ['medical'],
    members: [
      ['孙医明', 'male'],
      ['钟慧', 'female'],
      ['潘立新', 'male'],
    ],
    mediators: [{ name: '钟慧', sex: 'female', kind: 'full_time', specialties: ['medical'] }],
  },
  {
    name: '海珠区赤岗街道人民调解委员会',
    shortName: '海珠赤岗',
    level: 'street',
    regionCode: '440105001',
    members: [
      ['叶永康', 'male'],
      ['杜秀兰', 'female'],
      ['马文杰', 'male'],
    ],
    mediators: [
      { name: '杜秀兰', sex: 'female', kind: 'full_time', specialties: ['neighbourhood'] },
    ],
  },
];

export async function seedMediationDemo(db: Db, termStart = '2024-01-01'): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(committees);
  if (Number(existing?.n) > 0) return 0;
  await withTx(db, async (tx) => {
    for (const demo of DEMO_COMMITTEES) {
      const [row] = await tx
        .insert(committees)
        .values({
          name: demo.name,
          shortName: demo.shortName,
          level: demo.level,
          regionCode: demo.regionCode,
          industryTypes: demo.industryTypes ?? [],
          termStart,
          termEnd: `${Number(termStart.slice(0, 4)) + 2}-12-31`,
        })
        .returning({ id: committees.id });
      const committeeId = row!.id;
      await tx.insert(committeeMembers).values(
        demo.members.map(([name, sex], position) => ({
          committeeId,
          name,
          sex,
          post: position === 0 ? ('chair' as const) : ('member' as const),
          position,
        })),
      );
      for (const m of demo.mediators) {
        const [user] = m.username
          ? await tx.select({ id: users.id }).from(users).where(eq(users.username, m.username))
          : [];
        await tx.insert(mediators).values({
          committeeId,
          userId: user?.id ?? null,
          name: m.name,
          sex: m.sex,
          kind: m.kind,
          specialties: m.specialties,
        });
      }
      await record(
        tx,
        { actor: null, requestId: null },
        {
          action: 'mediation.committee_create',
          entityType: 'mediation_committee',
          entityId: committeeId,
          regionCode: demo.regionCode,
          details: { name: demo.name, seeded: true },
        },
      );
    }
  });
  return DEMO_COMMITTEES.length;
}
