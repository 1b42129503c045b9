// Reply shapes of the law-library API (see modules/regulations/contract.ts).

export type VersionStatus = 'in_force' | 'amended' | 'repealed' | 'not_yet_in_force';

export interface VersionSummary {
  id: string;
  key: string;
  workKey: string;
  title: string;
  level: string;
  issuingBody: string | null;
  documentNumber: string | null;
  promulgatedOn: string | null;
  effectiveOn: string | null;
  repealed: boolean;
  repealedOn: string | null;
  status: VersionStatus;
  published: boolean;
  articleCount: number;
}

export interface ArticlePath {
  part?: string;
  subpart?: string;
  chapter?: string;
  section?: string;
}

export interface ArticleView {
  id: string;
  ordinal: number;
  kind: 'article' | 'item' | 'paragraph';
  number: number;
  suffix: number;
  label: string;
  path: ArticlePath;
  text: string;
}

export interface VersionDetail extends VersionSummary {
  history: string[];
  preamble: string | null;
  appendix: string | null;
  source: string;
  articles: ArticleView[];
  versions: VersionSummary[];
}

export interface FacetCount {
  value: string;
  n: number;
}

export interface LibraryFacets {
  levels: FacetCount[];
  statuses: FacetCount[];
  bodies: FacetCount[];
  years: FacetCount[];
}

export interface ImportFailure {
  file: string;
  reason: string;
}

export interface ImportRun {
  id: string;
  origin: string;
  startedBy: string | null;
  state: 'running' | 'done' | 'failed';
  phase: 'parsing' | 'storing' | 'indexing' | 'done';
  total: number;
  processed: number;
  added: number;
  updated: number;
  unchanged: number;
  failures: ImportFailure[];
  startedAt: string;
  finishedAt: string | null;
}

export interface LibraryFilters {
  level?: string;
  status?: VersionStatus;
  issuingBody?: string;
  year?: number;
  title?: string;
}
