import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../platform/auth/permissions.js';
import type { AppError } from '../../../platform/errors/index.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import {
  applyClock,
  checkTransition,
  deadlineViews,
  emptyClock,
} from '../../../platform/workflow/machine.js';
import { reconsiderationCase, SIMPLIFIED_PERIODS } from './case-type.js';
import './errors.js';
import { CORRECTION_OUTCOMES, outcomesAllowed } from './outcomes.js';
import { isSimplifiedEligible, simplifiedGrounds } from './procedure.js';
import { pseudonym, redact } from './redaction.js';
import { addYears, type ApplicationDates, checkApplicationTime } from './time-limits.js';

const calendar = chinaCalendar();
const base: ApplicationDates = {
  actDate: '2026-01-05',
  knewDate: '2026-01-05',
  informedOfRight: true,
  learnedOfRightDate: null,
  filedDate: '2026-03-01',
  realProperty: false,
};

describe('time to apply (行政复议法 Art. 20–21)', () => {
  it.each([
    ['within 60 日 of knowing', {}, false, '2026-03-06'],
    ['on the last day', { filedDate: '2026-03-06' }, false, '2026-03-06'],
    ['one day late', { filedDate: '2026-03-07' }, true, '2026-03-06'],
    [
      'the 60th day on a holiday moves to the next working day',
      { knewDate: '2025-08-02', actDate: '2025-08-02', filedDate: '2025-10-09' },
      false,
      '2025-10-09',
    ],
    [
      'not told of the right: 60 日 from learning of it',
      { informedOfRight: false, learnedOfRightDate: '2026-06-01', filedDate: '2026-07-20' },
      false,
      '2026-07-31',
    ],
    [
      'not told of the right: capped at 1 year from knowing',
      { informedOfRight: false, learnedOfRightDate: '2026-12-20', filedDate: '2027-01-10' },
      true,
      '2027-01-05',
    ],
    [
      'knowing years later: barred 5 years after the act',
      { actDate: '2020-03-01', knewDate: '2025-02-20', filedDate: '2025-03-10' },
      true,
      '2025-03-01',
    ],
    [
      'real property: 20 years',
      {
        actDate: '2010-03-01',
        knewDate: '2025-02-20',
        filedDate: '2025-03-10',
        realProperty: true,
      },
      false,
      '2025-04-21',
    ],
    [
      'a longer statutory period prevails',
      { statutoryPeriodDays: 90, filedDate: '2026-04-01' },
      false,
      '2026-04-07',
    ],
  ] as const)('%s', (_name, change, late, lastDay) => {
    const result = checkApplicationTime({ ...base, ...change }, calendar);
    expect({ late: result.late, lastDay: result.lastDay }).toEqual({ late, lastDay });
    expect(result.computation.at(-1)).toContain(late ? '已超过申请期限' : '在申请期限内');
  });

  it('explains the computation with the articles', () => {
    const result = checkApplicationTime(
      { ...base, actDate: '2020-03-01', knewDate: '2025-02-20', filedDate: '2025-03-10' },
      calendar,
    );
    expect(result.computation).toEqual([
      '自知道行政行为之日（2025-02-20）起60日，至 2025-04-21（行政复议法第二十条第一款）',
      '自行政行为作出之日（2020-03-01）起最长5年，至 2025-03-01（第二十一条）',
      '申请日 2025-03-10 已超过申请期限',
    ]);
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2025-01-31', 5, '2030-01-31'],
  ])('addYears(%s, %i) = %s', (date, years, expected) =>
    expect(addYears(date, years)).toBe(expected),
  );
});

describe('simplified procedure (Art. 53)', () => {
  const none = {
    onTheSpot: false,
    warningOrCriticism: false,
    fineAmount: null,
    informationDisclosure: false,
    allPartiesAgree: false,
  };
  it.each([
    ['an act made on the spot', { onTheSpot: true }, true],
    ['a warning', { warningOrCriticism: true }, true],
    ['a fine of ¥3,000', { fineAmount: 3000 }, true],
    ['a fine of ¥3,001', { fineAmount: 3001 }, false],
    ['information disclosure', { informationDisclosure: true }, true],
    ['any case all parties agree to', { fineAmount: 50000, allPartiesAgree: true }, true],
    ['nothing of these', {}, false],
  ] as const)('%s -> %s', (_name, facts, eligible) => {
    expect(isSimplifiedEligible({ ...none, ...facts })).toBe(eligible);
  });

  it('names the ground', () => {
    expect(simplifiedGrounds({ ...none, fineAmount: 200 })).toEqual([
      '案件涉及款额 200 元，在 3000 元以下（第三项）',
    ]);
  });
});

