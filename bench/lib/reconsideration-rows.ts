// One plausible reconsideration case and its applicant, as the JSON records that
// reconsideration-seed.ts inserts with jsonb_to_recordset (keys are the column names).
import { createHash, randomUUID } from 'node:crypto';
import { addDays } from '../../platform/workflow/dates.js';

export const CASE_COLUMNS =
  'id uuid, case_number text, tracking_code_hash text, state text, procedure text, region_code text, ' +
  'organization_id uuid, channel text, received_date date, postmark_date date, respondent_name text, ' +
  'respondent_credit_code text, contested_act text, act_date date, knew_date date, ' +
  'informed_of_right boolean, real_property boolean, requests text, facts_and_reasons text, ' +
  'stop_execution_request boolean, simplified_facts jsonb, late boolean, time_limit jsonb, ' +
  'clock jsonb, next_due_date date, handler_id uuid, decision jsonb, served_date date, ' +
  'service_method text, extended boolean';

export const PARTY_COLUMNS =
  'case_id uuid, role text, kind text, name text, id_number_masked text, credit_code text, ' +
  'legal_representative text, phone_masked text, position integer';

/** Cumulative shares: ~80% closed one way or another, ~20% open. */
const STATES: [string, number][] = [
  ['CLOSED', 0.7],
  ['NOT_ACCEPTED', 0.77],
  ['DEEMED_ABANDONED', 0.8],
  ['RECEIVED', 0.83],
  ['UNDER_REVIEW', 0.95],
  ['SUSPENDED', 0.97],
  ['AWAITING_APPROVAL', 1],
];
export const OPEN_STATES = ['RECEIVED', 'UNDER_REVIEW', 'SUSPENDED', 'AWAITING_APPROVAL'];

