// The eligibility check of legal aid as rules in code: each criterion passes or fails with its
// reason and article, so that an officer, an applicant and a reviewer read why. The same check
// serves the public self-check (which stores nothing) and the officer's review of an
// application. An officer may override the result only with a written reason (audited).
import { AppError } from '../../../platform/errors/index.js';
import type { Localized } from '../../../platform/i18n/index.js';
import type { LegalDate } from '../../../platform/workflow/dates.js';
import {
  CATEGORIES,
  type Category,
  CIVIL_MATTERS,
  type CivilMatter,
  type EligibilityRuleSet,
  EXEMPT_GROUPS,
  type ExemptGroup,
  MANDATORY_GROUNDS,
  type MandatoryGround,
  NO_MEANS_TEST_GROUNDS,
  type NoMeansTestGround,
  RULE_SETS,
} from './eligibility-rules.js';
import './errors.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export interface EligibilityFacts {
  category: Category;
  civilMatter?: CivilMatter | null | undefined;
  mandatoryGround?: MandatoryGround | null | undefined;
  noMeansTestGround?: NoMeansTestGround | null | undefined;
  exemptGroup?: ExemptGroup | null | undefined;
  /** Has a lawyer (defender or agent) of their own already. */
  hasOwnLawyer: boolean;
  /** The household's monthly income and its members (Art. 34, 41). */
  household?: { members: number; monthlyIncomeYuan: number } | null | undefined;
  /** Where the applicant lives (region code): the district's standard applies. */
  residenceRegion?: string | null | undefined;
}

export type CriterionCode =
  'scope' | 'own_lawyer' | 'mandatory' | 'no_means_test' | 'exempt_group' | 'economic_hardship';

export interface CriterionResult {
  code: CriterionCode;
  label: Localized;
  status: 'pass' | 'fail' | 'not_applicable';
  reason: Localized;
  basis: string;
}

export type EligibilityRoute = 'mandatory' | 'no_means_test' | 'exempt_group' | 'economic_hardship';

export interface EligibilityResult {
  ruleSet: { version: string; title: string; effectiveFrom: LegalDate };
  checkedOn: LegalDate;
  passed: boolean;
  /** Why the means criterion is met, when it is. */
  route: EligibilityRoute | null;
  criteria: CriterionResult[];
}

export interface EligibilityOverride {
  passed: boolean;
  reason: string;
  by: string;
  on: LegalDate;
}

export const OVERRIDE_REASON_MIN = 10;

export const CRITERION_LABELS: Record<CriterionCode, Localized> = {
  scope: l('事项属于法律援助范围', 'Matter within the scope of legal aid'),
  own_lawyer: l('未委托律师', 'No lawyer of their own'),
  mandatory: l('应当通知辩护、代理的情形', 'Mandatory defence or representation'),
  no_means_test: l('不受经济困难条件限制的情形', 'No means test'),
  exempt_group: l('免予核查经济困难状况的人员', 'Exempt from the means check'),
  economic_hardship: l('经济困难', 'Economic hardship'),
};

/** The rule set in force on `date`. */
export function ruleSetFor(
  date: LegalDate,
  sets: readonly EligibilityRuleSet[] = RULE_SETS,
): EligibilityRuleSet {
  const set = sets.find(
    (s) => s.effectiveFrom <= date && (s.effectiveTo === null || date <= s.effectiveTo),
  );
  if (!set) throw new AppError('LEGAL_AID_NO_RULE_SET', { date });
  return set;
}

/** The monthly per-capita standard for a region: its district's figure or the default. */
export function hardshipStandard(set: EligibilityRuleSet, region: string | null | undefined) {
  const district = region && region.length >= 6 ? region.slice(0, 6) : null;
  const own = district ? set.hardshipStandards[district] : undefined;
  return { yuan: own ?? set.hardshipStandards.default ?? 0, district: own ? district : null };
}

const yuan = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

function criterion(
  code: CriterionCode,
  status: CriterionResult['status'],
  reason: Localized,
  basis: string,
): CriterionResult {
  return { code, label: CRITERION_LABELS[code], status, reason, basis };
}

