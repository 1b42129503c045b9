// Legal dates: Asia/Shanghai calendar days as 'YYYY-MM-DD' strings. Arithmetic runs on UTC
// midnights, so no local time zone or daylight saving can shift a day.
import { clockNow } from './clock.js';

export type LegalDate = string;

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLegalDate(value: string): boolean {
  const m = PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function toUtc(date: LegalDate): number {
  if (!isLegalDate(date)) throw new Error(`not a date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtc(ms: number): LegalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: LegalDate, days: number): LegalDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LegalDate, b: LegalDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LegalDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function yearOf(date: LegalDate): number {
  return Number(date.slice(0, 4));
}

export const maxDate = (a: LegalDate, b: LegalDate) => (a > b ? a : b);
export const minDate = (a: LegalDate, b: LegalDate) => (a < b ? a : b);

/** The Asia/Shanghai calendar date of an instant (China has no daylight saving: UTC+8). */
export function shanghaiDate(instant: Date = clockNow()): LegalDate {
  return fromUtc(instant.getTime() + 8 * 3_600_000);
}
