// Reading a folder of law texts: every .md file below it (README.md left out) and its
// index.jsonl when there is one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { IndexRecord } from '../domain/document.js';
import type { ImportFailure, SourceFile } from '../domain/import-report.js';

export const INDEX_FILE = 'index.jsonl';

/** The records of an index.jsonl; a line that is not a record is reported, not fatal. */
export function parseIndex(text: string): { records: IndexRecord[]; failures: ImportFailure[] } {
  const records: IndexRecord[] = [];
  const failures: ImportFailure[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const value = JSON.parse(line) as Partial<IndexRecord>;
      if (typeof value.file !== 'string' || typeof value.name !== 'string') {
        throw new Error('缺少 file 或 name');
      }
      records.push(value as IndexRecord);
    } catch (error) {
      failures.push({
        file: `${INDEX_FILE}:${i + 1}`,
        reason: `索引行无法读取：${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });
  return { records, failures };
}

export const isLawFile = (name: string) =>
  /\.md$/i.test(name) && !/(^|\/)(readme|_index)\.md$/i.test(name);

/** All law files below `dir`, named by their path relative to it (with '/'), sorted. */
export function readLawFolder(dir: string): {
  files: SourceFile[];
  index: IndexRecord[];
  indexFailures: ImportFailure[];
} {
  const files: SourceFile[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at).sort()) {
      const path = join(at, entry);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const name = relative(dir, path).split(sep).join('/');
        if (isLawFile(name)) files.push({ name, content: readFileSync(path, 'utf8') });
      }
    }
  };
  walk(dir);
  let index: IndexRecord[] = [];
  let indexFailures: ImportFailure[] = [];
  try {
    ({ records: index, failures: indexFailures } = parseIndex(
      readFileSync(join(dir, INDEX_FILE), 'utf8'),
    ));
  } catch {
    // No index: every text is read on its own.
  }
  return { files, index, indexFailures };
}
