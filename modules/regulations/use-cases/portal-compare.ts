// 版本对照 on the portal: two published versions of one law side by side, article by article.
// Articles are paired by their number (第六十二条 with 第六十二条): same, changed (with the text as
// runs kept / deleted / inserted), added or removed; a removed article is shown where it stood.
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { ArticleView, VersionDetail } from '../contract.js';
import type { CompareReply, CompareRow } from '../domain/filing-contract.js';
import '../domain/filing-errors.js';
import { getVersion } from './library.js';

export interface Segment {
  op: 'same' | 'insert' | 'delete';
  text: string;
}

/** Above this many cells of the middle part, a changed text is shown as deleted + inserted. */
const MAX_CELLS = 1_000_000;

function push(out: Segment[], op: Segment['op'], text: string) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Character runs from `a` to `b` (longest common subsequence, common ends trimmed first). */
export function diffText(a: string, b: string): Segment[] {
  const x = [...a];
  const y = [...b];
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const out: Segment[] = [];
  push(out, 'same', x.slice(0, start).join(''));
  const mx = x.slice(start, endX);
  const my = y.slice(start, endY);
  const n = mx.length;
  const m = my.length;
  if (n * m > MAX_CELLS) {
    push(out, 'delete', mx.join(''));
    push(out, 'insert', my.join(''));
  } else {
    // lcs[i][j]: length of the LCS of mx[i..] and my[j..].
    const lcs = new Uint32Array((n + 1) * (m + 1));
    const at = (i: number, j: number) => i * (m + 1) + j;
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[at(i, j)] =
          mx[i] === my[j]
            ? lcs[at(i + 1, j + 1)]! + 1
            : Math.max(lcs[at(i + 1, j)]!, lcs[at(i, j + 1)]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && mx[i] === my[j]) {
        push(out, 'same', mx[i++]!);
        j++;
      } else if (i < n && (j === m || lcs[at(i + 1, j)]! >= lcs[at(i, j + 1)]!)) {
        // Deleted text first, then what replaced it.
        push(out, 'delete', mx[i++]!);
      } else {
        push(out, 'insert', my[j++]!);
      }
    }
  }
  push(out, 'same', x.slice(endX).join(''));
  return out;
}

const keyOf = (a: Pick<ArticleView, 'kind' | 'number' | 'suffix'>) =>
  `${a.kind}-${a.number}${a.suffix ? `-${a.suffix}` : ''}`;

/** Spaces and zero-width characters do not make an article changed. */
const plain = (text: string) => text.replace(/[\s\u200b-\u200f\u2060\ufeff\u3000]/g, '');

const brief = (a: ArticleView) => ({ id: a.id, label: a.label, text: a.text });

/** Dice similarity over character pairs: how much two texts share. */
export function similarity(a: string, b: string): number {
  const grams = (text: string) => {
    const chars = [...plain(text)];
    const out = new Set<string>();
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * Below this, two articles of the same number hardly share words (a law rewritten and
 * renumbered): their texts are shown whole, not as a character diff that would be noise.
 */
const COMPARABLE = 0.3;

/** The rows of the comparison, in the order of the later text. */
export function compareArticles(before: ArticleView[], after: ArticleView[]): CompareRow[] {
  const earlier = new Map(before.map((a) => [keyOf(a), a]));
  const laterKeys = new Set(after.map(keyOf));
  const placed: { order: number; row: CompareRow }[] = after.map((a, index) => {
    const old = earlier.get(keyOf(a));
    const changed = old !== undefined && plain(old.text) !== plain(a.text);
    return {
      order: index,
      row: {
        key: keyOf(a),
        label: a.label,
        change: old === undefined ? 'added' : changed ? 'changed' : 'same',
        before: old ? brief(old) : null,
        after: brief(a),
        segments:
          changed && similarity(old.text, a.text) >= COMPARABLE ? diffText(old.text, a.text) : null,
      },
    };
  });
  // A removed article goes where it stood: just before the next article that is still there.
  const indexOfKey = new Map(after.map((a, i) => [keyOf(a), i]));
  let anchor = after.length;
  let offset = 0;
  for (const a of [...before].reverse()) {
    const key = keyOf(a);
    if (laterKeys.has(key)) {
      anchor = indexOfKey.get(key)!;
      offset = 0;
      continue;
    }
    offset += 1;
    placed.push({
      order: anchor - offset / (before.length + 1),
      row: {
        key,
        label: a.label,
        change: 'removed',
        before: brief(a),
        after: null,
        segments: null,
      },
    });
  }
  return placed.sort((p, q) => p.order - q.order).map((p) => p.row);
}

const summaryOf = (v: VersionDetail) => {
  const {
    history: _h,
    preamble: _p,
    appendix: _a,
    source: _s,
    articles: _r,
    versions: _v,
    ...s
  } = v;
  return s;
};

/** Compares the published versions of `workKey` promulgated on `from` and on `to`. */
export async function compareVersions(
  db: Executor,
  workKey: string,
  from: string,
  to: string,
): Promise<CompareReply> {
  const load = async (date: string) => {
    const key = `${workKey}/${date}`;
    const found = await getVersion(db, { key }, { publishedOnly: true });
    if (!found) throw new AppError('REGULATIONS_VERSION_NOT_FOUND', { key });
    return found;
  };
  const [a, b] = [await load(from), await load(to)];
  if (a.workKey !== b.workKey) throw new AppError('REGULATIONS_COMPARE_OTHER_WORK');
  const rows = compareArticles(a.articles, b.articles);
  const counts = { same: 0, changed: 0, added: 0, removed: 0 };
  for (const row of rows) counts[row.change]++;
  return { workKey, from: summaryOf(a), to: summaryOf(b), counts, rows };
}
