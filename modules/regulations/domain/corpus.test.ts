// The whole shared corpus (../shared/data/laws, 1,595 files) through the parser. The corpus
// lives beside the project, not in it: without it (a bare clone) this file is skipped.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../../platform/paths.js';
import { parseFiles } from '../use-cases/import-laws.js';
import { readLawFolder } from '../use-cases/law-files.js';
import { buildDocument } from './document.js';
import { parseLawMarkdown } from './parse.js';

const CORPUS = fromRoot('..', 'shared', 'data', 'laws');

/** Read once, when the first test runs: a skipped suite's body still runs at collection. */
function loadCorpus() {
  const { files, index, indexFailures } = readLawFolder(CORPUS);
  return { files, index, indexFailures, ...parseFiles(files, index) };
}

describe.skipIf(!existsSync(CORPUS))('the full corpus', () => {
  let corpus: ReturnType<typeof loadCorpus>;
  beforeAll(() => {
    corpus = loadCorpus();
  }, 120_000);

  it('reads all 1,595 files and their index', () => {
    expect(corpus.files).toHaveLength(1595);
    expect(corpus.index).toHaveLength(1595);
    expect(corpus.indexFailures).toEqual([]);
  });

  it('parses every file but one, whose body is empty; the 8 parts of 民法典 make one version', () => {
    expect(corpus.failures).toEqual([
      {
        file: '地方性法规/广东/汕头经济特区突发公共卫生事件应急条例(2022-05-30).md',
        reason: '正文为空：没有条文或段落',
      },
    ]);
    expect(corpus.documents).toHaveLength(1595 - 1 - 7);
    expect(new Set(corpus.documents.map((d) => d.versionKey)).size).toBe(corpus.documents.length);
  });

  it('finds the 条 of the corpus, and cuts the texts without 条 into items or paragraphs', () => {
    const all = corpus.documents.flatMap((d) => d.articles);
    const count = (kind: string) => all.filter((a) => a.kind === kind).length;
    // 68,677 lines start with `第…条 ` in the corpus; 112 more are split off lines holding two.
    expect(count('article')).toBe(68789);
    expect(all.filter((a) => a.suffix > 0)).toHaveLength(53);
    expect(corpus.documents.filter((d) => d.articles[0]!.kind !== 'article')).toHaveLength(82);
    expect(
      corpus.documents.every((d) =>
        d.articles.every((a) => a.text.length > 0 || a.kind !== 'article'),
      ),
    ).toBe(true);
  });

  it('groups 75 works with several versions, as the corpus README says', () => {
    const perWork = new Map<string, number>();
    for (const d of corpus.documents) perWork.set(d.workKey, (perWork.get(d.workKey) ?? 0) + 1);
    expect([...perWork.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(75);
  });

  it('leaves no zero-width or full-width space in any text', () => {
    const bad = corpus.documents.filter((d) =>
      /[\u200b\ufeff\u3000\u2002]/.test(JSON.stringify(d)),
    );
    expect(bad.map((d) => d.versionKey)).toEqual([]);
  });

  it('without index.jsonl, names nearly every work as the index does', { timeout: 60_000 }, () => {
    let same = 0;
    for (const r of corpus.index) {
      try {
        const parsed = parseLawMarkdown(readFileSync(`${CORPUS}/${r.file}`, 'utf8'));
        const expected = parsed.partTitle ? r.name.replace(/\s+\S+$/, '') : r.name;
        if (buildDocument(r.file, parsed).workKey === expected) same++;
      } catch {
        // the one empty file
      }
    }
    expect(same / corpus.index.length).toBeGreaterThan(0.98);
  });
});
