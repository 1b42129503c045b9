// Citations inside one article, as statutes write them: 《中华人民共和国行政复议法》第十三条第一款,
// 《药品管理法》, 本法第六十二条, 依照刑法第二百六十四条, 前款 / 前两款 / 前条, 第十条至第十二条,
// 本法第十条、第十一条, and the superior-law basis 根据《中华人民共和国行政复议法》，制定本条例.
// Pure: names are matched against the sets the caller passes; resolving them is resolver.ts.
import { CHINESE_NUMERAL_CHARS, parseNumber, type ArticleNumber } from '../../regulations/index.js';
import { bareBasis, bareMentions, MAX_NAME } from './mentions.js';
import { isNormativeTitle, normalizeTitle } from './titles.js';

/** cites: another document; basis: the superior law the document is made under; same-law: itself. */
export type CitationKind = 'cites' | 'basis' | 'same-law';

export interface ExtractedCitation {
  kind: CitationKind;
  /** The document named, normalized (`行政复议法`); null for the citing document itself. */
  name: string | null;
  article: ArticleNumber | null;
  /** 款, from 1. */
  paragraph: number | null;
  /** 项, from 1. */
  item: number | null;
  /** The words of the citation as written, e.g. `《中华人民共和国行政复议法》第十三条`. */
  raw: string;
  /** Offset of the citation in the article text. */
  offset: number;
}

export type { ArticleNumber };

export interface CitingArticle extends ArticleNumber {
  /** The article text without its label; paragraphs and items separated by '\n'. */
  text: string;
}

export interface ExtractContext {
  /** Normalized names recognised without 《》 before 第N条 (work keys, titles, short names). */
  knownNames: ReadonlySet<string>;
  /** Short names the document declares (以下简称X) -> the normalized full name. */
  aliases?: ReadonlyMap<string, string>;
  /** 前款 / 前条 / 本条第N款: only inside a 条 (false for the items of a text without 条). */
  relative?: boolean;
}

/** A range 第N条至第M条 is listed article by article up to this many articles. */
export const MAX_RANGE = 60;

const SELF_NAMES = '法|条例|规定|办法|细则|解释|规则|决定|章程|准则';
// 基本法 is a name, not 本法.
const SELF_BEFORE = new RegExp(`(?<!基)本(?:${SELF_NAMES})$`);
const VERB_BEFORE = /(?:依照|按照|依据|根据|违反|适用|符合|执行|参照|除)$/;
const LIST_SEPARATOR = /^(?:、|和|及|以及|或者|或|与|并)$/;
const RANGE_SEPARATOR = /^(?:至|到)$/;
const ITEM_LINE = /^\s*[（(][一二三四五六七八九十]+[）)]/;

const N = `([${CHINESE_NUMERAL_CHARS}0-9０-９]+)`;
/** A numeral of a matched citation; 0 when it is not a number we can read (no article 0). */
const num = (text: string) => parseNumber(text) ?? 0;
const TOKEN = new RegExp(
  [
    // a name in 《》, one level of nesting allowed
    `(?<bracket>《(?:[^《》\\n]|《[^《》\\n]*》){1,80}》)`,
    // 第N条(之M)(第N款)(第N项)
    `(?<article>第${N}条(?:之${N})?(?:第${N}款)?(?:第${N}项)?)`,
    // 第N款(第N项) without an article: this article's paragraph
    `(?<paragraph>第${N}款(?:第${N}项)?)`,
    // 前款, 前两款, 前条, 前三项, 前条第一款
    `(?<relative>前([一二两三四五])?(款|条|项)(?:第${N}款)?(?:第${N}项)?)`,
  ].join('|'),
  'gu',
);

const ALIAS =
  /《((?:[^《》\n]|《[^《》\n]*》){1,80})》\s*[（(]以下简称[“"「]?([^”"」）)，,。]{2,30})[”"」]?[）)]/gu;

/** The short names a document declares: 《中华人民共和国行政复议法》(以下简称行政复议法). */
export function declaredAliases(texts: Iterable<string>): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(ALIAS)) {
      const full = match[1]!;
      if (!isNormativeTitle(full)) continue;
      aliases.set(normalizeTitle(match[2]!), normalizeTitle(full));
    }
  }
  return aliases;
}

