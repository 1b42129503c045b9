// Guangzhou's administrative divisions, loaded from data/ into regions.divisions.
// A region code starts with the code of every region above it: that prefix rule is what
// region scoping (platform/auth) relies on.
import { readFileSync } from 'node:fs';
import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/index.js';
import { fromRoot } from '../paths.js';
import { divisions } from './schema.js';

export { divisions } from './schema.js';

/** The city whose divisions Sifa ships. */
export const ROOT_CODE = '4401';

export type RegionLevel = 'city' | 'district' | 'street' | 'village';

export interface Division {
  code: string;
  name: string;
  level: RegionLevel;
  type: string | null;
  parentCode: string | null;
}

interface DivisionNode {
  code: string;
  name: string;
  level: RegionLevel;
  type?: string;
  children?: DivisionNode[];
}

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = {
  4: 'city',
  6: 'district',
  9: 'street',
  12: 'village',
};

/** The level of a region code, or undefined when the code has no valid shape. */
export function regionLevel(code: string): RegionLevel | undefined {
  return /^\d+$/.test(code) ? LEVEL_BY_LENGTH[code.length] : undefined;
}

/** True when `code` lies inside (or is) the region `scope`. */
export function isWithinRegion(code: string, scope: string): boolean {
  return code.startsWith(scope);
}

export const divisionsFile = fromRoot('data/divisions/guangzhou.json');

/** Reads the shipped divisions file into flat rows, parents before children. */
export function readDivisionsFile(path = divisionsFile): Division[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { tree: DivisionNode };
  const rows: Division[] = [];
  const walk = (node: DivisionNode, parentCode: string | null) => {
    rows.push({
      code: node.code,
      name: node.name,
      level: node.level,
      type: node.type ?? null,
      parentCode,
    });
    for (const child of node.children ?? []) walk(child, node.code);
  };
  walk(file.tree, null);
  return rows;
}

/** Loads the divisions once; later starts find them and do nothing. Returns rows inserted. */
export async function ensureDivisions(db: Executor, rows = readDivisionsFile()): Promise<number> {
  const existing = await db.select({ n: sql<number>`count(*)::int` }).from(divisions);
  if (Number(existing[0]?.n) >= rows.length) return 0;
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const result = await db
      .insert(divisions)
      .values(batch)
      .onConflictDoNothing()
      .returning({ code: divisions.code });
    inserted += result.length;
  }
  return inserted;
}

/** Names of the given region codes, for display. */
export async function regionNames(db: Executor, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(inArray(divisions.code, unique));
  return new Map(rows.map((r) => [r.code, r.name]));
}
