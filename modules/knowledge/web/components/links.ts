// Where the knowledge pages send a reader: the text of a version on the public portal (module
// regulations' page `/portal/versions/:workKey/:date`), at an article's anchor (`#art-62`).

/** `行政复议法/2023-09-01` -> `/portal/versions/行政复议法/2023-09-01` (the key holds no other '/'). */
export function portalVersionUrl(versionKey: string): string {
  const at = versionKey.lastIndexOf('/');
  const work = versionKey.slice(0, at);
  const date = versionKey.slice(at + 1);
  return `/portal/versions/${encodeURIComponent(work)}/${encodeURIComponent(date)}`;
}

/** `行政复议法/2023-09-01/art-62` -> the version's page at `#art-62`. */
export function portalArticleUrl(articleId: string): string {
  const at = articleId.lastIndexOf('/');
  return `${portalVersionUrl(articleId.slice(0, at))}#${articleId.slice(at + 1)}`;
}

/** The graph page centred on a version. */
export const graphUrl = (versionKey: string) =>
  `/portal/graph?version=${encodeURIComponent(versionKey)}`;

/** The term page of a term. */
export const termUrl = (term: string) => `/portal/terms?term=${encodeURIComponent(term)}`;
