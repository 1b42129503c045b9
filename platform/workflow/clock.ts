// The clock that legal dates are read from. In a live deployment it is the system clock. A
// training or acceptance-test installation (SIFA_CLOCK_CONTROL=true) may move it forward by whole
// days, so that a journey can show what happens when time passes (a suspended deadline moving,
// a timer firing) without waiting for it. Instants of sessions and audit events never move.

const DAY_MS = 86_400_000;
let offsetDays = 0;

/** The current instant as the legal calendar sees it. */
export function clockNow(): Date {
  return new Date(Date.now() + offsetDays * DAY_MS);
}

export function clockOffsetDays(): number {
  return offsetDays;
}

/** Moves the legal clock to `days` after the system clock (0 restores it). */
export function setClockOffsetDays(days: number): void {
  if (!Number.isInteger(days) || days < 0) throw new Error(`not a whole number of days: ${days}`);
  offsetDays = days;
}
