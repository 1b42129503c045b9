// Seeds the reconsideration benchmark: handlers (auth.users with one precomputed password hash),
// cases over the city and its 11 districts, one applicant each. Rows are generated here with a
// fixed-seed generator (the same data every run) and sent as one JSON parameter per INSERT
// (jsonb_to_recordset), so a batch of 2,000 rows is one statement whatever its column count.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../../platform/auth/password.js';
import { type Db, rows } from '../../platform/db/index.js';
import {
  CASE_COLUMNS,
  OPEN_STATES,
  PARTY_COLUMNS,
  caseRow,
  partyRow,
} from './reconsideration-rows.js';

export const BENCH_PASSWORD = 'Bench-password-2026';
const BATCH = 2_000;
/** Share of the cases the city bureau handles itself (4401); the rest go to the districts. */
const CITY_SHARE = 0.08;
const CITY_HANDLERS = 16;
/** Rough relative caseloads of the districts (by population), by district name. */
const WEIGHTS: Record<string, number> = {
  荔湾区: 6,
  越秀区: 8,
  海珠区: 11,
  天河区: 14,
  白云区: 15,
  黄埔区: 8,
  番禺区: 12,
  花都区: 7,
  南沙区: 5,
  从化区: 3,
  增城区: 8,
};

/** mulberry32: small, fast, seedable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Authority {
  regionCode: string;
  name: string;
  organizationId: string;
  prefix: string;
  weight: number;
  handlers: string[];
}

export interface Seeded {
  authorities: Authority[];
  /** District handlers (the workbench actors) with their district. */
  handlers: { id: string; displayName: string; username: string; authority: Authority }[];
  openCases: number;
}

async function loadAuthorities(db: Db): Promise<Authority[]> {
  const list = await rows<{ code: string; name: string; organization_id: string | null }>(
    db,
    sql`select d.code, d.name, o.id as organization_id
        from regions.divisions d
        left join auth.organizations o
          on o.code = case when d.level = 'city' then 'city-bureau' else 'district-bureau-' || d.code end
        where d.level in ('city', 'district') order by d.code`,
  );
  const districts = list.filter((d) => d.code.length === 6);
  if (districts.length !== 11 || list.some((d) => !d.organization_id))
    throw new Error('bench: expected the city and 11 districts with their bureaus');
  return list.map((d) => ({
    regionCode: d.code,
    name: d.name,
    organizationId: d.organization_id!,
    prefix: d.code.length === 4 ? '穗府行复' : `穗${d.name.replace(/区$/, '').slice(0, 1)}府行复`,
    weight: d.code.length === 4 ? 0 : (WEIGHTS[d.name] ?? 8),
    handlers: [],
  }));
}

/** One INSERT … SELECT of many rows: `columns` is "name type, …" as jsonb_to_recordset wants it. */
async function insertJson(db: Db, table: string, columns: string, records: object[]) {
  const names = columns
    .split(',')
    .map((c) => c.trim().split(' ')[0])
    .join(', ');
  await db.execute(
    sql`insert into ${sql.raw(table)} (${sql.raw(names)})
        select ${sql.raw(names)}
        from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as r(${sql.raw(columns)})`,
  );
}

export async function seedCases(
  db: Db,
  options: { cases: number; handlers: number; today: string; progress: (n: number) => void },
): Promise<Seeded> {
  const random = prng(20260101);
  const authorities = await loadAuthorities(db);
  const city = authorities.find((a) => a.regionCode.length === 4)!;
  const districts = authorities.filter((a) => a !== city);
  const totalWeight = districts.reduce((s, d) => s + d.weight, 0);

  // Handlers: a few at the city bureau, the rest over the districts by caseload.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const handlerRows: Record<string, unknown>[] = [];
  const districtHandlers: Seeded['handlers'] = [];
  const addHandler = (authority: Authority) => {
    const id = randomUUID();
    const n = handlerRows.length;
    const username = `bench-handler-${String(n).padStart(3, '0')}`;
    const displayName = `办案人员${String(n).padStart(3, '0')}`;
    authority.handlers.push(id);
    handlerRows.push({
      id,
      username,
      display_name: displayName,
      password_hash: passwordHash,
      role: 'reconsideration_handler',
      organization_id: authority.organizationId,
      region_code: authority.regionCode,
    });
    if (authority !== city) districtHandlers.push({ id, displayName, username, authority });
  };
  for (let i = 0; i < CITY_HANDLERS; i++) addHandler(city);
  const perDistrict = options.handlers - CITY_HANDLERS;
  for (const d of districts) {
    const n = Math.max(2, Math.round((perDistrict * d.weight) / totalWeight));
    for (let i = 0; i < n; i++) addHandler(d);
  }
  await insertJson(
    db,
    'auth.users',
    'id uuid, username text, display_name text, password_hash text, role text, organization_id uuid, region_code text',
    handlerRows,
  );

  // Cases: the authority by weight, numbered per authority and year.
  const cumulative: [number, Authority][] = [];
  let acc = 0;
  for (const d of districts)
    cumulative.push([(acc += (d.weight / totalWeight) * (1 - CITY_SHARE)), d]);
  const pickAuthority = () => {
    const r = random();
    return cumulative.find(([limit]) => r < limit)?.[1] ?? city;
  };
  const counters = new Map<string, number>();
  let openCases = 0;
  for (let start = 0; start < options.cases; start += BATCH) {
    const caseBatch: Record<string, unknown>[] = [];
    const partyBatch: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(start + BATCH, options.cases); i++) {
      const authority = pickAuthority();
      const handlerId = authority.handlers[Math.floor(random() * authority.handlers.length)]!;
      const row = caseRow(random, options.today, authority, handlerId, (year) => {
        const key = `${authority.regionCode}-${year}`;
        const n = (counters.get(key) ?? 0) + 1;
        counters.set(key, n);
        return n;
      });
      if (OPEN_STATES.includes(row.state)) openCases++;
      caseBatch.push(row);
      partyBatch.push(partyRow(random, row.id as string, i));
    }
    await insertJson(db, 'reconsideration.cases', CASE_COLUMNS, caseBatch);
    await insertJson(db, 'reconsideration.parties', PARTY_COLUMNS, partyBatch);
    options.progress(start + caseBatch.length);
  }
  await db.execute(sql`analyze auth.users`);
  await db.execute(sql`analyze reconsideration.cases`);
  await db.execute(sql`analyze reconsideration.parties`);
  return { authorities, handlers: districtHandlers, openCases };
}
