// The body's paragraphs cut into articles. A law text has 条 (第一条 …); the few texts without
// any (amendments, old notices) are cut into their numbered items (一、 / （一） / 1．) when those
// run 1, 2, 3 … without a gap, and else into plain paragraphs, so that every text is searchable.
import type { ArticleKind, ArticlePath } from '../db/schema.js';
import { CHINESE_NUMERAL_CHARS, chineseToInt, parseArticleLabel } from './numerals.js';
import type { ParsedArticle } from './parse.js';

export interface Block {
  type: 'heading' | 'paragraph' | 'preamble';
  text: string;
  path: ArticlePath;
}

export interface Extracted {
  articles: ParsedArticle[];
  preamble: string | null;
  appendix: string | null;
}

const N = `${CHINESE_NUMERAL_CHARS}0-9`;
/** `第十条之一 text`; the space after the label is what the corpus always has. */
const ARTICLE_START = new RegExp(`^(第[${N}]+条(?:之[${CHINESE_NUMERAL_CHARS}]+)?)( ?)(.*)$`);
/** A second article on the same line after the end of a sentence (飞行基本规则 has these). */
const INLINE_ARTICLE = new RegExp(
  `(?<=[。；：”])\\s+(第[${N}]+条(?:之[${CHINESE_NUMERAL_CHARS}]+)?)\\s`,
  'g',
);
const APPENDIX_HEADING = /^附\s*(件|表|录)/;
const APPENDIX_LINE = /^附\s*(件|表|录)\s*[一二三四五六七八九十0-9]*\s*([:：].{0,60})?$/;

const joinOrNull = (parts: string[]) => (parts.length ? parts.join('\n') : null);

interface Draft {
  kind: ArticleKind;
  label: string;
  number: number;
  suffix: number;
  path: ArticlePath;
  paragraphs: string[];
}

const finish = (d: Draft): ParsedArticle => ({
  kind: d.kind,
  label: d.label,
  number: d.number,
  suffix: d.suffix,
  path: d.path,
  text: d.paragraphs.filter((p) => p !== '').join('\n'),
});

/** Accumulates preamble, articles and appendix while the body is read in order. */
class Collector {
  readonly drafts: Draft[] = [];
  readonly preamble: string[] = [];
  readonly appendix: string[] = [];
  inAppendix = false;

  get current(): Draft | undefined {
    return this.drafts[this.drafts.length - 1];
  }

  /** True when the block opens the appendix (or is in it) and has been taken. */
  takeAppendix(block: Block): boolean {
    if (block.type === 'preamble') return false;
    if (!this.inAppendix && this.drafts.length > 0) {
      const opens =
        block.type === 'heading'
          ? APPENDIX_HEADING.test(block.text)
          : APPENDIX_LINE.test(block.text);
      if (opens) this.inAppendix = true;
    }
    if (!this.inAppendix) return false;
    this.appendix.push(block.text);
    return true;
  }

  addText(text: string): void {
    if (this.current) this.current.paragraphs.push(text);
    else this.preamble.push(text);
  }

  result(): Extracted {
    return {
      articles: this.drafts.map(finish),
      preamble: joinOrNull(this.preamble),
      appendix: joinOrNull(this.appendix),
    };
  }
}

