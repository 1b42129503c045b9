// Chinese word segmentation for search: jieba (@node-rs/jieba) with its default dictionary, the
// THUOCL law lexicon (data/lexicon) and the titles and short names of the laws in the library as
// user words. Articles are cut in search mode (行政复议 -> 行政, 复议, 行政复议) so that a query
// word matches inside a longer statutory word; queries are cut precisely. One tokenizer serves
// indexing and querying, so both see the same words.
import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { fromRoot } from '../../../../platform/paths.js';
import { isStopWord } from './stopwords.js';

/** Frequency given to user words: high enough that jieba keeps a legal term in one piece. */
const USER_WORD_FREQUENCY = 20_000;

/** Unicode compatibility forms (full-width digits and letters), no zero-width marks, lower case. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .toLowerCase();
}

/** A token worth indexing: it has a Han character, a letter or a digit. */
const MEANINGFUL = /[\p{Script=Han}a-z0-9]/u;
/** What the packed index entries use as separators (entries.ts). */
const SEPARATORS = /[\s:]/u;

export function isIndexable(token: string): boolean {
  return MEANINGFUL.test(token) && !SEPARATORS.test(token) && !isStopWord(token);
}

/** The words of THUOCL_law.txt (`word<TAB>DF`; one line has an empty DF). */
export function readLexicon(path = fromRoot('data/lexicon/THUOCL_law.txt')): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.split('\t')[0]!.trim())
    .filter((word) => word.length > 0);
}

export class Tokenizer {
  private readonly jieba: Jieba;
  private readonly userWords = new Set<string>();

  constructor(words: readonly string[] = []) {
    this.jieba = Jieba.withDict(dict);
    this.addWords(words);
  }

  /** Adds user words (law titles, short names, lexicon terms); returns how many were new. */
  addWords(words: Iterable<string>): number {
    const fresh: string[] = [];
    for (const raw of words) {
      const word = normalizeText(raw).replace(/\s+/g, '');
      if (word.length < 2 || this.userWords.has(word)) continue;
      this.userWords.add(word);
      fresh.push(`${word} ${USER_WORD_FREQUENCY}`);
    }
    if (fresh.length > 0) this.jieba.loadDict(Buffer.from(fresh.join('\n')));
    return fresh.length;
  }

  /** Term frequencies of a text as the index stores them (search mode, stop words dropped). */
  termFrequencies(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const token of this.jieba.cutForSearch(normalizeText(text), false)) {
      if (!isIndexable(token)) continue;
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
    return counts;
  }

  /** The words of a query, in order, precise mode, stop words dropped (duplicates kept once). */
  queryTerms(text: string): string[] {
    const seen = new Set<string>();
    for (const token of this.jieba.cut(normalizeText(text), false)) {
      if (isIndexable(token)) seen.add(token);
    }
    return [...seen];
  }

  /** Every word of a text, precise mode, nothing dropped but spaces and punctuation. */
  words(text: string): string[] {
    return this.jieba.cut(normalizeText(text), false).filter((t) => MEANINGFUL.test(t));
  }

  /** A query word broken into the smaller words search mode knows (行政复议 -> 行政, 复议). */
  subTerms(word: string): string[] {
    return this.jieba.cutForSearch(word, false).filter((t) => t !== word && isIndexable(t));
  }
}

let shared: Tokenizer | undefined;

/** The process-wide tokenizer with the THUOCL lexicon loaded (about 20 ms the first time). */
export function sharedTokenizer(): Tokenizer {
  shared ??= new Tokenizer(readLexicon());
  return shared;
}
