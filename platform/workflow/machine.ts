// Declarative case state machines. A case type is a table: states, and transitions that say
// who may take them, under which guard, and which deadlines they start, meet, suspend or resume.
// Modules (reconsideration, notarization, legal aid, …) define their case types with it and
// keep each case's state and clock in their own tables.
import { type Actor, hasPermission } from '../auth/permissions.js';
import { AppError, defineErrors } from '../errors/index.js';
import type { Locale, Localized } from '../i18n/index.js';
import type { WorkingCalendar } from './calendar.js';
import type { LegalDate } from './dates.js';
import {
  computeDeadline,
  DEADLINE_STATUS_LABELS,
  deadlineStatus,
  type DeadlineStatus,
  explainDeadline,
  type LegalBasis,
  type Period,
  type Suspension,
} from './deadline.js';

export const WorkflowErrors = defineErrors({
  WORKFLOW_TRANSITION_NOT_ALLOWED: {
    status: 409,
    'zh-CN': '当前状态为“{state}”，不能执行“{action}”；当前可执行：{allowed}',
    en: 'The case is "{state}"; "{action}" is not possible now. Possible: {allowed}',
  },
  WORKFLOW_ACTION_UNKNOWN: {
    status: 400,
    'zh-CN': '未知的办理操作：{action}',
    en: 'Unknown action: {action}',
  },
  WORKFLOW_NOT_SUSPENDED: {
    status: 409,
    'zh-CN': '期限未处于暂停状态，无需恢复',
    en: 'The clock is not stopped',
  },
});

export interface StateDef {
  label: Localized;
  terminal?: boolean;
}

export interface DeadlineDef {
  label: Localized;
  /** Default period; a module may override it from configuration ([U]/[S] rules). */
  period: Period;
  basis: LegalBasis;
  /** What starts it, for the explanation: 受理之日, 收到申请之日 … */
  startLabel: Localized;
}

export interface ClockEffects {
  /** Deadlines that start on the transition's date. */
  start?: string[];
  /** Deadlines met (stopped for good) by the transition. */
  meet?: string[];
  /** Stops the clock of every running deadline (补正, 中止, 鉴定 …), with the reason. */
  suspend?: string;
  /** Lets the stopped clock run again. */
  resume?: boolean;
}

export interface TransitionDef<TCase = unknown> {
  action: string;
  label: Localized;
  from: readonly string[];
  to: string;
  /** The permission an actor needs; the system (deemed acceptance, timers) acts with none. */
  permission: string | null;
  /** Returns an AppError when the rule of law forbids the step for this case. */
  guard?: (subject: TCase) => AppError | null;
  clock?: ClockEffects;
}

export interface CaseTypeDef<TCase = unknown> {
  name: string;
  label: Localized;
  initial: string;
  states: Record<string, StateDef>;
  transitions: TransitionDef<TCase>[];
  deadlines: Record<string, DeadlineDef>;
}

/** The per-case clock the module stores (as JSON): deadlines started and the suspensions. */
export interface ClockState {
  deadlines: Record<string, { start: LegalDate; metOn: LegalDate | null; extensionDays: number }>;
  suspensions: Suspension[];
}

export const emptyClock = (): ClockState => ({ deadlines: {}, suspensions: [] });

export function defineCaseType<TCase>(def: CaseTypeDef<TCase>): CaseTypeDef<TCase> {
  const states = new Set(Object.keys(def.states));
  if (!states.has(def.initial))
    throw new Error(`${def.name}: unknown initial state ${def.initial}`);
  for (const t of def.transitions) {
    for (const s of [...t.from, t.to])
      if (!states.has(s)) throw new Error(`${def.name}.${t.action}: unknown state ${s}`);
    for (const key of [...(t.clock?.start ?? []), ...(t.clock?.meet ?? [])]) {
      if (!def.deadlines[key]) throw new Error(`${def.name}.${t.action}: unknown deadline ${key}`);
    }
    for (const s of t.from)
      if (def.states[s]!.terminal)
        throw new Error(`${def.name}.${t.action}: leaves terminal state ${s}`);
  }
  return def;
}

function allowedFrom<TCase>(type: CaseTypeDef<TCase>, state: string, actor: Actor | null) {
  return type.transitions.filter(
    (t) =>
      t.from.includes(state) &&
      (t.permission === null
        ? actor === null
        : actor !== null && hasPermission(actor, t.permission)),
  );
}

/** The transitions the actor may take now, for the "next actions" of a case page. */
export function availableActions<TCase>(
  type: CaseTypeDef<TCase>,
  state: string,
  actor: Actor | null,
  subject?: TCase,
) {
  return allowedFrom(type, state, actor).filter(
    (t) => !subject || !t.guard || t.guard(subject) === null,
  );
}

/**
 * Checks that `action` may be taken from `state` by `actor` (null = the system) and returns the
 * transition. Throws WORKFLOW_TRANSITION_NOT_ALLOWED naming the state and what is allowed,
 * AUTH_FORBIDDEN without the permission, or the guard's own error.
 */
