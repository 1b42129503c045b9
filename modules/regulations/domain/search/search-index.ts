// The search index in memory: postings (term -> articles with their term frequency) built from
// the statistics the database keeps (db/search-schema.ts). Pure: no I/O; use-cases/search-index.ts
// loads it and keeps it as a cache that is rebuilt when the database's index generation moves.
import { DEFAULT_BM25, idf, lengthNorm, saturate, type Bm25Parameters } from './bm25.js';
import { forEachPacked, forEachTermId, type EntryMeta, type IndexEntry } from './entries.js';
import { LawNameIndex } from './reference.js';

export interface IndexedVersion {
  id: string;
  /** `行政复议法/2023-09-01` */
  key: string;
  workKey: string;
  title: string;
  level: string;
  status: string;
  issuingBody: string | null;
  promulgatedOn: string | null;
  effectiveOn: string | null;
  titleTerms: Map<string, number>;
  /** Article positions in the index, in document order. */
  articles: number[];
}

export interface IndexedArticle {
  id: string;
  /** Position of its version in `SearchIndex.versions`. */
  version: number;
  kind: string;
  number: number;
  suffix: number;
  label: string;
  /** Number of body tokens (search mode), for length normalisation. */
  length: number;
}

export interface VersionInput extends Omit<IndexedVersion, 'articles' | 'titleTerms'> {
  titleTerms: Iterable<[string, number]>;
}

export interface ArticleInput extends IndexEntry {
  versionId: string;
}

/** The fields of an article (the document title is the fourth, kept per version). */
export const enum Field {
  Body = 0,
  Headings = 1,
  Lead = 2,
}

/** Growable parallel columns of (term id, article, field, tf) while the index is built. */
class Postings {
  terms = new Int32Array(1 << 16);
  docs = new Int32Array(1 << 16);
  fields = new Uint8Array(1 << 16);
  tfs = new Float32Array(1 << 16);
  length = 0;

  push(term: number, doc: number, field: Field, tf: number): void {
    if (this.length === this.terms.length) {
      const grow = <T extends Int32Array | Float32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.terms = grow(this.terms);
      this.docs = grow(this.docs);
      this.fields = grow(this.fields);
      this.tfs = grow(this.tfs);
    }
    this.terms[this.length] = term;
    this.docs[this.length] = doc;
    this.fields[this.length] = field;
    this.tfs[this.length] = tf;
    this.length++;
  }
}

/** The index as search_entries and search_terms store it. */
export interface PackedIndex {
  /** Term by id. */
  dictionary: readonly string[];
  versions: Iterable<{ versionId: string; entries: string }>;
}

/**
 * What one concept of a query is searched as: alternatives, each a list of words that go
 * together (the query's own word, and the statutory words it stands for).
 */
export interface TermGroup {
  alternatives: string[][];
  weight: number;
}

/** Share of a group's other matching alternatives added to its best one. */
const TIE_BREAKER = 0.1;

export class SearchIndex {
  readonly versions: IndexedVersion[] = [];
  readonly articles: IndexedArticle[] = [];
  readonly versionById = new Map<string, number>();
  readonly articleById = new Map<string, number>();
  readonly lawNames: LawNameIndex;
  /**
   * Postings of term id t: docs/tfs[offsets[t] .. offsets[t + 1]), articles ascending, each tf
   * already the weighted sum of the article's normalised fields.
   */
  private readonly termIds = new Map<string, number>();
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly tfs: Float32Array;
  /** Articles per term id. */
  private readonly dfs: Int32Array;
  private readonly titled = new Map<string, number[]>();
  /** Per version: the title weight over the title's length normalisation. */
  private readonly titleScale: Float32Array;

