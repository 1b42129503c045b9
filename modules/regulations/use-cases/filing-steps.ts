// Filing review items on the kernel's case-step runner: how an item is loaded, locked and saved,
// and its deadlines with the configured periods. Each step of filing-review.ts is a StepSpec.
import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import {
  defineCaseSteps,
  type StepSpec as KernelStepSpec,
} from '../../../platform/workflow/case-steps.js';
import {
  deadlineViews,
  type ClockState,
  type DeadlineView,
} from '../../../platform/workflow/machine.js';
import { filingCase } from '../domain/filing-case.js';
import '../domain/filing-errors.js';
import { FilingPermissions } from '../domain/filing-permissions.js';
import { type FilingSettings, settingsPeriods } from '../domain/filing-settings.js';
import { filings } from '../db/filing-schema.js';
import {
  filingRecords,
  type FilingRow,
  loadFiling,
  lockFiling,
  readSettings,
} from '../db/filing-queries.js';

export type FilingStep = KernelStepSpec<FilingRow, never>;

export function filingDeadlines(
  clock: ClockState,
  settings: FilingSettings,
  today: string,
  locale: Locale,
  warnDays: number,
): DeadlineView[] {
  return deadlineViews(filingCase, clock, {
    calendar: chinaCalendar(),
    today,
    warnDays,
    locale,
    periods: settingsPeriods(settings),
  });
}

/** The earliest last day among running deadlines: what the review list sorts by. */
export function nextDueDate(clock: ClockState, settings: FilingSettings): string | null {
  const due = filingDeadlines(clock, settings, '1970-01-01', 'zh-CN', 0)
    .filter((d) => d.metOn === null && d.dueDate !== null)
    .map((d) => d.dueDate!)
    .sort();
  return due[0] ?? null;
}

/** Writes the item after a step, its next due date from the configured periods. */
export async function saveFiling(tx: Executor, next: FilingRow, changes: Partial<FilingRow>) {
  const settings = await readSettings(tx);
  await tx
    .update(filings)
    .set({
      ...changes,
      state: next.state,
      clock: next.clock,
      nextDueDate: nextDueDate(next.clock, settings),
      version: next.version,
      updatedAt: new Date(),
    })
    .where(eq(filings.id, next.id));
}

export const { visibleCase: visibleFiling, runStep: runFilingStep } = defineCaseSteps<
  FilingRow,
  never
>({
  module: 'regulations',
  entityType: 'regulations_filing',
  caseType: filingCase,
  readPermission: FilingPermissions.read,
  notFound: 'REGULATIONS_FILING_NOT_FOUND',
  records: filingRecords,
  load: loadFiling,
  lock: lockFiling,
  save: saveFiling,
});
