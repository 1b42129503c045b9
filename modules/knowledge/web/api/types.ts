// Reply shapes of the knowledge API (see modules/knowledge/contract.ts).

export type CitationKind = 'cites' | 'basis' | 'same-law';

export interface DocumentRef {
  versionId: string;
  versionKey: string;
  workKey: string;
  title: string;
  level: string;
  status: string;
  promulgatedOn: string | null;
  effectiveOn: string | null;
}

export interface LinkedDocument extends DocumentRef {
  citations: number;
}

export interface DocumentLinks {
  document: DocumentRef;
  basis: LinkedDocument[];
  cites: LinkedDocument[];
  citedBy: LinkedDocument[];
  unresolved: number;
}

export type NodeRole = 'center' | 'basis' | 'cites' | 'citedBy';

export interface DocumentGraph {
  center: string;
  nodes: {
    id: string;
    versionKey: string;
    title: string;
    level: string;
    status: string;
    role: NodeRole;
  }[];
  links: { source: string; target: string; kind: 'cites' | 'basis'; citations: number }[];
  omitted: number;
}

export interface CitationsBetween {
  document: DocumentRef;
  other: DocumentRef;
  items: {
    kind: CitationKind;
    raw: string;
    fromArticleId: string;
    fromLabel: string;
    fromVersionKey: string;
    toArticleId: string | null;
    toLabel: string | null;
    toVersionKey: string;
  }[];
}

export type TermSource = 'thuocl' | 'definition' | 'admin';
export type RelationKind = 'synonym' | 'related';

export interface TermSummary {
  id: string;
  term: string;
  source: TermSource;
  articles: number;
  definitions: number;
}

export interface TermDetail {
  id: string;
  term: string;
  source: TermSource;
  frequency: number | null;
  definitions: { articleId: string; label: string; text: string; document: DocumentRef }[];
  relations: { id: string; kind: RelationKind; term: string; note: string | null }[];
  usage: {
    total: number;
    documents: number;
    items: { articleId: string; label: string; defines: boolean; document: DocumentRef }[];
  };
}

export interface UnresolvedCitation {
  id: string;
  kind: CitationKind;
  raw: string;
  targetName: string | null;
  fromArticleId: string;
  fromVersionKey: string;
  fromTitle: string;
  documentFound: boolean;
}

export type ImpactChange = 'changed' | 'removed' | 'renumbered' | 'basis';

export interface ImpactAlertSummary {
  id: string;
  workKey: string;
  workTitle: string;
  versionKey: string;
  previousVersionKey: string;
  changedArticles: number;
  addedArticles: number;
  removedArticles: number;
  renumberedArticles: number;
  citingDocuments: number;
  items: number;
  createdAt: string;
}

export interface ImpactAlertDetail extends ImpactAlertSummary {
  list: {
    change: ImpactChange;
    targetArticleId: string | null;
    targetLabel: string | null;
    newArticleId: string | null;
    citingArticleId: string;
    citingVersionId: string;
    citingVersionKey: string;
    citingTitle: string;
    raw: string;
  }[];
}

/** A document of the library as /api/regulations/documents lists it. */
export interface LibraryDocument {
  id: string;
  key: string;
  title: string;
  status: string;
  promulgatedOn: string | null;
}