/** Spans `根据《…》…，制定本…` of a text: the documents named inside are the basis. */
export function basisSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(/(?:根据|依据|依照)[^。；\n]*?制定本/gu)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

interface Chain {
  start: number;
  name: string | null;
  kind: CitationKind;
  article: ArticleNumber | null;
  end: number;
}

export function extractCitations(
  citing: CitingArticle,
  context: ExtractContext,
): ExtractedCitation[] {
  const { text } = citing;
  const out: ExtractedCitation[] = [];
  const spans = basisSpans(text);
  const inBasis = (offset: number) => spans.some(([s, e]) => offset >= s && offset < e);
  const paragraphAt = paragraphIndex(text);
  const lookupName = (candidate: string): string | null => {
    const normalized = normalizeTitle(candidate);
    if (normalized.length < 2) return null;
    const alias = context.aliases?.get(normalized);
    if (alias) return alias;
    return context.knownNames.has(normalized) ? normalized : null;
  };
  const nameBefore = (end: number): { name: string; start: number } | null => {
    for (let length = Math.min(MAX_NAME, end); length >= 2; length--) {
      const name = lookupName(text.slice(end - length, end));
      if (name) return { name, start: end - length };
    }
    return null;
  };
  const kindOf = (name: string | null, offset: number): CitationKind =>
    name === null ? 'same-law' : inBasis(offset) ? 'basis' : 'cites';

  let previous: Chain | null = null;
  let pendingBracket: { name: string; start: number; end: number; raw: string } | null = null;
  const flushBracket = () => {
    if (!pendingBracket) return;
    const { name, start, raw } = pendingBracket;
    out.push({
      kind: kindOf(name, start),
      name,
      article: null,
      paragraph: null,
      item: null,
      raw,
      offset: start,
    });
    pendingBracket = null;
  };

  for (const match of text.matchAll(TOKEN)) {
    const offset = match.index;
    const end = offset + match[0].length;
    const groups = match.groups!;
    if (groups.bracket) {
      flushBracket();
      previous = null;
      const title = groups.bracket.slice(1, -1);
      if (isNormativeTitle(title)) {
        // 最高人民法院《关于适用〈…〉的解释》: the issuing body belongs to the title.
        const body = /(最高人民法院|最高人民检察院|国务院办公厅|国务院)$/.exec(
          text.slice(0, offset),
        );
        const name = normalizeTitle(title.startsWith('关于') && body ? body[1] + title : title);
        const start = body && title.startsWith('关于') ? offset - body[1]!.length : offset;
        pendingBracket = { name, start, end, raw: text.slice(start, end) };
      }
      continue;
    }
    if (groups.relative) {
      flushBracket();
      if (context.relative !== false) {
        out.push(...relativeCitations(citing, match, paragraphAt(offset)));
      }
      previous = null;
      continue;
    }
    if (groups.article) {
      const [articleText, subText, paragraphText, itemText] = match.slice(3, 7);
      const article = {
        number: num(articleText!),
        suffix: subText ? num(subText) : 0,
      };
      const paragraph = paragraphText ? num(paragraphText) : null;
      const item = itemText ? num(itemText) : null;
      const between = previous ? text.slice(previous.end, offset) : null;
      let name: string | null;
      let start = offset;
      let kind: CitationKind;
      if (pendingBracket && pendingBracket.end === offset) {
        ({ name, start } = pendingBracket);
        kind = kindOf(name, start);
        pendingBracket = null;
      } else if (SELF_BEFORE.test(text.slice(Math.max(0, offset - 4), offset))) {
        flushBracket();
        name = null;
        kind = 'same-law';
        start = offset - SELF_BEFORE.exec(text.slice(Math.max(0, offset - 4), offset))![0].length;
      } else if (
        previous &&
        between !== null &&
        (LIST_SEPARATOR.test(between) || RANGE_SEPARATOR.test(between))
      ) {
        flushBracket();
        name = previous.name;
        kind = previous.kind;
        if (RANGE_SEPARATOR.test(between) && previous.article && previous.article.suffix === 0) {
          const from = previous.article.number + 1;
          if (article.number - from < MAX_RANGE) {
            for (let n = from; n < article.number; n++) {
              const raw = text.slice(previous.start, end);
              out.push({
                kind,
                name,
                article: { number: n, suffix: 0 },
                paragraph: null,
                item: null,
                raw,
                offset,
              });
            }
          }
        }
      } else {
        flushBracket();
        const named = nameBefore(offset);
        if (named) {
          name = named.name;
          start = named.start;
          kind = kindOf(name, start);
        } else if (VERB_BEFORE.test(text.slice(Math.max(0, offset - 2), offset))) {
          name = null;
          kind = 'same-law';
        } else {
          // 将第十条修改为 in an amending decision, a heading, …: not a citation we can place.
          previous = null;
          continue;
        }
      }
      out.push({
        kind,
        name,
        article,
        paragraph,
        item,
        raw: text.slice(start, end),
        offset: start,
      });
      previous = { start, name, kind, article, end };
      continue;
    }
    if (groups.paragraph) {
      flushBracket();
      const [paragraphText, itemText] = match.slice(8, 10);
      const paragraph = num(paragraphText!);
      const item = itemText ? num(itemText) : null;
      const before = text.slice(Math.max(0, offset - 2), offset);
      const between = previous ? text.slice(previous.end, offset) : null;
      if (previous && previous.article && between !== null && LIST_SEPARATOR.test(between)) {
        out.push({
          kind: previous.kind,
          name: previous.name,
          article: previous.article,
          paragraph,
          item,
          raw: match[0],
          offset,
        });
        previous = { ...previous, end };
      } else if (context.relative !== false && (before === '本条' || VERB_BEFORE.test(before))) {
        const article = { number: citing.number, suffix: citing.suffix };
        const start = before === '本条' ? offset - 2 : offset;
        out.push({
          kind: 'same-law',
          name: null,
          article,
          paragraph,
          item,
          raw: text.slice(start, end),
          offset: start,
        });
        previous = { start, name: null, kind: 'same-law', article, end };
      } else {
        previous = null;
      }
    }
  }
  flushBracket();
  out.push(...bareMentions(text, context, out, kindOf));
  out.push(...bareBasis(text, spans, lookupName, out));
  return out.sort((a, b) => a.offset - b.offset);
}