const RESPONDENTS = [
  (d: string) => `广州市公安局${d}分局`,
  (d: string) => `广州市${d}人力资源和社会保障局`,
  (d: string) => `广州市${d}市场监督管理局`,
  (d: string) => `广州市${d}城市管理和综合执法局`,
  (d: string) => `广州市${d}住房和城乡建设局`,
  (d: string) => `广州市规划和自然资源局${d}分局`,
  (d: string) => `广州市${d}卫生健康局`,
];
const ACTS = ['行政处罚决定', '政府信息公开答复', '工伤认定决定', '限期拆除决定', '不予登记决定'];
const OUTCOMES = ['uphold', 'uphold', 'uphold', 'dismiss_request', 'revoke', 'change', 'mediation'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗梁宋郑谢韩唐冯于董萧程';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂建华文辉俊宇欣怡子轩';

const FACTS =
  '申请人认为，被申请人作出的行政行为认定事实不清、证据不足，适用依据错误，违反法定程序。' +
  '被申请人在作出该行政行为前未依法告知申请人陈述、申辩的权利，亦未听取申请人的意见；' +
  '所依据的现场检查笔录、询问笔录与实际情况不符，相关证据之间相互矛盾，不能形成完整的证据链。' +
  '申请人已在法定期限内提出行政复议申请，请求复议机关依法审查并支持申请人的复议请求。';

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;
const between = (random: () => number, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
const minDate = (a: string, b: string) => (a < b ? a : b);

export interface CaseRecord {
  id: string;
  state: string;
  next_due_date: string | null;
  [column: string]: unknown;
}

export function caseRow(
  random: () => number,
  today: string,
  authority: { regionCode: string; name: string; organizationId: string; prefix: string },
  handlerId: string,
  nextNumber: (year: number) => number,
): CaseRecord {
  const r = random();
  const state = STATES.find(([, limit]) => r < limit)?.[0] ?? 'CLOSED';
  const open = OPEN_STATES.includes(state);
  // Open cases: the next statutory date within ±90 days of today (a suspended case's clock is
  // stopped, so it has none, as nextDueDate() computes); closed cases: none.
  const due = open && state !== 'SUSPENDED' ? addDays(today, between(random, -90, 90)) : null;
  const received = open
    ? minDate(today, addDays(due ?? today, -between(random, 20, 90)))
    : addDays(today, -between(random, 90, 1800));
  const knew = addDays(received, -between(random, 3, 50));
  const channel = pick(random, ['online', 'online', 'in_person', 'mail', 'oral'] as const);
  const district = authority.regionCode.length === 4 ? '天河区' : authority.name;
  const act = pick(random, ACTS);
  const year = Number(received.slice(0, 4));
  const served = state === 'CLOSED' ? addDays(received, between(random, 20, 80)) : null;
  const id = randomUUID();
  return {
    id,
    case_number: `${authority.prefix}〔${year}〕${nextNumber(year)}号`,
    tracking_code_hash: createHash('sha256').update(id).digest('hex'),
    state,
    procedure: random() < 0.15 ? 'simplified' : 'ordinary',
    region_code: authority.regionCode,
    organization_id: authority.organizationId,
    channel,
    received_date: received,
    postmark_date: channel === 'mail' ? addDays(received, -2) : null,
    respondent_name: pick(random, RESPONDENTS)(district),
    respondent_credit_code: `11440106MB2C${String(between(random, 0, 999999)).padStart(6, '0')}`,
    contested_act: `${act}（穗行决字〔${year}〕${between(random, 1, 9999)}号）`,
    act_date: knew,
    knew_date: knew,
    informed_of_right: random() < 0.9,
    real_property: act === '限期拆除决定',
    requests: `请求撤销被申请人作出的${act}，并责令被申请人重新作出行政行为。`,
    facts_and_reasons: FACTS,
    stop_execution_request: random() < 0.05,
    simplified_facts: {
      onTheSpot: false,
      warningOrCriticism: false,
      fineAmount: act === '行政处罚决定' ? between(random, 2, 500) * 100 : null,
      informationDisclosure: act === '政府信息公开答复',
      allPartiesAgree: false,
    },
    late: random() < 0.02,
    time_limit: {
      lastDay: addDays(knew, 60),
      computation: [`知道该行政行为之日 ${knew}`, `申请期限六十日，至 ${addDays(knew, 60)} 届满`],
    },
    clock: { deadlines: {}, suspensions: [] },
    next_due_date: due,
    handler_id: handlerId,
    decision:
      state === 'CLOSED'
        ? {
            type: pick(random, OUTCOMES),
            summary: '经审查，依法作出行政复议决定。',
            reasons: FACTS.slice(0, 80),
            legalBasis: '《中华人民共和国行政复议法》第六十八条',
            draftedBy: handlerId,
            draftedAt: `${addDays(served!, -10)}T09:00:00+08:00`,
            approvedBy: handlerId,
            approvedAt: `${addDays(served!, -5)}T15:00:00+08:00`,
            decisionDate: addDays(served!, -5),
            returnNote: null,
          }
        : null,
    served_date: served,
    service_method: served ? pick(random, ['direct', 'mail', 'electronic']) : null,
    extended: random() < 0.1,
  };
}

export function partyRow(random: () => number, caseId: string, i: number) {
  const organization = random() < 0.15;
  const name = organization
    ? `广州市${pick(random, ['恒信', '华南', '越新', '珠江', '穗安'])}贸易有限公司`
    : `${SURNAMES[i % SURNAMES.length]}${pick(random, GIVEN.split(''))}${random() < 0.5 ? pick(random, GIVEN.split('')) : ''}`;
  return {
    case_id: caseId,
    role: 'applicant',
    kind: organization ? 'organization' : 'person',
    name,
    id_number_masked: organization ? null : `4401**********${String(i % 10000).padStart(4, '0')}`,
    credit_code: organization ? `91440101MA5C${String(i % 1000000).padStart(6, '0')}` : null,
    legal_representative: organization ? '张三' : null,
    phone_masked: `138****${String(between(random, 0, 9999)).padStart(4, '0')}`,
    position: 0,
  };
}
