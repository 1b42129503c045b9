// The term base's seed: the THUOCL law lexicon shipped in data/lexicon/ (see its README), loaded
// into knowledge.terms once; and the matcher over every term of the base.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { fromRoot } from '../../../platform/paths.js';
import { terms } from '../db/schema.js';
import { TermMatcher } from '../domain/term-matcher.js';

export const LEXICON_FILE = fromRoot('data/lexicon/THUOCL_law.txt');

/** `word<TAB>DF` lines; one line upstream has no DF. */
export function readLexicon(file = LEXICON_FILE): { term: string; frequency: number | null }[] {
  const out = new Map<string, number | null>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, df] = line.split('\t');
    const term = word?.trim();
    if (!term || out.has(term)) continue;
    const frequency = Number.parseInt(df ?? '', 10);
    out.set(term, Number.isFinite(frequency) ? frequency : null);
  }
  return [...out].map(([term, frequency]) => ({ term, frequency }));
}

/** Inserts the THUOCL terms the base does not have yet; returns how many were added. */
export async function ensureLexicon(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(terms)
    .where(sql`${terms.source} = 'thuocl'`);
  const lexicon = readLexicon();
  if ((row?.n ?? 0) >= lexicon.length) return 0;
  let added = 0;
  for (let i = 0; i < lexicon.length; i += 2000) {
    const chunk = lexicon.slice(i, i + 2000).map((t) => ({ ...t, source: 'thuocl' as const }));
    const inserted = await db
      .insert(terms)
      .values(chunk)
      .onConflictDoNothing()
      .returning({ id: terms.id });
    added += inserted.length;
  }
  return added;
}

export interface TermBase {
  /** Every term of the base by its text. */
  ids: Map<string, string>;
  /**
   * The terms linked wherever they occur: THUOCL's and the administrators'. A term known only
   * from a definition (本法所称单位，是指…) holds for its own text and is linked only there.
   */
  matcher: TermMatcher;
}

// Building the matcher takes about half a second: it is kept while the term base is unchanged
// (same number of terms, same latest addition).
let cached: { stamp: string; base: TermBase } | null = null;

export async function loadTermBase(db: Executor): Promise<TermBase> {
  const [head] = await db
    .select({ n: sql<number>`count(*)::int`, latest: sql<string>`max(${terms.createdAt})::text` })
    .from(terms);
  const stamp = `${head?.n ?? 0}|${head?.latest ?? ''}`;
  if (cached?.stamp === stamp) return cached.base;
  const rows = await db
    .select({ id: terms.id, term: terms.term, source: terms.source })
    .from(terms);
  const base = {
    ids: new Map(rows.map((r) => [r.term, r.id])),
    matcher: new TermMatcher(rows.filter((r) => r.source !== 'definition').map((r) => r.term)),
  };
  cached = { stamp, base };
  return base;
}