/** 前款 / 前两款 / 前条 / 前项: the paragraphs or articles just before. */
function relativeCitations(
  citing: CitingArticle,
  match: RegExpMatchArray,
  paragraph: number,
): ExtractedCitation[] {
  const count = match[11] ? num(match[11]) : 1;
  const unit = match[12]!;
  // 前条第一款: a paragraph of the article before.
  const ofPrevious = match[13] ? num(match[13]) : null;
  const itemOfPrevious = match[14] ? num(match[14]) : null;
  const base = {
    kind: 'same-law' as const,
    name: null,
    item: null,
    raw: match[0],
    offset: match.index!,
  };
  const out: ExtractedCitation[] = [];
  for (let back = count; back >= 1; back--) {
    if (unit === '条') {
      const number = citing.number - back;
      if (number >= 1) {
        const article = { number, suffix: 0 };
        out.push({ ...base, article, paragraph: ofPrevious, item: itemOfPrevious });
      }
    } else if (unit === '款') {
      const p = paragraph - back;
      if (p >= 1)
        out.push({
          ...base,
          article: { number: citing.number, suffix: citing.suffix },
          paragraph: p,
        });
    } else {
      out.push({ ...base, article: { number: citing.number, suffix: citing.suffix }, paragraph });
    }
  }
  return out;
}

/** The 款 (from 1) an offset falls in: item lines （一）… belong to the paragraph above them. */
function paragraphIndex(text: string): (offset: number) => number {
  const starts: number[] = [];
  let position = 0;
  for (const line of text.split('\n')) {
    if (starts.length === 0 || (line.trim() !== '' && !ITEM_LINE.test(line))) starts.push(position);
    position += line.length + 1;
  }
  return (offset) => {
    let index = 0;
    while (index + 1 < starts.length && starts[index + 1]! <= offset) index++;
    return index + 1;
  };
}