describe('outcomes', () => {
  it('count 变更 撤销 部分撤销 确认违法 责令履行 确认无效 as corrections', () => {
    expect(CORRECTION_OUTCOMES).toEqual([
      'change',
      'revoke',
      'partial_revoke',
      'confirm_illegal',
      'order_performance',
      'confirm_invalid',
    ]);
  });
  it('allow only termination while suspended, nothing before acceptance', () => {
    expect(outcomesAllowed('SUSPENDED')).toEqual(['terminate']);
    expect(outcomesAllowed('RECEIVED')).toEqual([]);
    expect(outcomesAllowed('UNDER_REVIEW')).toHaveLength(11);
  });
});

describe('redaction for publication', () => {
  it.each([
    ['张三', '张某'],
    ['欧阳修', '欧阳某'],
  ])('%s -> %s', (name, alias) => expect(pseudonym(name)).toBe(alias));

  it('hides names (keeping the surname), ID numbers, phones and addresses', () => {
    const text =
      '申请人张三（身份证号44010619900101123X，电话13812345678，住广州市天河区五山路1号）不服被申请人的处罚决定。张三称：联系电话 020-87654321。';
    const { text: out, replacements } = redact(text, {
      names: ['张三'],
      addresses: ['广州市天河区五山路1号'],
      others: [],
    });
    expect(out).toBe(
      '申请人张某（身份证号[身份证号已隐去]，电话[电话已隐去]，住[已隐去]）不服被申请人的处罚决定。张某称：联系电话 [电话已隐去]。',
    );
    expect(replacements).toBe(6);
    expect(out).not.toMatch(/\d{17}[\dX]/);
  });
});

describe('the reconsideration state machine', () => {
  const clerk: Actor = {
    userId: 'u',
    username: 'c',
    displayName: 'c',
    role: 'reconsideration_clerk',
    organizationId: 'o',
    regionCode: '4401',
  };
  const handler: Actor = { ...clerk, role: 'reconsideration_handler' };
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
      return null;
    } catch (error) {
      return (error as AppError).code;
    }
  };

  it.each([
    ['RECEIVED', 'accept', clerk, null],
    ['RECEIVED', 'accept', handler, 'AUTH_FORBIDDEN'],
    ['RECEIVED', 'approve_decision', clerk, 'WORKFLOW_TRANSITION_NOT_ALLOWED'],
    ['AWAITING_CORRECTION', 'accept', clerk, 'WORKFLOW_TRANSITION_NOT_ALLOWED'],
    ['UNDER_REVIEW', 'record_answer', handler, null],
    ['CLOSED', 'suspend', handler, 'WORKFLOW_TRANSITION_NOT_ALLOWED'],
    ['RECEIVED', 'deem_accepted', null, null],
  ] as const)('from %s, %s by %o -> %s', (state, action, actor, code) => {
    expect(codeOf(() => checkTransition(reconsiderationCase, state, action, actor, {}))).toBe(code);
  });

  it('runs the statutory clock: receipt, 补正, acceptance, simplified periods', () => {
    const t = (action: string) =>
      reconsiderationCase.transitions.find((x) => x.action === action)!.clock;
    let clock = applyClock(emptyClock(), { start: ['acceptance'] }, '2026-03-02');
    clock = applyClock(clock, t('request_correction'), '2026-03-03');
    clock = applyClock(clock, t('supply_correction'), '2026-03-10');
    clock = applyClock(clock, t('accept'), '2026-03-11');
    const views = deadlineViews(reconsiderationCase, clock, {
      calendar,
      today: '2026-03-11',
      warnDays: 3,
      locale: 'zh-CN',
      periods: SIMPLIFIED_PERIODS,
    });
    const byKey = Object.fromEntries(views.map((v) => [v.key, v]));
    expect(byKey.acceptance!.status).toBe('met');
    expect(byKey.correctionReply).toMatchObject({ status: 'met', metOn: '2026-03-10' });
    expect(byKey.copyToRespondent!.dueDate).toBe('2026-03-16');
    expect(byKey.decision!.dueDate).toBe('2026-04-10');
    expect(byKey.decision!.explanation).toBe(
      '自受理之日（2026-03-11）起30日，行政复议法第六十二条',
    );
  });
});
