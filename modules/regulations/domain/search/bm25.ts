// BM25F (Robertson, Zaragoza, Taylor 2004): each field's term frequency is normalised by that
// field's length, the fields are added with their weights, and only the sum is saturated. The
// fields of an article are its body, its lead clause (担任公证员，应当具备下列条件：, the words
// that say what the article is about, counted again), its 章/节 headings, and the title of its
// document: a word of the title lifts every article of that document a little, and a long title
// (a judicial interpretation's) lifts less than a short one (a law's).

export interface Bm25Parameters {
  k1: number;
  /** Length normalisation of the body (0: none, 1: full). */
  b: number;
  /** Length normalisation of the title. */
  titleB: number;
  /** Weight of one title occurrence against one body occurrence, after normalisation. */
  titleWeight: number;
  /** Weight of one occurrence in the article's 章/节 headings. */
  headingWeight: number;
  headingB: number;
  /** Weight of one occurrence in the article's lead clause (what it is about, see entries.ts). */
  leadWeight: number;
  leadB: number;
}

export const DEFAULT_BM25: Bm25Parameters = {
  k1: 1.2,
  b: 0.75,
  titleB: 0.75,
  titleWeight: 2,
  headingWeight: 1,
  headingB: 0.5,
  leadWeight: 1,
  leadB: 0.5,
};

/** Inverse document frequency, never negative: ln(1 + (N - df + 0.5) / (df + 0.5)). */
export function idf(documents: number, frequency: number): number {
  const df = Math.min(Math.max(frequency, 0), documents);
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** The length normalisation of a field: 1 - b + b * length / average. */
export function lengthNorm(length: number, averageLength: number, b: number): number {
  return 1 - b + (b * length) / (averageLength || 1);
}

/** Saturation of a (normalised, weighted) term frequency: tf * (k1 + 1) / (tf + k1). */
export function saturate(tf: number, k1: number): number {
  return tf <= 0 ? 0 : (tf * (k1 + 1)) / (tf + k1);
}

export interface FieldFrequency {
  tf: number;
  length: number;
  averageLength: number;
  b: number;
  weight: number;
}

/** BM25F of one term in one document: idf times the saturated sum of normalised fields. */
export function bm25f(
  documents: number,
  df: number,
  fields: readonly FieldFrequency[],
  k1 = DEFAULT_BM25.k1,
): number {
  let tf = 0;
  for (const f of fields) tf += (f.weight * f.tf) / lengthNorm(f.length, f.averageLength, f.b);
  return idf(documents, df) * saturate(tf, k1);
}
