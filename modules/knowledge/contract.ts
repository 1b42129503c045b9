// Request and response schemas of the knowledge module (shared by routes and web types).
import { z } from 'zod';
import { pageQuery } from '../../platform/http/pagination.js';

export const citationKind = z.enum(['cites', 'basis', 'same-law']);

/** A document (one version of a law) as the graph shows it. */
export const documentRef = z.object({
  versionId: z.string(),
  /** `行政复议法/2023-09-01` */
  versionKey: z.string(),
  workKey: z.string(),
  title: z.string(),
  level: z.string(),
  status: z.string(),
  promulgatedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
});
export type DocumentRef = z.infer<typeof documentRef>;

export const linkedDocument = documentRef.extend({
  /** How many citations join the two documents. */
  citations: z.number().int(),
});
export type LinkedDocument = z.infer<typeof linkedDocument>;

export const documentQuery = z.object({
  /** Version id or key (`行政复议法/2023-09-01`). */
  version: z.string().min(1).max(300),
});

export const documentLinks = z.object({
  document: documentRef,
  /** Superior laws: the documents it is made under (根据《…》制定). */
  basis: z.array(linkedDocument),
  /** Documents it cites. */
  cites: z.array(linkedDocument),
  /** Documents that cite it (or are made under it). */
  citedBy: z.array(linkedDocument),
  /** Citations of this document the library could not place. */
  unresolved: z.number().int(),
});
export type DocumentLinks = z.infer<typeof documentLinks>;

export const graphNode = z.object({
  id: z.string(),
  versionKey: z.string(),
  title: z.string(),
  level: z.string(),
  status: z.string(),
  role: z.enum(['center', 'basis', 'cites', 'citedBy']),
});
export const graphLink = z.object({
  source: z.string(),
  target: z.string(),
  kind: z.enum(['cites', 'basis']),
  citations: z.number().int(),
});
export const documentGraph = z.object({
  center: z.string(),
  nodes: z.array(graphNode),
  links: z.array(graphLink),
  /** Neighbours left out beyond the limit, the least cited first. */
  omitted: z.number().int(),
});
export type DocumentGraph = z.infer<typeof documentGraph>;

export const graphQuery = documentQuery.extend({
  limit: z.coerce.number().int().min(5).max(150).default(60),
});

export const betweenQuery = documentQuery.extend({
  /** The other document: version id or key. */
  other: z.string().min(1).max(300),
});

/** The citations from one document's articles to another's (both directions). */
export const citationsBetween = z.object({
  document: documentRef,
  other: documentRef,
  items: z.array(
    z.object({
      kind: citationKind,
      raw: z.string(),
      fromArticleId: z.string(),
      fromLabel: z.string(),
      fromVersionKey: z.string(),
      toArticleId: z.string().nullable(),
      toLabel: z.string().nullable(),
      toVersionKey: z.string(),
    }),
  ),
});
export type CitationsBetween = z.infer<typeof citationsBetween>;

/** One citation seen from an article: the article at the other end and how it was written. */
export const articleCitation = z.object({
  kind: citationKind,
  raw: z.string(),
  paragraph: z.number().int().nullable(),
  item: z.number().int().nullable(),
  resolved: z.boolean(),
  /** The article at the other end (null when only the document, or nothing, was found). */
  articleId: z.string().nullable(),
  label: z.string().nullable(),
  document: documentRef.nullable(),
  /** The name as cited, when the library does not hold it. */
  targetName: z.string().nullable(),
});
export type ArticleCitation = z.infer<typeof articleCitation>;

export const articleQuery = z.object({
  /** `行政复议法/2023-09-01/art-13` */
  article: z.string().min(1).max(400),
});

export const articleLinks = z.object({
  article: z.object({ id: z.string(), label: z.string(), text: z.string() }),
  document: documentRef,
  cites: z.array(articleCitation),
  citedBy: z.array(articleCitation),
});
export type ArticleLinks = z.infer<typeof articleLinks>;

export const termSource = z.enum(['thuocl', 'definition', 'admin']);
export const termRelationKind = z.enum(['synonym', 'related']);

export const termSummary = z.object({
  id: z.string(),
  term: z.string(),
  source: termSource,
  /** Articles of the library that use it. */
  articles: z.number().int(),
  definitions: z.number().int(),
});
export type TermSummary = z.infer<typeof termSummary>;

export const termListQuery = pageQuery.extend({
  q: z.string().trim().max(30).optional(),
  /** Only terms the library defines (本法所称…). */
  defined: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const termRelation = z.object({
  id: z.string(),
  kind: termRelationKind,
  term: z.string(),
  note: z.string().nullable(),
});

export const termUse = z.object({
  articleId: z.string(),
  label: z.string(),
  defines: z.boolean(),
  document: documentRef,
});

export const termDetail = z.object({
  id: z.string(),
  term: z.string(),
  source: termSource,
  frequency: z.number().int().nullable(),
  definitions: z.array(
    z.object({ articleId: z.string(), label: z.string(), text: z.string(), document: documentRef }),
  ),
  relations: z.array(termRelation),
  /** Articles that use the term: how many, and the first ones (in-force texts first). */
  usage: z.object({
    total: z.number().int(),
    documents: z.number().int(),
    items: z.array(termUse),
  }),
});
export type TermDetail = z.infer<typeof termDetail>;

export const termParam = z.object({ term: z.string().trim().min(1).max(30) });

export const relationBody = z.object({
  related: z.string().trim().min(2).max(30),
  kind: termRelationKind,
  note: z.string().trim().max(200).optional(),
});

export const unresolvedQuery = pageQuery.extend({
  q: z.string().trim().max(60).optional(),
});
export const unresolvedCitation = z.object({
  id: z.string(),
  kind: citationKind,
  raw: z.string(),
  targetName: z.string().nullable(),
  fromArticleId: z.string(),
  fromVersionKey: z.string(),
  fromTitle: z.string(),
  /** The document was found, not the article. */
  documentFound: z.boolean(),
});
export type UnresolvedCitation = z.infer<typeof unresolvedCitation>;

export const impactChange = z.enum(['changed', 'removed', 'renumbered', 'basis']);

export const impactAlertSummary = z.object({
  id: z.string(),
  workKey: z.string(),
  workTitle: z.string(),
  versionKey: z.string(),
  previousVersionKey: z.string(),
  changedArticles: z.number().int(),
  addedArticles: z.number().int(),
  removedArticles: z.number().int(),
  renumberedArticles: z.number().int(),
  citingDocuments: z.number().int(),
  items: z.number().int(),
  createdAt: z.string(),
});
export type ImpactAlertSummary = z.infer<typeof impactAlertSummary>;

export const impactAlertItem = z.object({
  change: impactChange,
  targetArticleId: z.string().nullable(),
  targetLabel: z.string().nullable(),
  newArticleId: z.string().nullable(),
  citingArticleId: z.string(),
  citingVersionId: z.string(),
  citingVersionKey: z.string(),
  citingTitle: z.string(),
  raw: z.string(),
});
export type ImpactAlertItem = z.infer<typeof impactAlertItem>;

export const impactAlertDetail = impactAlertSummary.extend({ list: z.array(impactAlertItem) });
export type ImpactAlertDetail = z.infer<typeof impactAlertDetail>;

export const idParam = z.object({ id: z.uuid() });
