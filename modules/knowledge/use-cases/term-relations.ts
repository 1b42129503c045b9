// An administrator keeps the term base: adds a term, relates two terms as synonyms or related
// terms (a new related term is added to the base), removes a relation. Each change is one
// transaction with its audit event. The term base serves the whole city: editing it needs the
// permission and an actor at the city level.
import { and, eq, or } from 'drizzle-orm';
import { record } from '../../../platform/audit/index.js';
import { authorize, ROOT_REGION } from '../../../platform/auth/permissions.js';
import type { Tx } from '../../../platform/db/index.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { termRelations, terms, type TermRelationKind } from '../db/schema.js';
import { KnowledgePermissions } from '../domain/permissions.js';

/** 2–30 characters, no spaces or punctuation: a word, not a sentence. */
export function validTerm(term: string): boolean {
  const length = [...term].length;
  return length >= 2 && length <= 30 && !/[\s\p{P}\p{S}]/u.test(term);
}

function authorizeManage(ctx: RequestContext) {
  const actor = requireActor(ctx);
  authorize(actor, KnowledgePermissions.manage, { regionCode: ROOT_REGION });
  return actor;
}

async function termOrCreate(tx: Tx, term: string, create: boolean) {
  const [found] = await tx.select().from(terms).where(eq(terms.term, term));
  if (found) return { row: found, created: false };
  if (!create) throw new AppError('KNOWLEDGE_TERM_NOT_FOUND', { term });
  if (!validTerm(term)) throw new AppError('KNOWLEDGE_TERM_INVALID', { term });
  const [row] = await tx.insert(terms).values({ term, source: 'admin' }).returning();
  return { row: row!, created: true };
}

export async function addTerm(ctx: RequestContext, term: string): Promise<{ id: string }> {
  authorizeManage(ctx);
  return withTx(ctx.db, async (tx) => {
    const { row, created } = await termOrCreate(tx, term.trim(), true);
    if (created) {
      await record(tx, auditContext(ctx), {
        action: 'knowledge.add_term',
        entityType: 'knowledge.term',
        entityId: row.id,
        details: { term: row.term },
      });
    }
    return { id: row.id };
  });
}

export async function addRelation(
  ctx: RequestContext,
  term: string,
  input: { related: string; kind: TermRelationKind; note?: string },
): Promise<{ id: string }> {
  const actor = authorizeManage(ctx);
  return withTx(ctx.db, async (tx) => {
    const { row: from } = await termOrCreate(tx, term.trim(), false);
    const { row: to, created } = await termOrCreate(tx, input.related.trim(), true);
    if (from.id === to.id) throw new AppError('KNOWLEDGE_RELATION_SELF');
    // One row serves both directions: 甲→乙 and 乙→甲 are the same relation.
    const [existing] = await tx
      .select({ id: termRelations.id })
      .from(termRelations)
      .where(
        and(
          eq(termRelations.kind, input.kind),
          or(
            and(eq(termRelations.termId, from.id), eq(termRelations.relatedTermId, to.id)),
            and(eq(termRelations.termId, to.id), eq(termRelations.relatedTermId, from.id)),
          ),
        ),
      );
    if (existing) {
      throw new AppError('KNOWLEDGE_RELATION_EXISTS', { term: from.term, related: to.term });
    }
    const [relation] = await tx
      .insert(termRelations)
      .values({
        termId: from.id,
        relatedTermId: to.id,
        kind: input.kind,
        note: input.note || null,
        createdBy: actor.displayName,
      })
      .returning({ id: termRelations.id });
    await record(tx, auditContext(ctx), {
      action: 'knowledge.add_term_relation',
      entityType: 'knowledge.term_relation',
      entityId: relation!.id,
      details: { term: from.term, related: to.term, kind: input.kind, newTerm: created },
    });
    return { id: relation!.id };
  });
}

export async function removeRelation(ctx: RequestContext, id: string): Promise<void> {
  authorizeManage(ctx);
  await withTx(ctx.db, async (tx) => {
    const [removed] = await tx.delete(termRelations).where(eq(termRelations.id, id)).returning({
      termId: termRelations.termId,
      relatedTermId: termRelations.relatedTermId,
      kind: termRelations.kind,
    });
    if (!removed) throw new AppError('KNOWLEDGE_RELATION_NOT_FOUND');
    await record(tx, auditContext(ctx), {
      action: 'knowledge.remove_term_relation',
      entityType: 'knowledge.term_relation',
      entityId: id,
      details: { ...removed },
    });
  });
}
