// Builds the graph rows of some versions: citations (extracted, then resolved to the version in
// force on the citing text's date), term definitions and the term-article links. The rows these
// versions had before are replaced. Runs inside the caller's transaction.
import type { Executor } from '../../../platform/db/index.js';
import { articlesOfVersionIds, type LibraryArticle } from '../../regulations/index.js';
import {
  addDefinitionTerms,
  clearVersions,
  insertChunked,
  markProcessed,
  type CitationInsert,
  type TermDefinitionInsert,
  type TermLinkInsert,
} from '../db/queries.js';
import { citations, termDefinitions, termLinks } from '../db/schema.js';
import { extractDefinitions } from '../domain/definitions.js';
import { versionCitations } from '../domain/graph-build.js';
import { loadTermBase } from './lexicon.js';
import type { Library } from './library.js';

export interface ProcessStats {
  versions: number;
  articles: number;
  citations: number;
  unresolved: number;
  definitions: number;
  termLinks: number;
}

export type ProcessProgress = (done: number, total: number, stats: ProcessStats) => void;

/** Versions whose articles are read and written per step (progress is reported per step). */
const STEP = 50;

export async function processVersions(
  db: Executor,
  library: Library,
  versionIds: string[],
  onProgress?: ProcessProgress,
): Promise<ProcessStats> {
  const stats: ProcessStats = {
    versions: 0,
    articles: 0,
    citations: 0,
    unresolved: 0,
    definitions: 0,
    termLinks: 0,
  };
  const ids = [...new Set(versionIds)].filter((id) => library.versions.has(id));
  const byVersion = new Map<string, LibraryArticle[]>();
  for (let i = 0; i < ids.length; i += STEP) {
    for (const article of await articlesOfVersionIds(db, ids.slice(i, i + STEP))) {
      const list = byVersion.get(article.versionId) ?? [];
      list.push(article);
      byVersion.set(article.versionId, list);
    }
  }
  // Definitions first: the terms they add are matched in the same pass.
  const definitions = new Map<string, ReturnType<typeof extractDefinitions>>();
  for (const list of byVersion.values()) {
    for (const article of list) {
      const found = extractDefinitions(article.text);
      if (found.length > 0) definitions.set(article.id, found);
    }
  }
  await addDefinitionTerms(
    db,
    [...definitions.values()].flat().map((d) => d.term),
  );
  const termBase = await loadTermBase(db);
  await clearVersions(db, ids);

  const processed: { versionId: string; citations: number; termLinks: number }[] = [];
  for (let i = 0; i < ids.length; i += STEP) {
    const citationRows: CitationInsert[] = [];
    const linkRows: TermLinkInsert[] = [];
    const definitionRows: TermDefinitionInsert[] = [];
    for (const versionId of ids.slice(i, i + STEP)) {
      const version = library.versions.get(versionId)!;
      const list = byVersion.get(versionId) ?? [];
      const citing = { workKey: version.workKey, versionId, startsOn: library.startsOn(versionId) };
      let versionLinks = 0;
      // Terms this text defines that the base does not link everywhere: linked in this text.
      const own = new Set(list.flatMap((a) => (definitions.get(a.id) ?? []).map((d) => d.term)));
      const local = [...own].filter((term) => termBase.ids.has(term));
      const found = versionCitations(library.resolver, { ...citing, title: version.title }, list);
      for (const { article, citation: c, resolution } of found) {
        citationRows.push({
          fromArticleId: article.id,
          fromVersionId: versionId,
          fromWorkKey: version.workKey,
          kind: c.kind,
          targetName: c.name,
          articleNumber: c.article?.number ?? null,
          articleSuffix: c.article?.suffix ?? 0,
          paragraph: c.paragraph,
          item: c.item,
          ...resolution,
          raw: c.raw.slice(0, 200),
          position: c.offset,
        });
        if (!resolution.resolved) stats.unresolved++;
      }
      for (const article of list) {
        const defined = new Set<string>();
        for (const d of definitions.get(article.id) ?? []) {
          const termId = termBase.ids.get(d.term);
          if (!termId || defined.has(termId)) continue;
          defined.add(termId);
          definitionRows.push({ termId, articleId: article.id, versionId, text: d.text });
        }
        const used = new Set<string>();
        for (const index of termBase.matcher.find(article.text)) {
          used.add(termBase.ids.get(termBase.matcher.terms[index]!)!);
        }
        for (const term of local)
          if (article.text.includes(term)) used.add(termBase.ids.get(term)!);
        for (const termId of defined) used.add(termId);
        for (const termId of used) {
          linkRows.push({ termId, articleId: article.id, versionId, defines: defined.has(termId) });
        }
        versionLinks += used.size;
        stats.articles++;
      }
      processed.push({ versionId, citations: found.length, termLinks: versionLinks });
      stats.versions++;
      stats.citations += found.length;
      stats.termLinks += versionLinks;
    }
    stats.definitions += definitionRows.length;
    await insertChunked(db, citations, citationRows);
    await insertChunked(db, termLinks, linkRows);
    await insertChunked(db, termDefinitions, definitionRows);
    onProgress?.(stats.versions, ids.length, stats);
  }
  await markProcessed(db, processed);
  return stats;
}
