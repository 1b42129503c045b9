// The working-day calendar: weekends plus the State Council's annual table of rest days and
// 调休 make-up working days (data/calendar/cn-holidays.json). A year with no published table
// falls back to weekends and is reported, so that a clerk re-checks the deadline.
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';
import { addDays, dayOfWeek, type LegalDate, yearOf } from './dates.js';

export interface HolidayYear {
  source: string;
  off: LegalDate[];
  work: LegalDate[];
}

export interface HolidayTable {
  years: Record<string, HolidayYear>;
}

export class WorkingCalendar {
  private readonly off = new Set<LegalDate>();
  private readonly work = new Set<LegalDate>();
  readonly publishedYears: Set<number>;

  constructor(table: HolidayTable) {
    for (const year of Object.values(table.years)) {
      year.off.forEach((d) => this.off.add(d));
      year.work.forEach((d) => this.work.add(d));
    }
    this.publishedYears = new Set(Object.keys(table.years).map(Number));
  }

  isPublished(year: number): boolean {
    return this.publishedYears.has(year);
  }

  isWorkingDay(date: LegalDate): boolean {
    if (this.off.has(date)) return false;
    if (this.work.has(date)) return true;
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6;
  }

  /** The date itself when it is a working day, else the next working day. */
  onOrAfterWorkingDay(date: LegalDate): LegalDate {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** Years touched from `from` to `to` (inclusive) that have no published table. */
  unpublishedYears(from: LegalDate, to: LegalDate): number[] {
    const years: number[] = [];
    for (let y = yearOf(from); y <= yearOf(to); y++) if (!this.isPublished(y)) years.push(y);
    return years;
  }
}

let shipped: WorkingCalendar | undefined;

/** The calendar shipped in data/calendar, read once. */
export function chinaCalendar(): WorkingCalendar {
  shipped ??= new WorkingCalendar(
    JSON.parse(readFileSync(fromRoot('data/calendar/cn-holidays.json'), 'utf8')) as HolidayTable,
  );
  return shipped;
}
