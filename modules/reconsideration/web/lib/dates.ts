import dayjs, { type Dayjs } from 'dayjs';

/** Legal dates travel as YYYY-MM-DD calendar dates. */
export const DATE_FORMAT = 'YYYY-MM-DD';

export function toLegalDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format(DATE_FORMAT) : undefined;
}

/** Today, for the default of a date field (the browser's calendar day). */
export const today = () => dayjs().startOf('day');

/** No date after today: the act, the day it became known, a receipt. */
export const afterToday = (value: Dayjs) => value.isAfter(dayjs(), 'day');

/** An empty or blank text field is left out of the request. */
export function optionalText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