function scope(facts: EligibilityFacts, set: EligibilityRuleSet): CriterionResult {
  const category = CATEGORIES[facts.category];
  if (facts.category === 'criminal_defence')
    return criterion('scope', 'pass', category, '法律援助法第二十四条、第二十五条');
  if (facts.category === 'criminal_victim')
    return criterion('scope', 'pass', category, '法律援助法第二十九条');
  if (facts.category === 'retrial')
    return criterion('scope', 'pass', category, '法律援助法第三十三条');
  if (facts.noMeansTestGround && set.noMeansTestGrounds.includes(facts.noMeansTestGround)) {
    const ground = NO_MEANS_TEST_GROUNDS[facts.noMeansTestGround];
    return criterion('scope', 'pass', ground, '法律援助法第三十二条');
  }
  const matter = facts.civilMatter;
  if (matter && set.civilMatters.includes(matter))
    return criterion('scope', 'pass', CIVIL_MATTERS[matter], '法律援助法第三十一条');
  return criterion(
    'scope',
    'fail',
    l(
      matter
        ? `“${CIVIL_MATTERS[matter]['zh-CN']}”不在法律援助法第三十一条所列民事、行政事项之内`
        : '未说明申请法律援助的事项',
      matter
        ? `"${CIVIL_MATTERS[matter].en}" is not a matter listed in Art. 31`
        : 'The matter is not stated',
    ),
    '法律援助法第三十一条',
  );
}

function ownLawyer(facts: EligibilityFacts): CriterionResult {
  return facts.hasOwnLawyer
    ? criterion(
        'own_lawyer',
        'fail',
        l('已自行委托律师，不需要由法律援助机构指派', 'Already has a lawyer of their own'),
        '法律援助法第二十四条、第三十一条',
      )
    : criterion(
        'own_lawyer',
        'pass',
        l('尚未委托律师', 'No lawyer yet'),
        '法律援助法第二十四条、第三十一条',
      );
}

function mandatory(facts: EligibilityFacts, set: EligibilityRuleSet): CriterionResult {
  const ground = facts.mandatoryGround;
  const basis = ground === 'compulsory_medical' ? '法律援助法第二十八条' : '法律援助法第二十五条';
  if (facts.category !== 'criminal_defence' || !ground || !set.mandatoryGrounds.includes(ground))
    return criterion(
      'mandatory',
      'not_applicable',
      l('不属于应当通知法律援助机构指派律师的情形', 'Not a case of mandatory notice'),
      '法律援助法第二十五条、第二十八条',
    );
  return criterion(
    'mandatory',
    'pass',
    l(
      `${MANDATORY_GROUNDS[ground]['zh-CN']}：办案机关应当通知法律援助机构指派律师，不审查经济状况`,
      `${MANDATORY_GROUNDS[ground].en}: the authority must notify; no means test`,
    ),
    basis,
  );
}

function noMeansTest(facts: EligibilityFacts, set: EligibilityRuleSet): CriterionResult {
  const ground = facts.noMeansTestGround;
  if (!ground || facts.category === 'criminal_defence' || facts.category === 'criminal_victim')
    return criterion(
      'no_means_test',
      'not_applicable',
      l('不属于不受经济困难条件限制的情形', 'No ground without means test'),
      '法律援助法第三十二条',
    );
  if (!set.noMeansTestGrounds.includes(ground))
    return criterion(
      'no_means_test',
      'fail',
      NO_MEANS_TEST_GROUNDS[ground],
      '法律援助法第三十二条',
    );
  return criterion(
    'no_means_test',
    'pass',
    l(
      `${NO_MEANS_TEST_GROUNDS[ground]['zh-CN']}：不受经济困难条件的限制`,
      `${NO_MEANS_TEST_GROUNDS[ground].en}: no means test`,
    ),
    '法律援助法第三十二条',
  );
}