function articleMode(blocks: Block[]): Extracted | null {
  const c = new Collector();
  const seen = new Set<string>();
  let last = 0;
  const open = (label: string, text: string, path: ArticlePath, spaced: boolean): boolean => {
    const parsed = parseArticleLabel(label);
    if (!parsed) return false;
    const key = `${parsed.number}-${parsed.suffix}`;
    // Without the space, `第二十条规定的…` may be a paragraph citing an article: only the
    // next number in sequence opens an article then. A number seen before never does.
    const next = parsed.suffix === 0 && parsed.number === last + 1;
    if (seen.has(key) || (!spaced && !next)) return false;
    seen.add(key);
    if (parsed.suffix === 0) last = parsed.number;
    c.drafts.push({ kind: 'article', label, ...parsed, path, paragraphs: [] });
    addSplitting(text, path);
    return true;
  };
  const addSplitting = (text: string, path: ArticlePath) => {
    for (const m of text.matchAll(INLINE_ARTICLE)) {
      const parsed = parseArticleLabel(m[1]!);
      if (parsed && parsed.suffix === 0 && parsed.number === last + 1) {
        c.addText(text.slice(0, m.index).trim());
        open(m[1]!, text.slice(m.index + m[0].length).trim(), path, true);
        return;
      }
    }
    c.addText(text);
  };
  for (const block of blocks) {
    if (c.takeAppendix(block)) continue;
    if (block.type === 'heading') continue;
    if (block.type === 'preamble') {
      c.preamble.push(block.text);
      continue;
    }
    const m = ARTICLE_START.exec(block.text);
    if (m && open(m[1]!, m[3]!.trim(), block.path, m[2] === ' ')) continue;
    if (c.current) addSplitting(block.text, block.path);
    else c.preamble.push(block.text);
  }
  return c.drafts.length > 0 ? c.result() : null;
}

interface ItemStyle {
  pattern: RegExp;
  label: (marker: string) => string;
  value: (marker: string) => number | null;
}

const CN_DIGITS = '一二三四五六七八九十百';
const ITEM_STYLES: ItemStyle[] = [
  {
    pattern: new RegExp(`^([${CN_DIGITS}]+)、\\s*(.*)$`),
    label: (m) => `${m}、`,
    value: chineseToInt,
  },
  {
    pattern: new RegExp(`^[（(]([${CN_DIGITS}]+)[）)]\\s*(.*)$`),
    label: (m) => `（${m}）`,
    value: chineseToInt,
  },
  {
    pattern: /^([0-9]{1,3})[．.、](?![0-9])\s*(.*)$/,
    label: (m) => `${m}.`,
    value: (m) => Number(m),
  },
];

/** Items of one style, when they number 1, 2, 3 … in order (at least two of them). */
function itemMode(blocks: Block[], style: ItemStyle): Extracted | null {
  const starts = blocks.filter((b) => b.type === 'paragraph' && style.pattern.test(b.text));
  if (starts.length < 2) return null;
  const sequential = starts.every((b, i) => style.value(style.pattern.exec(b.text)![1]!) === i + 1);
  if (!sequential) return null;
  const c = new Collector();
  for (const block of blocks) {
    if (c.takeAppendix(block)) continue;
    if (block.type === 'heading') continue;
    const m = block.type === 'paragraph' ? style.pattern.exec(block.text) : null;
    const value = m ? style.value(m[1]!) : null;
    if (m && value === c.drafts.length + 1) {
      c.drafts.push({
        kind: 'item',
        label: style.label(m[1]!),
        number: value,
        suffix: 0,
        path: block.path,
        paragraphs: [m[2]!.trim()],
      });
    } else if (block.type === 'preamble') c.preamble.push(block.text);
    else c.addText(block.text);
  }
  return c.result();
}

function paragraphMode(blocks: Block[]): Extracted {
  const c = new Collector();
  for (const block of blocks) {
    if (c.takeAppendix(block)) continue;
    if (block.type === 'heading') continue;
    if (block.type === 'preamble') {
      c.preamble.push(block.text);
      continue;
    }
    const number = c.drafts.length + 1;
    c.drafts.push({
      kind: 'paragraph',
      label: `第${number}段`,
      number,
      suffix: 0,
      path: block.path,
      paragraphs: [block.text],
    });
  }
  return c.result();
}

export function extractArticles(blocks: Block[]): Extracted {
  const articles = articleMode(blocks);
  if (articles) return articles;
  for (const style of ITEM_STYLES) {
    const items = itemMode(blocks, style);
    if (items) return items;
  }
  return paragraphMode(blocks);
}
