// Applications of people in detention (法律援助法 Art. 39): the facility forwards them to the
// legal-aid agency within 24 hours. The record keeps the hours it took and whether it was late.

/** Hours from the detainee's request to the forwarding, to one decimal, and whether late. */
export function forwardDelay(requestedAt: Date, forwardedAt: Date, limitHours: number) {
  const hours = Math.round(((forwardedAt.getTime() - requestedAt.getTime()) / 3_600_000) * 10) / 10;
  return { hours, late: forwardedAt.getTime() - requestedAt.getTime() > limitHours * 3_600_000 };
}