export function checkTransition<TCase>(
  type: CaseTypeDef<TCase>,
  state: string,
  action: string,
  actor: Actor | null,
  subject: TCase,
  locale: Locale = 'zh-CN',
): TransitionDef<TCase> {
  const candidates = type.transitions.filter((t) => t.action === action);
  if (candidates.length === 0) throw new AppError('WORKFLOW_ACTION_UNKNOWN', { action });
  const fromHere = candidates.filter((t) => t.from.includes(state));
  if (fromHere.length === 0) {
    const allowed = allowedFrom(type, state, actor).map((t) => t.label[locale]);
    throw new AppError('WORKFLOW_TRANSITION_NOT_ALLOWED', {
      state: type.states[state]?.label[locale] ?? state,
      action: candidates[0]!.label[locale],
      allowed:
        allowed.length > 0 ? [...new Set(allowed)].join('、') : locale === 'zh-CN' ? '无' : 'none',
    });
  }
  // An action may exist twice: once for staff with a permission, once for the system.
  const transition = fromHere.find((t) =>
    t.permission === null ? actor === null : actor !== null && hasPermission(actor, t.permission),
  );
  if (!transition)
    throw new AppError('AUTH_FORBIDDEN', { action: fromHere[0]!.permission ?? action });
  const failure = transition.guard?.(subject);
  if (failure) throw failure;
  return transition;
}

/** The clock after a transition's effects on `date`. Pure: returns a new clock. */
export function applyClock(
  clock: ClockState,
  effects: ClockEffects | undefined,
  date: LegalDate,
): ClockState {
  if (!effects) return clock;
  const next: ClockState = {
    deadlines: { ...clock.deadlines },
    suspensions: [...clock.suspensions],
  };
  const open = next.suspensions.findIndex((s) => s.to === null);
  if (effects.resume) {
    if (open < 0) throw new AppError('WORKFLOW_NOT_SUSPENDED');
    next.suspensions[open] = { ...next.suspensions[open]!, to: date };
  }
  for (const key of effects.meet ?? []) {
    const d = next.deadlines[key];
    if (d && !d.metOn) next.deadlines[key] = { ...d, metOn: date };
  }
  // A stop holds the deadlines running now, not those the same step starts (补正 stops the
  // acceptance review but starts the applicant's own 10 working days to reply).
  if (effects.suspend && !next.suspensions.some((s) => s.to === null)) {
    const affects = Object.keys(next.deadlines).filter((k) => next.deadlines[k]!.metOn === null);
    next.suspensions.push({ from: date, to: null, reason: effects.suspend, affects });
  }
  for (const key of effects.start ?? []) {
    next.deadlines[key] = { start: date, metOn: null, extensionDays: 0 };
  }
  return next;
}

/** Adds an approved extension (延期) to a running deadline. */
export function extendDeadline(clock: ClockState, key: string, days: number): ClockState {
  const d = clock.deadlines[key];
  if (!d) throw new Error(`no deadline ${key}`);
  return {
    ...clock,
    deadlines: { ...clock.deadlines, [key]: { ...d, extensionDays: d.extensionDays + days } },
  };
}

export interface DeadlineView {
  key: string;
  label: string;
  start: LegalDate;
  dueDate: LegalDate | null;
  metOn: LegalDate | null;
  status: DeadlineStatus;
  statusLabel: string;
  basis: LegalBasis;
  explanation: string;
  calendarUnpublished: boolean;
}

export interface DeadlineOptions {
  calendar: WorkingCalendar;
  today: LegalDate;
  warnDays: number;
  locale: Locale;
  /** Periods from configuration, by deadline key, overriding the case type's defaults. */
  periods?: Record<string, Period>;
}

/** Every deadline of a case, computed for `today`, with its legal basis and explanation. */
export function deadlineViews<TCase>(
  type: CaseTypeDef<TCase>,
  clock: ClockState,
  options: DeadlineOptions,
): DeadlineView[] {
  return Object.entries(clock.deadlines).map(([key, d]) => {
    const def = type.deadlines[key];
    if (!def) throw new Error(`${type.name}: unknown deadline ${key}`);
    // A deadline counts only suspensions that began before it was met.
    const suspensions = clock.suspensions.filter(
      (s) => (!s.affects || s.affects.includes(key)) && (!d.metOn || s.from < d.metOn),
    );
    const input = {
      start: d.start,
      period: options.periods?.[key] ?? def.period,
      suspensions,
      extensionDays: d.extensionDays,
    };
    const computed = computeDeadline(input, options.calendar);
    const status = deadlineStatus(computed, options.today, options.warnDays, d.metOn);
    return {
      key,
      label: def.label[options.locale],
      start: d.start,
      dueDate: computed.dueDate,
      metOn: d.metOn,
      status,
      statusLabel: DEADLINE_STATUS_LABELS[status][options.locale],
      basis: def.basis,
      explanation: explainDeadline(input, computed, def.basis, def.startLabel, options.locale),
      calendarUnpublished: computed.unpublishedYears.length > 0,
    };
  });
}
