// The figures of mediation work (人民调解法 Art. 10: the county bureau keeps the statistics):
// disputes by type, how many were settled, the success rate, the time to settle, and how many
// were settled where they arose (就地化解: by the first committee, without transfer up).

/** Counts of one group and dispute type, as the database sums them. */
export interface CountRow {
  key: string;
  disputeType: string;
  total: number;
  settled: number;
  written: number;
  oral: number;
  terminated: number;
  refused: number;
  settledLocally: number;
  /** Sum over settled disputes of the days from registration to the agreement taking effect. */
  daysToSettle: number;
}

export interface Figures {
  total: number;
  settled: number;
  written: number;
  oral: number;
  terminated: number;
  refused: number;
  pending: number;
  /** Settled of those whose mediation ended (settled + terminated), in percent, 1 decimal. */
  successRate: number | null;
  /** Mean days from registration to the agreement taking effect, 1 decimal. */
  avgDaysToSettle: number | null;
  settledLocally: number;
  byType: Record<string, number>;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function figuresOf(rows: readonly CountRow[]): Figures {
  const sum = (f: (r: CountRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  const total = sum((r) => r.total);
  const settled = sum((r) => r.settled);
  const terminated = sum((r) => r.terminated);
  const refused = sum((r) => r.refused);
  const days = sum((r) => r.daysToSettle);
  const byType: Record<string, number> = {};
  for (const r of rows) byType[r.disputeType] = (byType[r.disputeType] ?? 0) + r.total;
  const ended = settled + terminated;
  return {
    total,
    settled,
    written: sum((r) => r.written),
    oral: sum((r) => r.oral),
    terminated,
    refused,
    pending: total - settled - terminated - refused,
    successRate: ended > 0 ? round1((settled / ended) * 100) : null,
    avgDaysToSettle: settled > 0 ? round1(days / settled) : null,
    settledLocally: sum((r) => r.settledLocally),
    byType,
  };
}

/** The rows grouped by key, each with its figures, in key order. */
export function groupFigures(rows: readonly CountRow[]): Map<string, Figures> {
  const keys = [...new Set(rows.map((r) => r.key))].sort();
  return new Map(keys.map((k) => [k, figuresOf(rows.filter((r) => r.key === k))]));
}
