// npm run knowledge:rebuild — builds the citation graph and the term links of the whole law
// library again (after a change of the extraction rules, or on a database imported before the
// knowledge module existed), with a progress bar, then prints what it found and how long it took.
// Impact alerts and the administrators' synonyms and related terms are kept.
import '../modules/index.js';
import { rebuildGraph } from '../modules/knowledge/index.js';
import { runCli, withDatabase } from './cli.js';

function progressBar(done: number, total: number, width = 30): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * width);
  const pct = `${Math.round(ratio * 100)}%`.padStart(4);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct} ${String(done).padStart(5)}/${total} 版本 versions`;
}

runCli((config) =>
  withDatabase(config, async (db) => {
    const tty = process.stdout.isTTY;
    console.log('重建知识图谱 / rebuilding the knowledge graph …');
    const result = await rebuildGraph(db, {
      audit: { actor: null, requestId: null },
      onProgress: (done, total, stats) => {
        const line = `${progressBar(done, total)}  ${stats.citations} 引用 citations`;
        if (tty) process.stdout.write(`\r${line}`);
        else if (done === total || done % 250 === 0) console.log(line);
      },
    });
    if (tty) process.stdout.write('\n');
    const resolved = result.citations - result.unresolved;
    console.log(
      `${result.versions} versions, ${result.articles} articles: ${result.citations} citations ` +
        `(${resolved} resolved, ${result.unresolved} unresolved), ${result.definitions} definitions, ` +
        `${result.termLinks} term links in ${(result.milliseconds / 1000).toFixed(1)} s`,
    );
    return 0;
  }),
);
