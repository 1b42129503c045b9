// Seeds the person-file benchmark: persons (ID numbers generated valid, encrypted, blind-indexed
// and masked in Node exactly as registerPerson stores them, sent as JSON batches), then the
// matters generated inside the database with generate_series straight into the case modules'
// own tables (cases + one applicant party each), spread so that every person has about three.
import { sql } from 'drizzle-orm';
import type { DataCipher } from '../../platform/crypto/index.js';
import { type Db, rows } from '../../platform/db/index.js';
import { idCheckCharacter, maskIdNumber } from '../../platform/identifiers/index.js';

const DISTRICTS = [
  '440103',
  '440104',
  '440105',
  '440106',
  '440111',
  '440112',
  '440113',
  '440114',
  '440115',
  '440117',
  '440118',
];
const DAYS = 20_000; // birth dates from 1950-01-01 on: ~55 years
const PERSON_BATCH = 10_000;
const MATTER_BATCH = 250_000;
/**
 * Ids in insertion order, so that primary keys grow at their right edge (bulk-load practice);
 * the organization of the cases does not matter to the person file.
 */
const SEQ_UUID = '00000000-0000-4000-8000-';
const ORG = '00000000-0000-4000-8000-000000000000';
const personUuid = (n: number) => `${SEQ_UUID}e${n.toString(16).padStart(11, '0')}`;