  /**
   * `articles` as term lists (tests, small sets) or `packed` as search_entries stores them
   * (parsed straight into postings: the full corpus has two million of them).
   */
  constructor(
    versions: readonly VersionInput[],
    articles: Iterable<ArticleInput>,
    readonly params: Bm25Parameters = DEFAULT_BM25,
    packed: PackedIndex | null = null,
  ) {
    for (const v of versions) {
      const index = this.versions.length;
      const titleTerms = new Map(v.titleTerms);
      this.versions.push({ ...v, titleTerms, articles: [] });
      this.versionById.set(v.id, index);
      for (const term of titleTerms.keys()) {
        const list = this.titled.get(term) ?? [];
        list.push(index);
        this.titled.set(term, list);
      }
    }
    const postings = new Postings();
    const dictionary = packed?.dictionary ?? [];
    dictionary.forEach((term, id) => this.termIds.set(term, id));
    let nextId = dictionary.length;
    const idOf = (term: string) => {
      let id = this.termIds.get(term);
      if (id === undefined) this.termIds.set(term, (id = nextId++));
      return id;
    };
    // Field lengths per article: body (stored), headings and lead (sums of their counts).
    const lengths: [number[], number[], number[]] = [[], [], []];
    const addArticle = (meta: EntryMeta, versionId: string): number => {
      const version = this.versionById.get(versionId);
      if (version === undefined) return -1;
      const doc = this.articles.length;
      this.articles.push({ ...meta, version });
      this.articleById.set(meta.id, doc);
      this.versions[version]!.articles.push(doc);
      lengths[Field.Body].push(meta.length);
      lengths[Field.Headings].push(0);
      lengths[Field.Lead].push(0);
      return doc;
    };
    const post = (id: number, doc: number, field: Field, tf: number) => {
      postings.push(id, doc, field, tf);
      if (field !== Field.Body) lengths[field][doc]! += tf;
    };
    for (const a of articles) {
      const { versionId, body, headings, lead, ...meta } = a;
      const doc = addArticle(meta, versionId);
      if (doc < 0) continue;
      for (const [term, n] of body) post(idOf(term), doc, Field.Body, n);
      for (const [term, n] of headings) post(idOf(term), doc, Field.Headings, n);
      for (const [term, n] of lead) post(idOf(term), doc, Field.Lead, n);
    }
    for (const { versionId, entries } of packed?.versions ?? []) {
      forEachPacked(entries, (meta, body, headings, lead) => {
        const doc = addArticle(meta, versionId);
        if (doc < 0) return;
        forEachTermId(body, (id, n) => post(id, doc, Field.Body, n));
        forEachTermId(headings, (id, n) => post(id, doc, Field.Headings, n));
        forEachTermId(lead, (id, n) => post(id, doc, Field.Lead, n));
      });
    }
    // Each field's frequency, weighted and normalised by that field's length (BM25F).
    const p = this.params;
    const fieldScale = (field: Field, weight: number, b: number) => {
      const list = lengths[field];
      const average = list.reduce((sum, n) => sum + n, 0) / Math.max(1, list.length);
      return Float32Array.from(list, (n) => weight / lengthNorm(n, average, b));
    };
    const scales = [
      fieldScale(Field.Body, 1, p.b),
      fieldScale(Field.Headings, p.headingWeight, p.headingB),
      fieldScale(Field.Lead, p.leadWeight, p.leadB),
    ];
    // Counting sort by term id; an article's fields of one term merge into one posting.
    const terms = nextId;
    const counts = new Int32Array(terms + 1);
    const lastDoc = new Int32Array(terms).fill(-1);
    for (let i = 0; i < postings.length; i++) {
      const t = postings.terms[i]!;
      if (lastDoc[t] !== postings.docs[i]) {
        lastDoc[t] = postings.docs[i]!;
        counts[t + 1]!++;
      }
    }
    for (let t = 0; t < terms; t++) counts[t + 1]! += counts[t]!;
    this.offsets = counts;
    this.dfs = Int32Array.from({ length: terms }, (_x, t) => counts[t + 1]! - counts[t]!);
    this.docs = new Int32Array(counts[terms]!);
    this.tfs = new Float32Array(counts[terms]!);
    const cursor = counts.slice(0, terms);
    lastDoc.fill(-1);
    for (let i = 0; i < postings.length; i++) {
      const t = postings.terms[i]!;
      const doc = postings.docs[i]!;
      if (lastDoc[t] !== doc) {
        lastDoc[t] = doc;
        this.docs[cursor[t]!++] = doc;
      }
      this.tfs[cursor[t]! - 1]! += postings.tfs[i]! * scales[postings.fields[i]!]![doc]!;
    }
    const titleLength = (v: IndexedVersion) =>
      [...v.titleTerms.values()].reduce((sum, n) => sum + n, 0);
    const averageTitle =
      this.versions.reduce((sum, v) => sum + titleLength(v), 0) / Math.max(1, this.versions.length);
    this.titleScale = Float32Array.from(
      this.versions,
      (v) => p.titleWeight / lengthNorm(titleLength(v), averageTitle, p.titleB),
    );
    this.lawNames = new LawNameIndex(
      this.versions.map((v) => ({ key: v.workKey, title: v.title, level: v.level })),
    );
  }

