// Knowledge-graph benchmark and full-corpus check: imports the whole corpus (../shared/data/laws,
// 1,595 texts) into a fresh database — the import builds the graph through its listener — then
// rebuilds the graph from scratch (npm run knowledge:rebuild does the same), checks the known
// edges on the full corpus, and prints the times beside a baseline measured in the same run:
// the same extraction and term matching in memory, with no database (what the writes cost).
// Exits 1 when a known edge is missing.
//
//   npm run bench:knowledge                                  in-memory PGlite
//   TEST_DATABASE_URL=postgres://… npm run bench:knowledge   a fresh database on that server
//
// BENCH_LAWS_DIR (../shared/data/laws).
import { existsSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents } from '../platform/audit/index.js';
import { fromRoot } from '../platform/paths.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/db.js';
import '../modules/index.js';
import { rebuildGraph, type GraphUpdate } from '../modules/knowledge/index.js';
import { citations, termLinks } from '../modules/knowledge/db/schema.js';
import { versionCitations } from '../modules/knowledge/domain/graph-build.js';
import { extractDefinitions } from '../modules/knowledge/domain/definitions.js';
import { loadTermBase } from '../modules/knowledge/use-cases/lexicon.js';
import { loadLibrary } from '../modules/knowledge/use-cases/library.js';
import {
  allVersions,
  articlesOfVersionIds,
  importLawFiles,
  readLawFolder,
} from '../modules/regulations/index.js';

const LAWS_DIR = process.env.BENCH_LAWS_DIR ?? fromRoot('..', 'shared', 'data', 'laws');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function check(database: TestDatabase): Promise<string[]> {
  const db = database.db;
  const failures: string[] = [];
  const expectRow = async (label: string, where: ReturnType<typeof and>) => {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(citations)
      .where(where);
    const ok = (row?.n ?? 0) > 0;
    console.log(`  ${ok ? 'ok  ' : 'MISS'} ${label}`);
    if (!ok) failures.push(label);
  };
  await expectRow(
    '行政复议法实施条例 is made under 行政复议法 (basis)',
    and(
      eq(citations.fromArticleId, '行政复议法实施条例/2007-05-29/art-1'),
      eq(citations.kind, 'basis'),
      eq(citations.toWorkKey, '行政复议法'),
    ),
  );
  await expectRow(
    '行政复议法实施条例 第三条 cites 行政复议法 第十八条',
    and(
      eq(citations.fromArticleId, '行政复议法实施条例/2007-05-29/art-3'),
      eq(citations.articleNumber, 18),
      eq(citations.toWorkKey, '行政复议法'),
      eq(citations.resolved, true),
    ),
  );
  await expectRow(
    '行政复议法 (2023) 第五十六条 cites its 第十三条 (normative documents)',
    and(
      eq(citations.fromArticleId, '行政复议法/2023-09-01/art-56'),
      eq(citations.toArticleId, '行政复议法/2023-09-01/art-13'),
    ),
  );
  await expectRow(
    '刑法修正案（十一）: 本法第二百一十七条 in its items is 刑法 第二百一十七条',
    and(
      eq(citations.fromWorkKey, '刑法修正案（十一）'),
      eq(citations.toWorkKey, '刑法'),
      eq(citations.articleNumber, 217),
      eq(citations.resolved, true),
    ),
  );
  await expectRow(
    '民事诉讼法 is cited by the 2022 interpretation, resolved to an article',
    and(
      eq(
        citations.fromVersionId,
        sql`(select id from regulations.versions where key = '最高人民法院关于适用《民事诉讼法》的解释/2022-04-01')`,
      ),
      eq(citations.toWorkKey, '民事诉讼法'),
      sql`${citations.toArticleId} is not null`,
    ),
  );
  return failures;
}

/** The same work without a database: extraction, resolution, definitions and term matching. */
async function inMemory(db: TestDatabase['db']): Promise<{ ms: number; citations: number }> {
  const library = await loadLibrary(db);
  const terms = await loadTermBase(db);
  const ids = (await allVersions(db)).map((v) => v.id);
  const articles = await articlesOfVersionIds(db, ids);
  const started = performance.now();
  let found = 0;
  const byVersion = new Map<string, typeof articles>();
  for (const a of articles) byVersion.set(a.versionId, [...(byVersion.get(a.versionId) ?? []), a]);
  for (const [versionId, list] of byVersion) {
    const v = library.versions.get(versionId)!;
    const citing = { workKey: v.workKey, versionId, startsOn: library.startsOn(versionId) };
    found += versionCitations(library.resolver, { ...citing, title: v.title }, list).length;
    for (const a of list) {
      extractDefinitions(a.text);
      terms.matcher.find(a.text);
    }
  }
  return { ms: performance.now() - started, citations: found };
}

async function main(): Promise<number> {
  if (!process.env.TEST_DATABASE_URL && process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  }
  if (!existsSync(LAWS_DIR)) throw new Error(`No corpus at ${LAWS_DIR} (set BENCH_LAWS_DIR)`);
  let database: TestDatabase | undefined;
  try {
    database = await createTestDatabase();
    const where = database.kind === 'pglite' ? 'PGlite in memory' : 'PostgreSQL (a fresh database)';
    console.log(`bench: ${where}; corpus ${LAWS_DIR}`);
    const { files, index } = readLawFolder(LAWS_DIR);
    const importStarted = performance.now();
    const report = await importLawFiles(database.db, files, {
      origin: 'bench',
      sourcePrefix: 'corpus',
      audit: { actor: null, requestId: null },
      index,
    });
    const importMs = performance.now() - importStarted;
    const [listener] = await database.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'knowledge.update_graph'));
    const onImport = listener?.details as unknown as GraphUpdate | undefined;
    console.log(
      `bench: imported ${report.added} versions (${report.failures.length} failed) in ${seconds(importMs)}; ` +
        `the graph listener took ${onImport ? seconds(onImport.milliseconds) : 'n/a'}`,
    );

    let lastLog = 0;
    const rebuilt = await rebuildGraph(database.db, {
      audit: { actor: null, requestId: null },
      onProgress: (done, total) => {
        if (performance.now() - lastLog > 10_000 || done === total) {
          lastLog = performance.now();
          console.log(`bench: rebuild ${done}/${total} versions`);
        }
      },
    });
    const [links] = await database.db.select({ n: sql<number>`count(*)::int` }).from(termLinks);
    const baseline = await inMemory(database.db);

    console.log('');
    console.log(
      '| | versions | articles | citations | unresolved | definitions | term links | time |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const row = (name: string, r: GraphUpdate) =>
      console.log(
        `| ${name} | ${r.versions} | ${r.articles} | ${r.citations} | ${r.unresolved} | ${r.definitions} | ${r.termLinks} | ${seconds(r.milliseconds)} |`,
      );
    if (onImport) row('graph built by the import listener', onImport);
    row('npm run knowledge:rebuild (same work)', rebuilt);
    console.log(
      `| baseline: extraction, resolution and term matching in memory, no database | | | ${baseline.citations} | | | | ${seconds(baseline.ms)} |`,
    );
    console.log(
      `\nterm links stored: ${links?.n}; the database part of a rebuild: ${(rebuilt.milliseconds / baseline.ms).toFixed(1)}× the in-memory work`,
    );
    console.log('\nknown edges on the full corpus:');
    const failures = await check(database);
    return failures.length === 0 ? 0 : 1;
  } finally {
    await database?.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
