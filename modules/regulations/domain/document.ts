// One version as the library stores it, built from a parsed file and, when the folder has one,
// its index.jsonl record: work key, version key, level, issuing body, dates, content hash.
// The parts of a code split over several files (民法典/总则.md … 附则.md) become one version.
import { createHash } from 'node:crypto';
import type { ArticleKind, LawLevel } from '../db/schema.js';
import { dateInFileName } from './dates.js';
import { documentNumberOf, guessLevel, isLawLevel, issuingBodyOf } from './levels.js';
import { LawParseError, type ParsedArticle, type ParsedDocument } from './parse.js';

/** A record of the corpus' index.jsonl (see ../shared/data/README.md); only what we use. */
export interface IndexRecord {
  title?: string;
  name: string;
  category?: string;
  level?: string;
  file: string;
  promulgated?: string | null;
  effective?: string | null;
  upstream_expired?: boolean;
  superseded?: boolean;
}

export interface LawDocument {
  workKey: string;
  versionKey: string;
  title: string;
  /** The part of a code this file holds (`合同编`); null for a whole text. */
  part: string | null;
  level: LawLevel;
  issuingBody: string | null;
  documentNumber: string | null;
  category: string | null;
  promulgatedOn: string;
  effectiveOn: string | null;
  repealed: boolean;
  history: string[];
  preamble: string | null;
  appendix: string | null;
  articles: ParsedArticle[];
  /** The files it was read from (several for a code split in parts). */
  files: string[];
  contentHash: string;
}

const CN_PREFIX = /^中华人民共和国/;
/** A key is the first segment of article ids: no slash in it. */
const safeKey = (key: string) => key.replace(/\//g, '／').replace(/\s+/g, ' ').trim();

/** `某某法(2023-09-01).md` -> `某某法`. */
function fileStem(file: string): string {
  const base = file.split('/').pop()!.replace(/\.md$/i, '');
  return base.replace(/[(（]\d{4}-\d{2}-\d{2}[)）]$/, '').trim();
}

/**
 * The work key: the index `name` (its part removed for a code's part), else the file name when
 * it is the title (a corpus file name: `行政复议法(2023-09-01).md`), else the title without
 * 中华人民共和国.
 */
export function workKeyOf(file: string, parsed: ParsedDocument, record?: IndexRecord): string {
  if (record) {
    const name = parsed.partTitle ? record.name.replace(/\s+\S+$/, '') : record.name;
    return safeKey(name);
  }
  const bare = (s: string) => s.replace(/中华人民共和国|[\s、]/g, '');
  const stem = fileStem(file);
  if (stem && bare(stem) === bare(parsed.title)) return safeKey(stem.replace(CN_PREFIX, ''));
  return safeKey(parsed.title.replace(CN_PREFIX, ''));
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const iso = (v: string | null | undefined) => (v && ISO.test(v) ? v : null);

/** Builds the document of one file (a part of a code is merged later by mergeParts). */
export function buildDocument(
  file: string,
  parsed: ParsedDocument,
  record?: IndexRecord,
): LawDocument {
  const workKey = workKeyOf(file, parsed, record);
  if (!workKey) throw new LawParseError('无法确定法规名称');
  const promulgatedOn =
    iso(record?.promulgated) ??
    dateInFileName(file) ??
    parsed.dates.promulgatedOn ??
    parsed.dates.effectiveOn;
  if (!promulgatedOn) {
    throw new LawParseError('缺少公布日期：文件名、索引和题注中都没有日期');
  }
  const stated =
    parsed.statedEntryIntoForce === 'publication' ? promulgatedOn : parsed.statedEntryIntoForce;
  let effectiveOn = (record ? iso(record.effective) : parsed.dates.effectiveOn) ?? stated;
  // A date before the promulgation belongs to an earlier version of the text.
  if (effectiveOn && effectiveOn < promulgatedOn) effectiveOn = null;
  const level =
    record?.level && isLawLevel(record.level)
      ? record.level
      : guessLevel(parsed.title, parsed.history);
  const category = record?.category ?? null;
  const doc: LawDocument = {
    workKey,
    versionKey: `${workKey}/${promulgatedOn}`,
    title: parsed.title,
    part: parsed.partTitle,
    level,
    issuingBody: issuingBodyOf(level, parsed.title, parsed.history, category),
    documentNumber: documentNumberOf(parsed.history),
    category,
    promulgatedOn,
    effectiveOn,
    // The corpus marks a text expired that has no later version here: it was repealed
    // (upstream's flag is a hint; the date is unknown).
    repealed: Boolean(record?.upstream_expired && !record.superseded),
    history: parsed.history,
    preamble: parsed.preamble,
    appendix: parsed.appendix,
    articles: parsed.partTitle
      ? parsed.articles.map((a) => ({ ...a, path: { part: parsed.partTitle!, ...a.path } }))
      : parsed.articles,
    files: [file],
    contentHash: '',
  };
  return withHash(doc);
}

/** SHA-256 over everything stored except where the text came from. */
export function withHash(doc: LawDocument): LawDocument {
  const { files: _files, contentHash: _hash, ...content } = doc;
  void _files;
  void _hash;
  const contentHash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  return { ...doc, contentHash };
}

/** The parts of one code (same version key, each with its part title) as one document. */
export function mergeParts(parts: LawDocument[]): LawDocument {
  if (parts.length === 1) return parts[0]!;
  const first = (d: LawDocument) => d.articles[0]?.number ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...parts].sort((a, b) => first(a) - first(b));
  const head = sorted[0]!;
  const joined = (pick: (d: LawDocument) => string | null) =>
    sorted
      .map(pick)
      .filter((v): v is string => v !== null)
      .join('\n') || null;
  return withHash({
    ...head,
    part: null,
    effectiveOn: sorted.map((d) => d.effectiveOn).find((d) => d !== null) ?? null,
    preamble: joined((d) => d.preamble),
    appendix: joined((d) => d.appendix),
    articles: sorted.flatMap((d) => d.articles),
    files: sorted.flatMap((d) => d.files),
  });
}

/** The stable id of an article: `行政复议法/2023-09-01/art-62`, `…/art-10-1`, `…/item-3`. */
export function articleId(
  versionKey: string,
  a: { kind: ArticleKind; number: number; suffix: number },
): string {
  const prefix = a.kind === 'article' ? 'art' : a.kind === 'item' ? 'item' : 'para';
  return `${versionKey}/${prefix}-${a.number}${a.suffix > 0 ? `-${a.suffix}` : ''}`;
}