  get size(): number {
    return this.articles.length;
  }

  get termCount(): number {
    let n = 0;
    for (const df of this.dfs) if (df > 0) n++;
    return n;
  }

  /** Articles whose body, headings or document title has the term (titles count whole documents). */
  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    let df = id === undefined ? 0 : this.dfs[id]!;
    for (const v of this.titled.get(term) ?? []) df += this.versions[v]!.articles.length;
    return Math.min(df, this.articles.length);
  }

  /** Per article: the BM25F weight of one term (idf times the saturated field sum). */
  private addTerm(term: string, tf: Float32Array, into: Float64Array, touched: number[]): void {
    const n = this.articles.length;
    const df = this.documentFrequency(term);
    if (df === 0) return;
    const w = idf(n, df);
    const docs: number[] = [];
    const add = (doc: number, value: number) => {
      if (tf[doc] === 0) docs.push(doc);
      tf[doc] = tf[doc]! + value;
    };
    const id = this.termIds.get(term);
    if (id !== undefined) {
      for (let i = this.offsets[id]!; i < this.offsets[id + 1]!; i++)
        add(this.docs[i]!, this.tfs[i]!);
    }
    for (const v of this.titled.get(term) ?? []) {
      const version = this.versions[v]!;
      const extra = this.titleScale[v]! * (version.titleTerms.get(term) ?? 0);
      if (extra > 0) for (const doc of version.articles) add(doc, extra);
    }
    for (const doc of docs) {
      if (into[doc] === 0) touched.push(doc);
      into[doc] = into[doc]! + w * saturate(tf[doc]!, this.params.k1);
      tf[doc] = 0;
    }
  }

  /**
   * Scores of every article that matches at least one group (others stay 0). A group's
   * alternatives (公司, or 用人单位; 酒驾, or 饮酒 + 驾驶 + 机动车) each score as the BM25F
   * sum of their words, and the group counts its best alternative plus a tenth of the others.
   */
  score(groups: readonly TermGroup[]): { scores: Float64Array; matched: number[] } {
    const n = this.articles.length;
    const scores = new Float64Array(n);
    const seen = new Uint8Array(n);
    const matched: number[] = [];
    const tf = new Float32Array(n);
    const alternative = new Float64Array(n);
    const best = new Float64Array(n);
    const rest = new Float64Array(n);
    for (const { alternatives, weight } of groups) {
      if (weight <= 0) continue;
      const inGroup: number[] = [];
      for (const words of alternatives) {
        const touched: number[] = [];
        for (const word of new Set(words)) this.addTerm(word, tf, alternative, touched);
        for (const doc of touched) {
          const value = alternative[doc]!;
          alternative[doc] = 0;
          if (best[doc] === 0 && rest[doc] === 0) inGroup.push(doc);
          if (value > best[doc]!) {
            rest[doc] = rest[doc]! + best[doc]!;
            best[doc] = value;
          } else rest[doc] = rest[doc]! + value;
        }
      }
      for (const doc of inGroup) {
        if (!seen[doc]) {
          seen[doc] = 1;
          matched.push(doc);
        }
        scores[doc] = scores[doc]! + weight * (best[doc]! + TIE_BREAKER * rest[doc]!);
        best[doc] = 0;
        rest[doc] = 0;
      }
    }
    return { scores, matched };
  }
}
