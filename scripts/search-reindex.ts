// npm run search:reindex: rebuilds the library's search index from the stored articles (after a
// change of tokenizer or lexicon, or to repair it), with a progress bar, then reports the totals.
import '../modules/index.js';
import { reindexAll, type IndexProgress } from '../modules/regulations/use-cases/search-index.js';
import { runCli, withDatabase } from './cli.js';

function progressBar(p: IndexProgress, width = 30): string {
  const ratio = p.totalVersions === 0 ? 1 : p.versions / p.totalVersions;
  const filled = Math.round(ratio * width);
  return (
    `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${`${Math.round(ratio * 100)}%`.padStart(4)} ` +
    `${p.versions}/${p.totalVersions} versions, ${p.articles.toLocaleString('en-US')} articles`
  );
}

runCli(async (config) =>
  withDatabase(config, async (db) => {
    const started = Date.now();
    const tty = process.stdout.isTTY;
    const result = await reindexAll(db, (p) => {
      if (tty) process.stdout.write(`\r${progressBar(p)}`);
      else if (p.versions === p.totalVersions || p.versions % 500 < 50) console.log(progressBar(p));
    });
    if (tty) process.stdout.write('\n');
    console.log(
      `indexed ${result.articles.toLocaleString('en-US')} articles of ${result.versions} versions, ` +
        `${result.terms.toLocaleString('en-US')} terms, generation ${result.generation} ` +
        `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    return 0;
  }),
);
