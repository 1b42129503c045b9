// The eligibility rule sets of legal aid (法律援助法 2021, in force 2022-01-01, Art. 71), as data:
// versioned and dated, so that an application is judged by the rules in force on the day it was
// received and the result names the version. Guangdong sets the economic-hardship standard
// (Art. 34); the figures below are [U] placeholders to be set from the standard Guangdong
// publishes — they are configuration, not law.
import type { Localized } from '../../../platform/i18n/index.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** What the application is about: who asks for what (Art. 22, 24, 29, 31, 33). */
export const CATEGORIES = {
  criminal_defence: l('刑事辩护（犯罪嫌疑人、被告人）', 'Criminal defence'),
  criminal_victim: l(
    '刑事被害人、自诉人、附带民事诉讼原告人代理',
    'Criminal victim representation',
  ),
  civil: l('民事、行政事项代理', 'Civil or administrative representation'),
  retrial: l('再审案件', 'Retrial'),
} as const;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as [Category, ...Category[]];

/** The civil and administrative matters of Art. 31 (and `other` for what they do not list). */
export const CIVIL_MATTERS = {
  state_compensation: l('依法请求国家赔偿', 'State compensation'),
  social_insurance: l('请求给予社会保险待遇或者社会救助', 'Social insurance or assistance'),
  pension: l('请求发给抚恤金', 'Survivor pension'),
  maintenance: l('请求给付赡养费、抚养费、扶养费', 'Maintenance payments'),
  labour: l('请求确认劳动关系或者支付劳动报酬', 'Employment relation or wages'),
  capacity: l('请求认定公民无民事行为能力或者限制民事行为能力', 'Declaration of incapacity'),
  injury: l(
    '请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿',
    'Injury compensation (work, traffic, food and drug, medical)',
  ),
  environment: l('请求环境污染、生态破坏损害赔偿', 'Environmental damage compensation'),
  other: l('其他事项', 'Another matter'),
} as const;
export type CivilMatter = keyof typeof CIVIL_MATTERS;
export const CIVIL_MATTER_CODES = Object.keys(CIVIL_MATTERS) as [CivilMatter, ...CivilMatter[]];

/** Art. 32: no means test. */
export const NO_MEANS_TEST_GROUNDS = {
  hero_relative: l('英雄烈士近亲属为维护英雄烈士的人格权益', 'Relative of a hero or martyr'),
  good_samaritan: l('因见义勇为行为主张相关民事权益', 'Claim arising from a good-samaritan act'),
  acquitted_compensation: l(
    '再审改判无罪请求国家赔偿',
    'State compensation after acquittal on retrial',
  ),
  abuse_victim: l(
    '遭受虐待、遗弃或者家庭暴力的受害人主张相关权益',
    'Victim of abuse, abandonment or domestic violence',
  ),
} as const;
export type NoMeansTestGround = keyof typeof NO_MEANS_TEST_GROUNDS;

/** Art. 42: exempt from the check of economic hardship. */
export const EXEMPT_GROUPS = {
  no_income_vulnerable: l(
    '无固定生活来源的未成年人、老年人、残疾人等特定群体',
    'Minor, elderly or disabled person without fixed income',
  ),
  assistance_recipient: l(
    '社会救助、司法救助或者优抚对象',
    'Recipient of social or judicial assistance, or of special care',
  ),
  migrant_worker: l(
    '申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员',
    'Migrant worker claiming wages or work-injury compensation',
  ),
} as const;
export type ExemptGroup = keyof typeof EXEMPT_GROUPS;

/** Art. 25 (defence) and Art. 28 (compulsory medical treatment): the authority must notify. */
export const MANDATORY_GROUNDS = {
  minor: l('未成年人', 'Minor'),
  sensory_disability: l('视力、听力、言语残疾人', 'Blind, deaf or mute person'),
  mental_capacity: l('不能完全辨认自己行为的成年人', 'Adult not fully able to judge own acts'),
  life_or_death: l('可能被判处无期徒刑、死刑的人', 'Facing life imprisonment or death'),
  death_review: l('死刑复核案件的被告人', 'Defendant in a death-sentence review'),
  absentia: l('缺席审判案件的被告人', 'Defendant tried in absentia'),
  compulsory_medical: l('强制医疗案件的被申请人或者被告人', 'Subject of compulsory treatment'),
} as const;
export type MandatoryGround = keyof typeof MANDATORY_GROUNDS;
export const MANDATORY_GROUND_CODES = Object.keys(MANDATORY_GROUNDS) as [
  MandatoryGround,
  ...MandatoryGround[],
];

/** Grounds whose cases need a lawyer with years of practice (Art. 26). */
export const GRAVEST_GROUNDS: readonly MandatoryGround[] = ['life_or_death', 'death_review'];

export interface EligibilityRuleSet {
  version: string;
  title: string;
  effectiveFrom: LegalDate;
  /** The last day in force; null while in force. */
  effectiveTo: LegalDate | null;
  /** Art. 31 matters within scope (other local matters are added here by a later version). */
  civilMatters: readonly CivilMatter[];
  noMeansTestGrounds: readonly NoMeansTestGround[];
  exemptGroups: readonly ExemptGroup[];
  /** Art. 42(3) applies to these matters only. */
  migrantWorkerMatters: readonly CivilMatter[];
  mandatoryGrounds: readonly MandatoryGround[];
  /** Monthly income per household member, yuan, by district code; `default` for the rest. */
  hardshipStandards: Record<string, number>;
  /** Where the figures come from, shown with every result. */
  hardshipSource: string;
}

export const RULE_SETS: readonly EligibilityRuleSet[] = [
  {
    version: 'GD-2022.1',
    title: '法律援助法（2022年1月1日施行）及广东省经济困难标准',
    effectiveFrom: '2022-01-01',
    effectiveTo: null,
    civilMatters: [
      'state_compensation',
      'social_insurance',
      'pension',
      'maintenance',
      'labour',
      'capacity',
      'injury',
      'environment',
    ],
    noMeansTestGrounds: Object.keys(NO_MEANS_TEST_GROUNDS) as NoMeansTestGround[],
    exemptGroups: Object.keys(EXEMPT_GROUPS) as ExemptGroup[],
    migrantWorkerMatters: ['labour', 'injury'],
    mandatoryGrounds: MANDATORY_GROUND_CODES,
    // [U] placeholders, the same for every district of Guangzhou: set them from Guangdong's
    // published economic-hardship standard (法律援助法 Art. 34) before real use.
    hardshipStandards: {
      default: 2300,
      '440103': 2300,
      '440104': 2300,
      '440105': 2300,
      '440106': 2300,
      '440111': 2300,
      '440112': 2300,
      '440113': 2300,
      '440114': 2300,
      '440115': 2300,
      '440117': 2300,
      '440118': 2300,
    },
    hardshipSource: '广东省法律援助经济困难标准（占位数值[U]，待按公布标准设置）',
  },
];
