// 附带审查 (行政复议法 Art. 13, 56): until the decision is drafted, the request can still be
// handled within the case. Shared by the use case and the case page (no dependencies).
export const DOCUMENT_REVIEW_OPEN_STATES: readonly string[] = [
  'RECEIVED',
  'AWAITING_CORRECTION',
  'UNDER_REVIEW',
  'SUSPENDED',
];
