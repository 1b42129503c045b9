// The graph around one document: its superior laws (basis), the documents it cites and those
// that cite it, as lists and as nodes and links for the graph view. Public: versions that are
// not published are left out unless the caller asks for staff views.
import { and, asc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { articlesById, type VersionSummary } from '../../regulations/index.js';
import type {
  CitationsBetween,
  DocumentGraph,
  DocumentLinks,
  DocumentRef,
  LinkedDocument,
} from '../contract.js';
import { citations } from '../db/schema.js';
import { versionIndex } from './library.js';

export const toDocumentRef = (v: VersionSummary): DocumentRef => ({
  versionId: v.id,
  versionKey: v.key,
  workKey: v.workKey,
  title: v.title,
  level: v.level,
  status: v.status,
  promulgatedOn: v.promulgatedOn,
  effectiveOn: v.effectiveOn,
});

export interface ReadScope {
  /** Public callers see published versions only. */
  publishedOnly: boolean;
}

/** A version by id or key, or KNOWLEDGE_DOCUMENT_NOT_FOUND. */
export function findDocument(
  versions: Map<string, VersionSummary>,
  idOrKey: string,
  scope: ReadScope,
): VersionSummary {
  const found =
    versions.get(idOrKey) ?? [...versions.values()].find((v) => v.key === idOrKey.trim());
  if (!found || (scope.publishedOnly && !found.published)) {
    throw new AppError('KNOWLEDGE_DOCUMENT_NOT_FOUND', { version: idOrKey });
  }
  return found;
}

interface Edge {
  versionId: string;
  kind: 'cites' | 'basis';
  n: number;
}

/** Counts of citations between one version and the others, both ways. */
async function edgesOf(db: Executor, versionId: string): Promise<{ out: Edge[]; in: Edge[] }> {
  const n = sql<number>`count(*)::int`;
  const out = await db
    .select({ versionId: citations.toVersionId, kind: citations.kind, n })
    .from(citations)
    .where(
      and(
        eq(citations.fromVersionId, versionId),
        isNotNull(citations.toVersionId),
        ne(citations.toVersionId, versionId),
        inArray(citations.kind, ['cites', 'basis']),
      ),
    )
    .groupBy(citations.toVersionId, citations.kind);
  const incoming = await db
    .select({ versionId: citations.fromVersionId, kind: citations.kind, n })
    .from(citations)
    .where(
      and(
        eq(citations.toVersionId, versionId),
        ne(citations.fromVersionId, versionId),
        inArray(citations.kind, ['cites', 'basis']),
      ),
    )
    .groupBy(citations.fromVersionId, citations.kind);
  return { out: out as Edge[], in: incoming as Edge[] };
}

function linked(
  versions: Map<string, VersionSummary>,
  edges: Edge[],
  scope: ReadScope,
): LinkedDocument[] {
  const counts = new Map<string, number>();
  for (const e of edges) counts.set(e.versionId, (counts.get(e.versionId) ?? 0) + e.n);
  const out: LinkedDocument[] = [];
  for (const [id, n] of counts) {
    const v = versions.get(id);
    if (!v || (scope.publishedOnly && !v.published)) continue;
    out.push({ ...toDocumentRef(v), citations: n });
  }
  return out.sort((a, b) => b.citations - a.citations || a.versionKey.localeCompare(b.versionKey));
}

export async function documentLinks(
  db: Executor,
  idOrKey: string,
  scope: ReadScope,
): Promise<DocumentLinks> {
  const versions = await versionIndex(db);
  const document = findDocument(versions, idOrKey, scope);
  const edges = await edgesOf(db, document.id);
  const [unresolved] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(citations)
    .where(and(eq(citations.fromVersionId, document.id), eq(citations.resolved, false)));
  return {
    document: toDocumentRef(document),
    basis: linked(
      versions,
      edges.out.filter((e) => e.kind === 'basis'),
      scope,
    ),
    cites: linked(
      versions,
      edges.out.filter((e) => e.kind === 'cites'),
      scope,
    ),
    citedBy: linked(versions, edges.in, scope),
    unresolved: unresolved?.n ?? 0,
  };
}

/** Nodes and links around one document, the most cited neighbours up to `limit`. */
export async function documentGraph(
  db: Executor,
  idOrKey: string,
  limit: number,
  scope: ReadScope,
): Promise<DocumentGraph> {
  const links = await documentLinks(db, idOrKey, scope);
  const center = links.document;
  const nodes = new Map<string, DocumentGraph['nodes'][number]>();
  nodes.set(center.versionId, { ...nodeOf(center), role: 'center' });
  const graphLinks: DocumentGraph['links'] = [];
  const groups: [LinkedDocument[], 'basis' | 'cites' | 'citedBy'][] = [
    [links.basis, 'basis'],
    [links.cites, 'cites'],
    [links.citedBy, 'citedBy'],
  ];
  const candidates = groups
    .flatMap(([list, role]) => list.map((d) => ({ d, role })))
    .sort(
      (a, b) =>
        Number(b.role === 'basis') - Number(a.role === 'basis') || b.d.citations - a.d.citations,
    );
  let omitted = 0;
  for (const { d, role } of candidates) {
    if (!nodes.has(d.versionId)) {
      if (nodes.size > limit) {
        omitted++;
        continue;
      }
      nodes.set(d.versionId, { ...nodeOf(d), role });
    }
    graphLinks.push(
      role === 'citedBy'
        ? { source: d.versionId, target: center.versionId, kind: 'cites', citations: d.citations }
        : {
            source: center.versionId,
            target: d.versionId,
            kind: role === 'basis' ? 'basis' : 'cites',
            citations: d.citations,
          },
    );
  }
  return { center: center.versionId, nodes: [...nodes.values()], links: graphLinks, omitted };
}

/** The citations joining two documents, both ways, in text order (at most 500). */
export async function citationsBetween(
  db: Executor,
  idOrKey: string,
  otherIdOrKey: string,
  scope: ReadScope,
): Promise<CitationsBetween> {
  const versions = await versionIndex(db);
  const a = findDocument(versions, idOrKey, scope);
  const b = findDocument(versions, otherIdOrKey, scope);
  const rows = await db
    .select()
    .from(citations)
    .where(
      or(
        and(eq(citations.fromVersionId, a.id), eq(citations.toVersionId, b.id)),
        and(eq(citations.fromVersionId, b.id), eq(citations.toVersionId, a.id)),
      ),
    )
    .orderBy(asc(citations.fromVersionId), asc(citations.fromArticleId), asc(citations.position))
    .limit(500);
  const ids = new Set(rows.flatMap((r) => [r.fromArticleId, r.toArticleId ?? []].flat()));
  const labels = new Map((await articlesById(db, [...ids])).map((x) => [x.id, x.label]));
  return {
    document: toDocumentRef(a),
    other: toDocumentRef(b),
    items: rows.map((r) => ({
      kind: r.kind,
      raw: r.raw,
      fromArticleId: r.fromArticleId,
      fromLabel: labels.get(r.fromArticleId) ?? '',
      fromVersionKey: versions.get(r.fromVersionId)!.key,
      toArticleId: r.toArticleId,
      toLabel: r.toArticleId ? (labels.get(r.toArticleId) ?? null) : null,
      toVersionKey: versions.get(r.toVersionId!)!.key,
    })),
  };
}

const nodeOf = (d: DocumentRef) => ({
  id: d.versionId,
  versionKey: d.versionKey,
  title: d.title,
  level: d.level,
  status: d.status,
});

/**
 * The documents that cite a version (or, with `articleIds`, those articles of it), with how
 * many citations: for the cleanup campaign of module regulations. Staff view: all versions.
 */
export async function citingDocuments(
  db: Executor,
  query: { versionId: string; articleIds?: string[] },
): Promise<LinkedDocument[]> {
  const rows = await db
    .select({
      versionId: citations.fromVersionId,
      kind: citations.kind,
      n: sql<number>`count(*)::int`,
    })
    .from(citations)
    .where(
      and(
        query.articleIds
          ? inArray(citations.toArticleId, query.articleIds.length ? query.articleIds : [''])
          : eq(citations.toVersionId, query.versionId),
        ne(citations.fromVersionId, query.versionId),
        inArray(citations.kind, ['cites', 'basis']),
      ),
    )
    .groupBy(citations.fromVersionId, citations.kind);
  return linked(await versionIndex(db), rows as Edge[], { publishedOnly: false });
}
