// Query expansion: other modules add statutory words to a query (the everyday-words vocabulary of
// modules/knowledge turns 多久 into 期限, 日内). Regulations does not import those modules; they
// register an expander here through the regulations index, so the dependency points one way.
import type { Executor } from '../../../../platform/db/index.js';

export interface QueryExpansion {
  /** The words of the query that matched, e.g. 多久. */
  matched: string;
  /** Words of the statutes to search as well, e.g. 期限 and 日内. */
  terms: string[];
  /** Weight of the added words against a word the user typed (0 < weight <= 1). */
  weight: number;
}

export interface ExpansionInput {
  /** The query as typed. */
  text: string;
  /** Its words as the search segments them (jieba, stop words kept). */
  words: string[];
}

export type QueryExpander = (query: ExpansionInput, db: Executor) => Promise<QueryExpansion[]>;

const expanders = new Set<QueryExpander>();

/** Adds an expander for every later search; returns a function that removes it again. */
export function registerQueryExpander(expander: QueryExpander): () => void {
  expanders.add(expander);
  return () => {
    expanders.delete(expander);
  };
}

/** What every registered expander adds to a query (weights clamped to (0, 1]). */
export async function expandQuery(query: ExpansionInput, db: Executor): Promise<QueryExpansion[]> {
  const all: QueryExpansion[] = [];
  for (const expander of expanders) {
    for (const expansion of await expander(query, db)) {
      const weight = Math.min(1, Math.max(0, expansion.weight));
      if (weight > 0 && expansion.terms.length > 0) all.push({ ...expansion, weight });
    }
  }
  return all;
}
