// The eligibility rules, table-driven: each criterion, each exemption (Art. 32, 42), each
// mandatory-defence ground (Art. 25, 28), the hardship standard per district, the rule set in
// force on the day, and the officer's override with a written reason.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors/index.js';
import {
  checkEligibility,
  effectivelyEligible,
  type EligibilityFacts,
  hardshipStandard,
  overrideEligibility,
  ruleSetFor,
} from './eligibility.js';
import {
  CIVIL_MATTER_CODES,
  type EligibilityRuleSet,
  EXEMPT_GROUPS,
  type ExemptGroup,
  MANDATORY_GROUND_CODES,
  NO_MEANS_TEST_GROUNDS,
  type NoMeansTestGround,
  RULE_SETS,
} from './eligibility-rules.js';

const ON = '2026-03-02';
const poor = { members: 3, monthlyIncomeYuan: 4500 }; // 1,500 per member
const rich = { members: 2, monthlyIncomeYuan: 20000 }; // 10,000 per member

const facts = (f: Partial<EligibilityFacts>): EligibilityFacts => ({
  category: 'civil',
  civilMatter: 'labour',
  hasOwnLawyer: false,
  household: poor,
  residenceRegion: '440106',
  ...f,
});
const status = (f: Partial<EligibilityFacts>, code: string) =>
  checkEligibility(facts(f), ON).criteria.find((c) => c.code === code)!.status;