function exemptGroup(facts: EligibilityFacts, set: EligibilityRuleSet): CriterionResult {
  const group = facts.exemptGroup;
  const basis = '法律援助法第四十二条';
  if (!group)
    return criterion(
      'exempt_group',
      'not_applicable',
      l('不属于免予核查经济困难状况的人员', 'Not in an exempt group'),
      basis,
    );
  const label = EXEMPT_GROUPS[group];
  if (!set.exemptGroups.includes(group)) return criterion('exempt_group', 'fail', label, basis);
  if (
    group === 'migrant_worker' &&
    !(facts.civilMatter && set.migrantWorkerMatters.includes(facts.civilMatter))
  )
    return criterion(
      'exempt_group',
      'fail',
      l(
        '进城务工人员仅在申请支付劳动报酬或者请求工伤事故人身损害赔偿时免予核查经济困难状况',
        'Migrant workers are exempt only when claiming wages or work-injury compensation',
      ),
      basis,
    );
  return criterion(
    'exempt_group',
    'pass',
    l(`${label['zh-CN']}：免予核查经济困难状况`, `${label.en}: exempt from the means check`),
    basis,
  );
}

function hardship(facts: EligibilityFacts, set: EligibilityRuleSet): CriterionResult {
  const basis = `法律援助法第三十四条；${set.hardshipSource}`;
  const household = facts.household;
  if (!household)
    return criterion(
      'economic_hardship',
      'fail',
      l('未说明家庭人口和收入，无法判断是否经济困难', 'Household and income not given'),
      basis,
    );
  const perCapita = household.monthlyIncomeYuan / Math.max(1, household.members);
  const standard = hardshipStandard(set, facts.residenceRegion);
  const where = standard.district ? `所在区（${standard.district}）` : '本市';
  const passed = perCapita <= standard.yuan;
  return criterion(
    'economic_hardship',
    passed ? 'pass' : 'fail',
    l(
      `家庭人均月收入 ${yuan(perCapita)} 元，${passed ? '不高于' : '高于'}${where}经济困难标准 ${yuan(standard.yuan)} 元`,
      `Monthly income per member ${yuan(perCapita)} yuan, ${passed ? 'not above' : 'above'} the standard of ${yuan(standard.yuan)} yuan`,
    ),
    basis,
  );
}

/** Judges the facts by the rule set in force on `date` (or the given one). */
export function checkEligibility(
  facts: EligibilityFacts,
  date: LegalDate,
  set: EligibilityRuleSet = ruleSetFor(date),
): EligibilityResult {
  const results = [
    scope(facts, set),
    ownLawyer(facts),
    mandatory(facts, set),
    noMeansTest(facts, set),
    exemptGroup(facts, set),
  ];
  const route =
    (['mandatory', 'no_means_test', 'exempt_group'] as const).find(
      (code) => results.find((r) => r.code === code)!.status === 'pass',
    ) ?? null;
  const means = route
    ? criterion(
        'economic_hardship',
        'not_applicable',
        l('依上述情形不审查经济困难状况', 'No means test by the ground above'),
        '法律援助法第三十二条、第四十二条',
      )
    : hardship(facts, set);
  results.push(means);
  const chosenRoute: EligibilityRoute | null =
    route ?? (means.status === 'pass' ? 'economic_hardship' : null);
  const passed =
    results[0]!.status === 'pass' && results[1]!.status === 'pass' && chosenRoute !== null;
  return {
    ruleSet: { version: set.version, title: set.title, effectiveFrom: set.effectiveFrom },
    checkedOn: date,
    passed,
    route: chosenRoute,
    criteria: results,
  };
}

/** The failed criteria, for a message: 事项属于法律援助范围、经济困难. */
export function failedCriteria(result: EligibilityResult): string {
  return result.criteria
    .filter((c) => c.status === 'fail')
    .map((c) => c.label['zh-CN'])
    .join('、');
}

/** An officer's override: only with a written reason of some length. */
export function overrideEligibility(
  passed: boolean,
  reason: string,
  by: string,
  on: LegalDate,
): EligibilityOverride {
  const text = reason.trim();
  if ([...text].length < OVERRIDE_REASON_MIN)
    throw new AppError('LEGAL_AID_OVERRIDE_REASON_REQUIRED', { min: OVERRIDE_REASON_MIN });
  return { passed, reason: text, by, on };
}

/** What counts: the officer's override when there is one, else the check. */
export const effectivelyEligible = (
  result: EligibilityResult | null,
  override: EligibilityOverride | null,
) => (override ? override.passed : (result?.passed ?? false));
