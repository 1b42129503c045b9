import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/permissions.js';
import { defineRole } from '../auth/roles.js';
import { AppError } from '../errors/index.js';
import { chinaCalendar } from './calendar.js';
import {
  applyClock,
  availableActions,
  checkTransition,
  defineCaseType,
  deadlineViews,
  emptyClock,
  extendDeadline,
} from './machine.js';

defineRole('test_clerk', { 'zh-CN': '测试办事员', en: 'Test clerk' }, [
  'demo:accept',
  'demo:suspend',
]);
defineRole('test_viewer', { 'zh-CN': '测试查看者', en: 'Test viewer' }, []);

const actor = (role: string): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  role,
  organizationId: 'o',
  regionCode: '4401',
});
const clerk = actor('test_clerk');
const viewer = actor('test_viewer');
const l = (zh: string) => ({ 'zh-CN': zh, en: zh });

interface Demo {
  complete: boolean;
}

const demo = defineCaseType<Demo>({
  name: 'demo',
  label: l('演示案件'),
  initial: 'RECEIVED',
  states: {
    RECEIVED: { label: l('已收到') },
    ACCEPTED: { label: l('已受理') },
    SUSPENDED: { label: l('已中止') },
    CLOSED: { label: l('已办结'), terminal: true },
  },
  deadlines: {
    acceptance: {
      label: l('受理审查'),
      period: { amount: 5, unit: 'workday' },
      basis: { law: '行政复议法', article: '第三十条' },
      startLabel: l('收到申请之日'),
    },
    decision: {
      label: l('作出决定'),
      period: { amount: 60, unit: 'day' },
      basis: { law: '行政复议法', article: '第六十二条' },
      startLabel: l('受理之日'),
    },
  },
  transitions: [
    {
      action: 'accept',
      label: l('受理'),
      from: ['RECEIVED'],
      to: 'ACCEPTED',
      permission: 'demo:accept',
      guard: (c) => (c.complete ? null : new AppError('BAD_REQUEST', { reason: '材料不全' })),
      clock: { meet: ['acceptance'], start: ['decision'] },
    },
    {
      action: 'deem_accepted',
      label: l('视为受理'),
      from: ['RECEIVED'],
      to: 'ACCEPTED',
      permission: null,
      clock: { meet: ['acceptance'], start: ['decision'] },
    },
    {
      action: 'suspend',
      label: l('中止'),
      from: ['ACCEPTED'],
      to: 'SUSPENDED',
      permission: 'demo:suspend',
      clock: { suspend: '中止' },
    },
    {
      action: 'resume',
      label: l('恢复'),
      from: ['SUSPENDED'],
      to: 'ACCEPTED',
      permission: 'demo:suspend',
      clock: { resume: true },
    },
    {
      action: 'close',
      label: l('办结'),
      from: ['ACCEPTED'],
      to: 'CLOSED',
      permission: 'demo:accept',
      clock: { meet: ['decision'] },
    },
  ],
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (error) {
    return error as AppError;
  }
};

describe('checkTransition', () => {
  it('allows a listed transition to an actor with the permission', () => {
    expect(checkTransition(demo, 'RECEIVED', 'accept', clerk, { complete: true }).to).toBe(
      'ACCEPTED',
    );
  });

  it.each([
    [
      'an illegal transition names the state and what is allowed',
      'ACCEPTED',
      'accept',
      clerk,
      'WORKFLOW_TRANSITION_NOT_ALLOWED',
      '当前状态为“已受理”，不能执行“受理”；当前可执行：中止、办结',
    ],
    [
      'an action without the permission is forbidden',
      'RECEIVED',
      'accept',
      viewer,
      'AUTH_FORBIDDEN',
      null,
    ],
    [
      'a system-only action is not for people',
      'RECEIVED',
      'deem_accepted',
      clerk,
      'AUTH_FORBIDDEN',
      null,
    ],
    ['an unknown action', 'RECEIVED', 'fly', clerk, 'WORKFLOW_ACTION_UNKNOWN', null],
    [
      'a terminal state allows nothing',
      'CLOSED',
      'close',
      clerk,
      'WORKFLOW_TRANSITION_NOT_ALLOWED',
      '当前状态为“已办结”，不能执行“办结”；当前可执行：无',
    ],
  ] as const)('%s', (_name, state, action, who, code, message) => {
    const error = codeOf(() => checkTransition(demo, state, action, who, { complete: true }));
    expect(error?.code).toBe(code);
    if (message) expect(error!.details).toBeDefined();
    if (message)
      expect(
        `当前状态为“${(error!.details as Record<string, string>).state}”，不能执行“${(error!.details as Record<string, string>).action}”；当前可执行：${(error!.details as Record<string, string>).allowed}`,
      ).toBe(message);
  });

  it('runs the guard of the rule of law', () => {
    expect(
      codeOf(() => checkTransition(demo, 'RECEIVED', 'accept', clerk, { complete: false }))?.code,
    ).toBe('BAD_REQUEST');
  });

  it('the system may take a system transition', () => {
    expect(checkTransition(demo, 'RECEIVED', 'deem_accepted', null, { complete: true }).to).toBe(
      'ACCEPTED',
    );
  });

  it('lists only the actions the actor may take now', () => {
    expect(availableActions(demo, 'ACCEPTED', clerk).map((t) => t.action)).toEqual([
      'suspend',
      'close',
    ]);
    expect(availableActions(demo, 'ACCEPTED', viewer)).toEqual([]);
    expect(
      availableActions(demo, 'RECEIVED', clerk, { complete: false }).map((t) => t.action),
    ).toEqual([]);
  });
});

describe('defineCaseType', () => {
  it('rejects a table with an unknown state or deadline', () => {
    expect(() =>
      defineCaseType({ ...demo, transitions: [{ ...demo.transitions[0]!, to: 'NOWHERE' }] }),
    ).toThrow(/unknown state NOWHERE/);
    expect(() =>
      defineCaseType({
        ...demo,
        transitions: [{ ...demo.transitions[0]!, clock: { start: ['nope'] } }],
      }),
    ).toThrow(/unknown deadline nope/);
  });
});

describe('the clock of a case', () => {
  const options = { calendar: chinaCalendar(), warnDays: 5, locale: 'zh-CN' as const };

  it('starts, suspends, resumes, extends and meets deadlines', () => {
    let clock = applyClock(emptyClock(), { start: ['acceptance'] }, '2026-03-02');
    clock = applyClock(clock, demo.transitions[0]!.clock, '2026-03-04'); // accepted
    let views = deadlineViews(demo, clock, { ...options, today: '2026-03-05' });
    expect(views.find((v) => v.key === 'acceptance')).toMatchObject({
      status: 'met',
      metOn: '2026-03-04',
      dueDate: '2026-03-09',
    });
    expect(views.find((v) => v.key === 'decision')).toMatchObject({
      dueDate: '2026-05-06',
      status: 'normal',
      statusLabel: '正常',
    });

    clock = applyClock(clock, { suspend: '中止' }, '2026-03-10');
    views = deadlineViews(demo, clock, { ...options, today: '2026-03-20' });
    expect(views.find((v) => v.key === 'decision')).toMatchObject({
      dueDate: null,
      status: 'suspended',
    });
    expect(views.find((v) => v.key === 'decision')!.explanation).toContain(
      '期限暂停计算，尚余 54日',
    );

    clock = applyClock(clock, { resume: true }, '2026-03-22');
    clock = extendDeadline(clock, 'decision', 30);
    views = deadlineViews(demo, clock, { ...options, today: '2026-06-12' });
    const decision = views.find((v) => v.key === 'decision')!;
    // 60 + 30 days from 03-04 plus 12 suspended: Sunday 06-14, moved to Monday.
    expect(decision.dueDate).toBe('2026-06-15');
    expect(decision.status).toBe('due_soon');
    expect(decision.explanation).toBe(
      '自受理之日（2026-03-04）起60日，行政复议法第六十二条；延长 30 日；中止/补正等 12 日不计入；期满日 2026-06-14 为法定休假日，顺延至 2026-06-15',
    );
  });

  it('refuses to resume a clock that is not stopped', () => {
    expect(codeOf(() => applyClock(emptyClock(), { resume: true }, '2026-03-02'))?.code).toBe(
      'WORKFLOW_NOT_SUSPENDED',
    );
  });

  it('a period from configuration overrides the default', () => {
    const clock = applyClock(emptyClock(), { start: ['acceptance'] }, '2026-03-02');
    const [view] = deadlineViews(demo, clock, {
      ...options,
      today: '2026-03-02',
      periods: { acceptance: { amount: 10, unit: 'workday' } },
    });
    expect(view!.dueDate).toBe('2026-03-16');
  });
});

describe('a stop and a deadline started by the same step', () => {
  it('the stop holds the running deadlines but not the one the step starts', () => {
    const options = {
      calendar: chinaCalendar(),
      warnDays: 2,
      locale: 'zh-CN' as const,
      today: '2026-03-10',
    };
    const type = defineCaseType({
      ...demo,
      deadlines: {
        ...demo.deadlines,
        reply: {
          label: l('补正答复'),
          period: { amount: 10, unit: 'workday' },
          basis: { law: '行政复议法', article: '第三十一条' },
          startLabel: l('收到补正通知之日'),
        },
      },
    });
    let clock = applyClock(emptyClock(), { start: ['acceptance'] }, '2026-03-02');
    clock = applyClock(clock, { suspend: '补正', start: ['reply'] }, '2026-03-03');
    const views = deadlineViews(type, clock, options);
    expect(views.find((v) => v.key === 'acceptance')!.status).toBe('suspended');
    expect(views.find((v) => v.key === 'reply')!.dueDate).toBe('2026-03-17');
    clock = applyClock(clock, { resume: true, meet: ['reply'] }, '2026-03-09');
    // 4 working days held (03-04..03-06, 03-09): acceptance runs again from 03-09.
    expect(deadlineViews(type, clock, options).find((v) => v.key === 'acceptance')!.dueDate).toBe(
      '2026-03-13',
    );
  });
});