function errorCode(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

describe('scope of legal aid (Art. 24, 29, 31, 33)', () => {
  const listed = CIVIL_MATTER_CODES.filter((m) => m !== 'other');
  it.each(listed)('the Art. 31 matter %s is within scope', (civilMatter) => {
    expect(status({ civilMatter }, 'scope')).toBe('pass');
  });
  it.each([
    ['criminal_defence', null],
    ['criminal_victim', null],
    ['retrial', null],
  ] as const)('the category %s is within scope', (category, civilMatter) => {
    expect(status({ category, civilMatter }, 'scope')).toBe('pass');
  });
  it.each([['other'], [null]] as const)(
    'a civil matter %s outside Art. 31 fails with the reason',
    (civilMatter) => {
      const result = checkEligibility(facts({ civilMatter }), ON);
      const scope = result.criteria.find((c) => c.code === 'scope')!;
      expect(scope.status).toBe('fail');
      expect(scope.reason['zh-CN']).toMatch(/第三十一条|未说明/);
      expect(result.passed).toBe(false);
    },
  );
});

describe('a lawyer of their own (Art. 24, 31)', () => {
  it('fails the check with the reason', () => {
    const result = checkEligibility(facts({ hasOwnLawyer: true }), ON);
    expect(result.passed).toBe(false);
    const own = result.criteria.find((c) => c.code === 'own_lawyer')!;
    expect(own.status).toBe('fail');
    expect(own.reason['zh-CN']).toContain('已自行委托律师');
  });
});

describe('mandatory defence and representation (Art. 25, 28): no means test', () => {
  it.each(MANDATORY_GROUND_CODES)('%s passes without any income', (mandatoryGround) => {
    const result = checkEligibility(
      facts({ category: 'criminal_defence', civilMatter: null, mandatoryGround, household: rich }),
      ON,
    );
    expect(result.passed).toBe(true);
    expect(result.route).toBe('mandatory');
    const mandatory = result.criteria.find((c) => c.code === 'mandatory')!;
    expect(mandatory.basis).toBe(
      mandatoryGround === 'compulsory_medical' ? '法律援助法第二十八条' : '法律援助法第二十五条',
    );
    expect(result.criteria.find((c) => c.code === 'economic_hardship')!.status).toBe(
      'not_applicable',
    );
  });

  it('does not apply outside criminal defence', () => {
    expect(status({ mandatoryGround: 'minor' }, 'mandatory')).toBe('not_applicable');
  });

  it('a defendant without a ground is means-tested (Art. 24)', () => {
    const result = checkEligibility(
      facts({ category: 'criminal_defence', civilMatter: null, household: rich }),
      ON,
    );
    expect(result.passed).toBe(false);
    expect(result.criteria.find((c) => c.code === 'economic_hardship')!.status).toBe('fail');
  });
});

describe('no means test (Art. 32)', () => {
  it.each(Object.keys(NO_MEANS_TEST_GROUNDS) as NoMeansTestGround[])(
    '%s passes with a high income and no Art. 31 matter',
    (noMeansTestGround) => {
      const result = checkEligibility(
        facts({ civilMatter: 'other', noMeansTestGround, household: rich }),
        ON,
      );
      expect(result.passed).toBe(true);
      expect(result.route).toBe('no_means_test');
      expect(result.criteria.find((c) => c.code === 'scope')!.basis).toBe('法律援助法第三十二条');
    },
  );
});

describe('exempt from the means check (Art. 42)', () => {
  it.each(Object.keys(EXEMPT_GROUPS) as ExemptGroup[])(
    '%s passes with a high income on a wage claim',
    (exemptGroup) => {
      const result = checkEligibility(facts({ exemptGroup, household: rich }), ON);
      expect(result.passed).toBe(true);
      expect(result.route).toBe('exempt_group');
    },
  );

  it.each([
    ['labour', 'pass'],
    ['injury', 'pass'],
    ['maintenance', 'fail'],
  ] as const)('a migrant worker on %s: %s', (civilMatter, expected) => {
    expect(
      status({ exemptGroup: 'migrant_worker', civilMatter, household: rich }, 'exempt_group'),
    ).toBe(expected);
  });
});

describe('economic hardship (Art. 34): income per member against the district standard', () => {
  const twoDistricts: EligibilityRuleSet = {
    ...RULE_SETS[0]!,
    hardshipStandards: { default: 2000, '440106': 2500 },
  };
  it.each([
    ['440106001', 7500, 3, true, '2500.00'], // 2,500 per member, at the standard
    ['440106', 7503, 3, false, '2500.00'], // 2,501
    ['440105', 6000, 3, true, '2000.00'], // default standard
    ['440105', 6300, 3, false, '2000.00'],
    [null, 1000, 1, true, '2000.00'],
  ] as const)(
    'living in %s, %i yuan for %i members: %s',
    (region, income, members, passed, standard) => {
      const result = checkEligibility(
        facts({ residenceRegion: region, household: { members, monthlyIncomeYuan: income } }),
        ON,
        twoDistricts,
      );
      const hardship = result.criteria.find((c) => c.code === 'economic_hardship')!;
      expect(hardship.status).toBe(passed ? 'pass' : 'fail');
      expect(hardship.reason['zh-CN']).toContain(`${standard} 元`);
      expect(result.passed).toBe(passed);
    },
  );

  it('fails without the household and says why', () => {
    const result = checkEligibility(facts({ household: null }), ON);
    expect(result.criteria.find((c) => c.code === 'economic_hardship')!.reason['zh-CN']).toContain(
      '未说明家庭人口和收入',
    );
  });

  it('the shipped figures are marked as placeholders to set from Guangdong’s standard', () => {
    expect(RULE_SETS[0]!.hardshipSource).toContain('[U]');
    expect(hardshipStandard(RULE_SETS[0]!, '440106').yuan).toBeGreaterThan(0);
  });
});

describe('rule sets are versioned and dated', () => {
  const later: EligibilityRuleSet = {
    ...RULE_SETS[0]!,
    version: 'TEST-2027',
    effectiveFrom: '2027-01-01',
    effectiveTo: null,
    hardshipStandards: { default: 5000 },
  };
  const sets = [{ ...RULE_SETS[0]!, effectiveTo: '2026-12-31' }, later];

  it.each([
    ['2022-01-01', 'GD-2022.1'],
    ['2026-12-31', 'GD-2022.1'],
    ['2027-01-01', 'TEST-2027'],
  ])('on %s the set %s applies', (date, version) => {
    expect(ruleSetFor(date, sets).version).toBe(version);
  });

  it('an application received before the law was in force has no rules', () => {
    expect(errorCode(() => ruleSetFor('2021-12-31'))).toBe('LEGAL_AID_NO_RULE_SET');
  });

  it('the result names the version it was judged by', () => {
    const f = facts({ household: { members: 1, monthlyIncomeYuan: 4000 } });
    expect(checkEligibility(f, '2026-06-01', ruleSetFor('2026-06-01', sets)).passed).toBe(false);
    const judged = checkEligibility(f, '2027-06-01', ruleSetFor('2027-06-01', sets));
    expect(judged.passed).toBe(true);
    expect(judged.ruleSet.version).toBe('TEST-2027');
  });
});

describe('the override needs a written reason', () => {
  const failed = checkEligibility(facts({ household: rich }), ON);

  it.each(['', '   ', '收入有误', '九个字的理由不够长'])('refuses the reason %j', (reason) => {
    expect(errorCode(() => overrideEligibility(true, reason, '官员', ON))).toBe(
      'LEGAL_AID_OVERRIDE_REASON_REQUIRED',
    );
  });

  it('with a reason it decides, either way, and keeps who and when', () => {
    expect(effectivelyEligible(failed, null)).toBe(false);
    const override = overrideEligibility(
      true,
      '  申请人上月失业，收入证明已过时，实际无收入  ',
      '王援助',
      ON,
    );
    expect(override).toEqual({
      passed: true,
      reason: '申请人上月失业，收入证明已过时，实际无收入',
      by: '王援助',
      on: ON,
    });
    expect(effectivelyEligible(failed, override)).toBe(true);
    const passed = checkEligibility(facts({}), ON);
    expect(
      effectivelyEligible(
        passed,
        overrideEligibility(false, '核实发现申请人隐瞒房产收入', '王援助', ON),
      ),
    ).toBe(false);
  });
});
