// What an import tells its caller while it runs and when it ends.

/** A file that could not be imported, and why (in Chinese, for the administrator). */
export interface ImportFailure {
  file: string;
  reason: string;
}

export type ImportPhase = 'parsing' | 'storing' | 'indexing' | 'done';

export interface ImportProgress {
  runId: string;
  phase: ImportPhase;
  /** Files handled so far (stored, unchanged or failed) out of `total`. */
  processed: number;
  total: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface ImportReport extends ImportProgress {
  failures: ImportFailure[];
  /** Versions added or changed by this run (what the listeners were given). */
  versionIds: string[];
  /** Version keys added and updated, for the report. */
  addedKeys: string[];
  updatedKeys: string[];
}

/** One Markdown file to import: its path relative to the folder (or its upload name). */
export interface SourceFile {
  name: string;
  content: string;
}