/** The n-th (0-based) bench person's ID number: a district, a birth date, a sequence. */
export function benchIdNumber(n: number): string {
  const district = DISTRICTS[n % DISTRICTS.length]!;
  const birth = new Date(Date.UTC(1950, 0, 1) + (n % DAYS) * 86_400_000);
  const date = birth.toISOString().slice(0, 10).replace(/-/g, '');
  const sequence = String(Math.floor(n / DAYS) % 1000).padStart(3, '0');
  const first17 = `${district}${date}${sequence}`;
  return first17 + idCheckCharacter(first17);
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华';
const nameOf = (n: number) =>
  SURNAMES[n % SURNAMES.length]! + GIVEN[(n * 7) % GIVEN.length]! + GIVEN[(n * 13) % GIVEN.length]!;

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

/**
 * `persons` persons, and `bench.person_index(n, idx)` (n from 1) so that SQL can give case g
 * to person ((g - 1) mod N) + 1.
 */
export async function seedPersons(
  db: Db,
  cipher: DataCipher,
  persons: number,
  progress: (done: number) => void,
): Promise<void> {
  await db.execute(sql`create schema if not exists bench`);
  await db.execute(sql`create table bench.person_index (n int primary key, idx text not null)`);
  await withoutSecondaryIndexes(db, [['persons', 'persons']], async () => {
    for (let start = 0; start < persons; start += PERSON_BATCH) {
      const people: object[] = [];
      const indexes: object[] = [];
      for (let n = start; n < Math.min(persons, start + PERSON_BATCH); n++) {
        const idNumber = benchIdNumber(n);
        const idx = cipher.blindIndex(idNumber);
        people.push({
          id: personUuid(n),
          id_number_encrypted: cipher.encrypt(idNumber),
          id_number_index: idx,
          id_number_masked: maskIdNumber(idNumber),
          name: nameOf(n),
          sex: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
          region_code: DISTRICTS[n % DISTRICTS.length],
        });
        indexes.push({ n: n + 1, idx });
      }
      await insertJson(
        db,
        'persons.persons',
        'id uuid, id_number_encrypted text, id_number_index text, id_number_masked text, name text, sex text, region_code text',
        people,
      );
      await insertJson(db, 'bench.person_index', 'n int, idx text', indexes);
      progress(Math.min(persons, start + PERSON_BATCH));
    }
  });
}

/** Case g goes to person ((g - 1) mod N) + 1: a batch inside one round of N reads a range. */
const personOf = (persons: number) => sql`((g - 1) % ${persons}) + 1`;
const personRange = (persons: number, from: number, to: number) =>
  sql`p.n between ${((from - 1) % persons) + 1} and ${((to - 2) % persons) + 1}`;
const uuidOf = (kind: string) => sql`(${SEQ_UUID} || ${kind} || lpad(to_hex(g), 11, '0'))::uuid`;

/** Reconsideration cases g in [from, to), each with its applicant. */
async function reconsiderationBatch(db: Db, persons: number, from: number, to: number) {
  await db.execute(sql`
    insert into reconsideration.cases (id, case_number, tracking_code_hash, state, region_code,
      organization_id, channel, received_date, respondent_name, contested_act, knew_date,
      informed_of_right, requests, facts_and_reasons, simplified_facts, late, time_limit, clock)
    select ${uuidOf('a')}, '穗府行复〔' || (2020 + g % 6) || '〕B' || g || '号', '-',
      (array['RECEIVED','UNDER_REVIEW','DECIDED','CLOSED','CLOSED'])[1 + g % 5],
      (array['4401','440103','440104','440105','440106','440111','440112'])[1 + g % 7],
      ${ORG}::uuid, 'online', date '2020-01-01' + (g % 2000),
      '广州市某局' || (g % 50), '行政处罚决定', date '2020-01-01' + (g % 2000), true, '撤销', '-',
      '{}'::jsonb, false, '{"lastDay":"2020-01-01","computation":[]}'::jsonb, '{}'::jsonb
    from generate_series(${from}::int, ${to - 1}::int) g`);
  await db.execute(sql`
    insert into reconsideration.parties (id, case_id, role, kind, name, id_number_index, position)
    select ${uuidOf('b')}, ${uuidOf('a')}, 'applicant', 'person', '申请人', p.idx, 0
    from generate_series(${from}::int, ${to - 1}::int) g
    join bench.person_index p on p.n = ${personOf(persons)}
    where ${personRange(persons, from, to)}`);
}

/** Notarization cases g in [from, to), each with its applicant. */
async function notarizationBatch(db: Db, persons: number, from: number, to: number) {
  await db.execute(sql`
    insert into notarization.cases (id, case_number, office_code, region_code, organization_id,
      matter_type, state, channel, applied_date, purpose, jurisdiction, jurisdiction_ground, fee,
      clock)
    select ${uuidOf('c')}, '(' || (2020 + g % 6) || ')广州公受字第B' || g || '号',
      'city-notary', '4401', ${ORG}::uuid,
      (array['education','degree','birth','no_criminal_record'])[1 + g % 4],
      (array['APPLIED','ACCEPTED','REVIEW','ISSUED','ISSUED','REFUSED'])[1 + g % 6],
      'online', date '2020-01-01' + (g % 2000), '出国', '{}'::jsonb, 'domicile',
      '{}'::jsonb, '{}'::jsonb
    from generate_series(${from}::int, ${to - 1}::int) g`);
  await db.execute(sql`
    insert into notarization.parties (id, case_id, role, name, id_number_index, position)
    select ${uuidOf('d')}, ${uuidOf('c')}, 'applicant', '申请人', p.idx, 0
    from generate_series(${from}::int, ${to - 1}::int) g
    join bench.person_index p on p.n = ${personOf(persons)}
    where ${personRange(persons, from, to)}`);
}

/**
 * Runs a bulk load the usual way: the secondary indexes of the tables are dropped first and
 * built again afterwards from their own definitions (pg_indexes), so the database ends up as
 * the migrations made it, only fuller; unique indexes stay, to keep the load honest.
 */
async function withoutSecondaryIndexes(
  db: Db,
  tables: [schema: string, table: string][],
  load: () => Promise<void>,
): Promise<void> {
  const secondary: { schemaname: string; indexname: string; indexdef: string }[] = [];
  for (const [schema, table] of tables)
    secondary.push(
      ...(await rows<{ schemaname: string; indexname: string; indexdef: string }>(
        db,
        sql`select schemaname, indexname, indexdef from pg_indexes
            where schemaname = ${schema} and tablename = ${table}
              and indexdef not like 'CREATE UNIQUE%'`,
      )),
    );
  for (const i of secondary)
    await db.execute(sql.raw(`drop index "${i.schemaname}"."${i.indexname}"`));
  await load();
  for (const i of secondary) await db.execute(sql.raw(i.indexdef));
}

/**
 * `matters` matters, half in each case module, without secondary indexes while loading and
 * with foreign-key triggers off when the role may do so; then ANALYZE.
 */
export async function seedMatters(
  db: Db,
  persons: number,
  matters: number,
  progress: (done: number) => void,
): Promise<void> {
  const triggersOff = await db.execute(sql`set session_replication_role = replica`).then(
    () => true,
    () => false,
  );
  const half = Math.floor(matters / 2);
  const plan: [typeof reconsiderationBatch, number][] = [
    [reconsiderationBatch, half],
    [notarizationBatch, matters - half],
  ];
  let done = 0;
  const tables: [string, string][] = [
    ['reconsideration', 'cases'],
    ['reconsideration', 'parties'],
    ['notarization', 'cases'],
    ['notarization', 'parties'],
  ];
  await withoutSecondaryIndexes(db, tables, async () => {
    for (const [batch, count] of plan) {
      // Case numbers g run on from one module to the next: with M = 3N every person has
      // three matters, one or two in each module.
      const end = done + count + 1;
      for (let from = done + 1; from < end;) {
        // a batch stops at the end of a round of N cases, so its persons are one range
        const roundEnd = (Math.floor((from - 1) / persons) + 1) * persons + 1;
        const to = Math.min(end, from + MATTER_BATCH, roundEnd);
        await batch(db, persons, from, to);
        done += to - from;
        from = to;
        progress(done);
      }
    }
  });
  if (triggersOff) await db.execute(sql`set session_replication_role = origin`);
  await db.execute(
    sql`analyze persons.persons, reconsideration.cases, reconsideration.parties, notarization.cases, notarization.parties`,
  );
}

/** How many matters each person has, as a check that the spread is what the README says. */
export async function matterSpread(db: Db): Promise<{ perPerson: number; persons: number }[]> {
  return rows(
    db,
    sql`select per_person::int as "perPerson", count(*)::int as persons from (
          select p.idx, (select count(*) from reconsideration.parties r where r.id_number_index = p.idx)
            + (select count(*) from notarization.parties x where x.id_number_index = p.idx) as per_person
          from bench.person_index p where p.n % 1000 = 0) s
        group by per_person order by per_person`,
  );
}
