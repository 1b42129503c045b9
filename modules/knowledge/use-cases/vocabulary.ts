// The everyday-words vocabulary: seeded from domain/vocabulary.ts on first use, kept by the
// administrators (list, add, edit, delete; each change one transaction with its audit event),
// and read by the library search through `vocabularyExpander` (registered by the module's
// index with regulations' registerQueryExpander).
import { asc, count, eq, ilike, max, or, sql } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize, ROOT_REGION } from '../../../platform/auth/permissions.js';
import { type Db, type Executor, withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { offsetOf, type Page } from '../../../platform/http/pagination.js';
import type { QueryExpander } from '../../regulations/index.js';
import { vocabulary, vocabularySeed } from '../db/schema.js';
import { KnowledgePermissions } from '../domain/permissions.js';
import { SEED_VOCABULARY, VOCABULARY_SEED_VERSION } from '../domain/vocabulary.js';
import '../domain/vocabulary-errors.js';
import {
  matchVocabulary,
  normalizePhrase,
  type VocabularyLike,
} from '../domain/vocabulary-match.js';
import type {
  VocabularyEntryView,
  VocabularyInput,
  VocabularyListQuery,
  VocabularyPatch,
} from '../vocabulary-contract.js';

type Row = typeof vocabulary.$inferSelect;

const view = (r: Row): VocabularyEntryView => ({
  id: r.id,
  phrase: r.phrase,
  terms: r.terms,
  weight: r.weight,
  basis: r.basis,
  source: r.source,
  updatedAt: r.updatedAt.toISOString(),
});

const seeded = new WeakMap<object, Promise<void>>();

/**
 * Adds the seed entries this database has not had yet (a phrase an administrator added or
 * changed keeps its row). Runs once per database and seed version; later calls are free.
 */
export function ensureVocabularySeeded(db: Db): Promise<void> {
  let done = seeded.get(db);
  if (!done) {
    done = seed(db);
    seeded.set(db, done);
    done.catch(() => seeded.delete(db));
  }
  return done;
}

async function seed(db: Db): Promise<void> {
  await withTx(db, async (tx) => {
    const [state] = await tx.select().from(vocabularySeed).where(eq(vocabularySeed.id, 1));
    if (state && state.version >= VOCABULARY_SEED_VERSION) return;
    const rows = SEED_VOCABULARY.map((e) => ({
      ...e,
      phrase: normalizePhrase(e.phrase),
      source: 'seed',
    }));
    const added = await tx
      .insert(vocabulary)
      .values(rows)
      .onConflictDoNothing({ target: vocabulary.phrase })
      .returning({ id: vocabulary.id });
    await tx
      .insert(vocabularySeed)
      .values({ id: 1, version: VOCABULARY_SEED_VERSION })
      .onConflictDoUpdate({
        target: vocabularySeed.id,
        set: { version: VOCABULARY_SEED_VERSION, seededAt: new Date() },
      });
    await record(
      tx,
      { actor: null, requestId: null },
      {
        action: 'knowledge.vocabulary_seed',
        entityType: 'knowledge.vocabulary',
        entityId: 'seed',
        details: { version: VOCABULARY_SEED_VERSION, added: added.length },
      },
    );
  });
}

function authorizeManage(ctx: RequestContext) {
  authorize(requireActor(ctx), KnowledgePermissions.manage, { regionCode: ROOT_REGION });
}

export async function listVocabulary(
  ctx: RequestContext,
  query: VocabularyListQuery,
): Promise<Page<VocabularyEntryView>> {
  authorize(requireActor(ctx), KnowledgePermissions.read);
  await ensureVocabularySeeded(ctx.db);
  const where = query.q
    ? or(
        ilike(vocabulary.phrase, `%${query.q}%`),
        sql`${vocabulary.terms}::text like ${`%${query.q}%`}`,
      )
    : undefined;
  const [total] = await ctx.db.select({ n: count() }).from(vocabulary).where(where);
  const rows = await ctx.db
    .select()
    .from(vocabulary)
    .where(where)
    .orderBy(asc(vocabulary.phrase))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  return {
    items: rows.map(view),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function phraseTaken(tx: Executor, phrase: string, except?: string): Promise<void> {
  const [found] = await tx
    .select({ id: vocabulary.id })
    .from(vocabulary)
    .where(eq(vocabulary.phrase, phrase));
  if (found && found.id !== except) throw new AppError('KNOWLEDGE_VOCABULARY_EXISTS', { phrase });
}

export async function addVocabulary(
  ctx: RequestContext,
  input: VocabularyInput,
): Promise<VocabularyEntryView> {
  authorizeManage(ctx);
  await ensureVocabularySeeded(ctx.db);
  const phrase = normalizePhrase(input.phrase);
  return withTx(ctx.db, async (tx) => {
    await phraseTaken(tx, phrase);
    const [row] = await tx
      .insert(vocabulary)
      .values({
        phrase,
        terms: input.terms,
        weight: input.weight,
        basis: input.basis,
        source: 'admin',
      })
      .returning();
    await record(tx, auditContext(ctx), {
      action: 'knowledge.vocabulary_add',
      entityType: 'knowledge.vocabulary',
      entityId: row!.id,
      details: { phrase, terms: input.terms, weight: input.weight },
    });
    return view(row!);
  });
}

export async function updateVocabulary(
  ctx: RequestContext,
  id: string,
  patch: VocabularyPatch,
): Promise<VocabularyEntryView> {
  authorizeManage(ctx);
  return withTx(ctx.db, async (tx) => {
    const [before] = await tx.select().from(vocabulary).where(eq(vocabulary.id, id));
    if (!before) throw new AppError('KNOWLEDGE_VOCABULARY_NOT_FOUND');
    const phrase = patch.phrase === undefined ? undefined : normalizePhrase(patch.phrase);
    if (phrase !== undefined) await phraseTaken(tx, phrase, id);
    const [row] = await tx
      .update(vocabulary)
      .set({ ...patch, ...(phrase !== undefined ? { phrase } : {}), updatedAt: new Date() })
      .where(eq(vocabulary.id, id))
      .returning();
    await record(tx, auditContext(ctx), {
      action: 'knowledge.vocabulary_update',
      entityType: 'knowledge.vocabulary',
      entityId: id,
      details: {
        before: {
          phrase: before.phrase,
          terms: before.terms,
          weight: before.weight,
          basis: before.basis,
        },
        after: { phrase: row!.phrase, terms: row!.terms, weight: row!.weight, basis: row!.basis },
      },
    });
    return view(row!);
  });
}

export async function deleteVocabulary(ctx: RequestContext, id: string): Promise<void> {
  authorizeManage(ctx);
  await withTx(ctx.db, async (tx) => {
    const [row] = await tx.delete(vocabulary).where(eq(vocabulary.id, id)).returning();
    if (!row) throw new AppError('KNOWLEDGE_VOCABULARY_NOT_FOUND');
    await record(tx, auditContext(ctx), {
      action: 'knowledge.vocabulary_delete',
      entityType: 'knowledge.vocabulary',
      entityId: id,
      details: { phrase: row.phrase, terms: row.terms },
    });
  });
}

// ---- the expander the library search calls ----

interface Cached {
  stamp: string;
  entries: VocabularyLike[];
}
const cache = new WeakMap<object, Cached>();

async function entriesOf(db: Executor): Promise<VocabularyLike[]> {
  await ensureVocabularySeeded(db as Db);
  const [head] = await db
    .select({ n: count(), latest: max(vocabulary.updatedAt) })
    .from(vocabulary);
  const stamp = `${head?.n ?? 0}/${head?.latest?.toISOString() ?? ''}`;
  const cached = cache.get(db);
  if (cached && cached.stamp === stamp) return cached.entries;
  const rows = await db
    .select({ phrase: vocabulary.phrase, terms: vocabulary.terms, weight: vocabulary.weight })
    .from(vocabulary);
  cache.set(db, { stamp, entries: rows });
  return rows;
}

/** Adds to a library search the statutory words of the everyday phrases its query contains. */
export const vocabularyExpander: QueryExpander = async (query, db) =>
  matchVocabulary(query.text, query.words, await entriesOf(db));
