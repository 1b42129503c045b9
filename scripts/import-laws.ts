// npm run import:laws -- <folder>: imports every .md law text below the folder (with its
// index.jsonl when present) into the law library, with a progress bar, then prints the report:
// added / updated / unchanged / failed with reasons. Running it again changes nothing.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import '../modules/index.js';
import {
  importLawFiles,
  readLawFolder,
  type ImportProgress,
} from '../modules/regulations/index.js';
import { runCli, withDatabase } from './cli.js';

const PHASES: Record<ImportProgress['phase'], string> = {
  parsing: '解析 parsing ',
  storing: '写入 storing ',
  indexing: '索引 indexing',
  done: '完成 done    ',
};

/** One line, redrawn in place: [#####-----]  62%  990/1595 写入 storing. */
function progressBar(p: ImportProgress, width = 30): string {
  const ratio = p.total === 0 ? 1 : Math.min(1, p.processed / p.total);
  const filled = Math.round(ratio * width);
  const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
  const pct = `${Math.round(ratio * 100)}%`.padStart(4);
  return `[${bar}] ${pct} ${String(p.processed).padStart(5)}/${p.total} ${PHASES[p.phase]}`;
}

runCli(async (config) => {
  const folder = process.argv[2];
  if (!folder || !existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error('Usage: npm run import:laws -- <folder of .md law texts>');
    return 2;
  }
  const dir = resolve(folder);
  const { files, index, indexFailures } = readLawFolder(dir);
  console.log(
    `${files.length} files in ${dir}${index.length ? ` (index.jsonl: ${index.length} records)` : ''}`,
  );
  const tty = process.stdout.isTTY;
  let lastLine = '';
  const started = Date.now();
  const phaseStarted: Partial<Record<ImportProgress['phase'], number>> = {};
  return withDatabase(config, async (db) => {
    const report = await importLawFiles(db, files, {
      origin: 'cli',
      sourcePrefix: 'corpus',
      audit: { actor: null, requestId: null },
      index,
      initialFailures: indexFailures,
      onProgress: (p) => {
        phaseStarted[p.phase] ??= Date.now();
        const line = progressBar(p);
        if (line === lastLine) return;
        lastLine = line;
        if (tty) process.stdout.write(`\r${line}`);
        else if (p.phase !== 'storing' || p.processed === p.total) console.log(line);
      },
    });
    if (tty) process.stdout.write('\n');
    const end = Date.now();
    const secs = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
    const indexing = phaseStarted.indexing;
    console.log(
      `added ${report.added}, updated ${report.updated}, unchanged ${report.unchanged}, ` +
        `failed ${report.failures.length} (${secs(started, end)}` +
        (indexing ? `, of which listeners ${secs(indexing, phaseStarted.done ?? end)}` : '') +
        `, run ${report.runId})`,
    );
    for (const f of report.failures) console.log(`  FAILED ${f.file}: ${f.reason}`);
    return 0;
  });
});
