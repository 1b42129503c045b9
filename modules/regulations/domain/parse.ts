// Markdown law text -> title, header (history) lines, dates, preamble, articles with their
// 编/分编/章/节 path, appendix. The format is the one of the LawRefBook corpus (`# title`, header
// lines, `<!-- INFO END -->`, `##` headings, one paragraph per 条 or 款), read leniently: files
// uploaded from elsewhere may lack the marker, carry a 目录 or write 第一条 without a space.
import type { ArticleKind, ArticlePath } from '../db/schema.js';
import { headerDates, statedEntryIntoForce, type HeaderDates } from './dates.js';
import { normalizeText, tightenTitle } from './normalize.js';
import { CHINESE_NUMERAL_CHARS } from './numerals.js';
import { extractArticles, type Block } from './structure.js';

export interface ParsedArticle {
  kind: ArticleKind;
  /** `第六十二条`, `第十条之一`, `一、` or `第3段`. */
  label: string;
  number: number;
  suffix: number;
  path: ArticlePath;
  /** Paragraphs (款) joined by '\n', the label left out. */
  text: string;
}

export interface ParsedDocument {
  title: string;
  /** The second `#` heading of a code split in parts: `合同编` in 民法典/合同编.md. */
  partTitle: string | null;
  /** The header lines between the title and the body (通过 / 修正 / 公布 / 施行 …). */
  history: string[];
  /** Dates read from the header lines. */
  dates: HeaderDates;
  /** The date a closing article gives (本法自…起施行), or 'publication', or null. */
  statedEntryIntoForce: string | 'publication' | null;
  preamble: string | null;
  articles: ParsedArticle[];
  appendix: string | null;
}

/** A file that is not a law text we can read; the message says why, in Chinese. */
export class LawParseError extends Error {}

const INFO_END = /^<!--\s*INFO END\s*-->$/i;
const HEADING = /^(#{1,6})\s*(.*)$/;
const STRUCTURE = new RegExp(`^第([${CHINESE_NUMERAL_CHARS}0-9]+)(分编|编|章|节)\\s*(.*)$`);
const TOC = /^目\s*录$/;
const HISTORY_HINT =
  /^(\d{4}|[〇○零一二三四五六七八九]{4})\s*年|通过|公布|施行|修正|修订|发布|令第/;
const ARTICLE_LIKE = new RegExp(`^第[${CHINESE_NUMERAL_CHARS}0-9]+条`);

interface Header {
  title: string;
  partTitle: string | null;
  history: string[];
  bodyStart: number;
}

function readHeader(lines: string[]): Header {
  const titleAt = lines.findIndex((l) => l !== '');
  const titleMatch = titleAt >= 0 ? /^#\s*(.+)$/.exec(lines[titleAt]!) : null;
  if (!titleMatch || lines[titleAt]!.startsWith('##')) {
    throw new LawParseError('缺少标题：文件第一行应为“# 标题”');
  }
  const title = titleMatch[1]!.trim();
  let partTitle: string | null = null;
  const history: string[] = [];
  const markerAt = lines.findIndex((l) => INFO_END.test(l));
  if (markerAt > titleAt) {
    for (const line of lines.slice(titleAt + 1, markerAt)) {
      if (line === '') continue;
      const h1 = /^#\s+(.+)$/.exec(line);
      if (h1 && partTitle === null && history.length === 0) partTitle = tightenTitle(h1[1]!);
      else history.push(line.replace(/^#+\s*/, ''));
    }
    return { title, partTitle, history, bodyStart: markerAt + 1 };
  }
  // No marker: the header is the run of date / adoption lines right under the title.
  let i = titleAt + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const h1 = /^#\s+(.+)$/.exec(line);
    if (h1 && partTitle === null && history.length === 0) {
      partTitle = tightenTitle(h1[1]!);
      continue;
    }
    const bare = line.replace(/^[(（]/, '');
    if (line.startsWith('#') || ARTICLE_LIKE.test(line) || !HISTORY_HINT.test(bare)) break;
    if (line.length > 200) break;
    history.push(line.replace(/^[(（](.*)[)）]$/, '$1'));
  }
  return { title, partTitle, history, bodyStart: i };
}

/** A heading's place in the path; headings that are not 编/章/节 count by their depth. */
function applyHeading(path: ArticlePath, depth: number, text: string): ArticlePath {
  const m = STRUCTURE.exec(text);
  if (m) {
    const title = tightenTitle(m[3]!.trim());
    const label = `第${m[1]}${m[2]}${title ? ` ${title}` : ''}`;
    switch (m[2]) {
      case '编':
        return { part: label };
      case '分编':
        return { part: path.part, subpart: label };
      case '章':
        return { part: path.part, subpart: path.subpart, chapter: label };
      default:
        return { ...path, section: label };
    }
  }
  const label = tightenTitle(text);
  return depth <= 2
    ? { part: path.part, subpart: path.subpart, chapter: label }
    : { ...path, section: label };
}

const clean = (p: ArticlePath): ArticlePath =>
  Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && v !== ''));

/** The body as paragraphs with the path of headings above each; 目录 lines left out. */
function readBody(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let path: ArticlePath = {};
  let inToc = false;
  let inPreamble = false;
  for (const line of lines) {
    if (line === '') continue;
    const heading = HEADING.exec(line);
    if (heading) {
      const text = heading[2]!.trim();
      if (text === '') continue;
      if (TOC.test(text)) {
        inToc = true;
        continue;
      }
      inToc = false;
      if (/^序\s*言$/.test(text)) {
        inPreamble = true;
        continue;
      }
      inPreamble = false;
      blocks.push({ type: 'heading', text, path: clean(path) });
      path = applyHeading(path, heading[1]!.length, text);
      continue;
    }
    if (TOC.test(line)) {
      inToc = true;
      continue;
    }
    if (inToc) {
      // A table of contents lists headings; it ends where the first article starts.
      if (!ARTICLE_LIKE.test(line)) continue;
      inToc = false;
    }
    blocks.push({ type: inPreamble ? 'preamble' : 'paragraph', text: line, path: clean(path) });
  }
  return blocks;
}

/** Parses one Markdown law text. Throws LawParseError with the reason when it cannot. */
export function parseLawMarkdown(source: string): ParsedDocument {
  if (source.includes('\u0000')) throw new LawParseError('不是文本文件');
  const lines = normalizeText(source);
  const header = readHeader(lines);
  const blocks = readBody(lines.slice(header.bodyStart));
  if (!blocks.some((b) => b.type !== 'heading'))
    throw new LawParseError('正文为空：没有条文或段落');
  const { articles, preamble, appendix } = extractArticles(blocks);
  return {
    title: header.title,
    partTitle: header.partTitle,
    history: header.history,
    dates: headerDates(header.history),
    statedEntryIntoForce: statedEntryIntoForce(
      articles.filter((a) => a.kind === 'article').map((a) => a.text),
    ),
    preamble,
    articles,
    appendix,
  };
}
