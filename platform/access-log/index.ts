// Access transparency (as Estonia's Data Tracker): every staff read of a person's file or of a
// case that names them is logged with who, when, which record and the purpose chosen from a
// fixed list; the person sees that log on a citizen page. Modules call logPersonRead (or
// logCaseRead) in their read use cases; only reads by a signed-in staff member are logged.
import { and, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { organizations } from '../auth/schema.js';
import { type Executor, type Tx, withTx } from '../db/index.js';
import type { RequestContext } from '../http/context.js';
import { offsetOf, type Page, type PageQuery } from '../http/pagination.js';
import type { Locale, Localized } from '../i18n/index.js';
import { accessLog } from './schema.js';

export { accessLog } from './schema.js';

/** Why a staff member reads a person's data: the list every read picks from. */
export const READ_PURPOSES = {
  handling: { 'zh-CN': '办理案件', en: 'Handling the case' },
  review: { 'zh-CN': '审核审批', en: 'Review and approval' },
  supervision: { 'zh-CN': '监督检查', en: 'Supervision and inspection' },
  statistics: { 'zh-CN': '统计分析', en: 'Statistics and analysis' },
  answering: { 'zh-CN': '答复当事人', en: 'Answering the person' },
  legal_assistance: { 'zh-CN': '依法协查', en: 'Assistance requested under the law' },
} as const satisfies Record<string, Localized>;
export type ReadPurpose = keyof typeof READ_PURPOSES;
export const READ_PURPOSE_CODES = Object.keys(READ_PURPOSES) as [ReadPurpose, ...ReadPurpose[]];

/** What was done with the data. */
export const ACCESS_KINDS = {
  read: { 'zh-CN': '查阅', en: 'Read' },
  reveal: { 'zh-CN': '查看完整身份证号码', en: 'Full ID number shown' },
  lookup: { 'zh-CN': '按身份证号码查询', en: 'Looked up by ID number' },
  list: { 'zh-CN': '列表查询', en: 'Listed' },
  export: { 'zh-CN': '导出', en: 'Exported' },
} as const satisfies Record<string, Localized>;
export type AccessKind = keyof typeof ACCESS_KINDS;

/** The purpose as a request field: required where a person's file is opened. */
export const readPurpose = z.enum(READ_PURPOSE_CODES, { message: '请选择查阅目的' });
/** The query of a case read (GET …/cases/:id?purpose=…): 办理案件 unless the reader says else. */
export const caseReadQuery = z.strictObject({ purpose: readPurpose.default('handling') });

export const purposeLabel = (purpose: string, locale: Locale) =>
  READ_PURPOSES[purpose as ReadPurpose]?.[locale] ?? purpose;
export const accessKindLabel = (kind: string, locale: Locale) =>
  ACCESS_KINDS[kind as AccessKind]?.[locale] ?? kind;

export interface PersonRead {
  /** `DataCipher.blindIndex` of the person's resident ID number. */
  idNumberIndex: string;
  /** The module whose record is read, e.g. `reconsideration`. */
  module: string;
  /** `case` for a case, `person` for the person file. */
  entityType: string;
  entityId: string;
  purpose: ReadPurpose;
  /** The record's region, when it has one. */
  regionCode?: string | null;
  /** `read` unless said otherwise. */
  kind?: AccessKind;
}

const CHUNK = 2_000; // rows per INSERT: well under PostgreSQL's 65,535 parameters

/**
 * Logs reads of persons' data in the caller's transaction. Nothing is logged without a staff
 * actor (a citizen reading their own matters, a system job). Returns the rows written.
 */
export async function logPersonReads(
  tx: Tx,
  ctx: RequestContext,
  reads: PersonRead[],
): Promise<number> {
  const actor = ctx.actor;
  if (!actor || reads.length === 0) return 0;
  const values = reads.map((read) => {
    if (!(read.purpose in READ_PURPOSES)) throw new Error(`unknown read purpose ${read.purpose}`);
    if (read.kind && !(read.kind in ACCESS_KINDS)) throw new Error(`unknown kind ${read.kind}`);
    return {
      idNumberIndex: read.idNumberIndex,
      kind: read.kind ?? 'read',
      actorId: actor.userId,
      actorName: actor.displayName,
      organizationId: actor.organizationId,
      module: read.module,
      entityType: read.entityType,
      entityId: read.entityId,
      regionCode: read.regionCode ?? null,
      purpose: read.purpose,
      requestId: ctx.requestId,
    };
  });
  for (let i = 0; i < values.length; i += CHUNK) {
    await tx.insert(accessLog).values(values.slice(i, i + CHUNK));
  }
  return values.length;
}

/** Logs one read of a person's data in the caller's transaction (see logPersonReads). */
export async function logPersonRead(tx: Tx, ctx: RequestContext, read: PersonRead): Promise<void> {
  await logPersonReads(tx, ctx, [read]);
}

/**
 * Logs a staff read of one case: one row per distinct person named in it with an ID number
 * (pass the parties' `id_number_index` values; nulls are skipped), in its own transaction.
 * For read use cases that run outside a transaction, such as a module's get-case.
 */
export async function logCaseRead(
  ctx: RequestContext,
  read: {
    module: string;
    caseId: string;
    regionCode: string | null;
    idNumberIndexes: (string | null)[];
    purpose: ReadPurpose;
  },
): Promise<void> {
  const indexes = [...new Set(read.idNumberIndexes.filter((i): i is string => !!i))];
  if (!ctx.actor || indexes.length === 0) return;
  await withTx(ctx.db, (tx) =>
    logPersonReads(
      tx,
      ctx,
      indexes.map((idNumberIndex) => ({
        idNumberIndex,
        module: read.module,
        entityType: 'case',
        entityId: read.caseId,
        regionCode: read.regionCode,
        purpose: read.purpose,
      })),
    ),
  );
}

export interface PersonReadRow {
  id: number;
  at: Date;
  kind: string;
  actorName: string;
  organizationName: string | null;
  module: string;
  entityType: string;
  entityId: string;
  purpose: string;
}

/** The reads of one person's data, the newest first: what the person's own page shows. */
export async function personReads(
  db: Executor,
  idNumberIndex: string,
  page: PageQuery,
): Promise<Page<PersonReadRow>> {
  const where = eq(accessLog.idNumberIndex, idNumberIndex);
  const items = await db
    .select({
      id: accessLog.id,
      at: accessLog.at,
      kind: accessLog.kind,
      actorName: accessLog.actorName,
      organizationName: organizations.name,
      module: accessLog.module,
      entityType: accessLog.entityType,
      entityId: accessLog.entityId,
      purpose: accessLog.purpose,
    })
    .from(accessLog)
    .leftJoin(organizations, eq(organizations.id, accessLog.organizationId))
    .where(where)
    .orderBy(desc(accessLog.at), desc(accessLog.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [total] = await db.select({ n: count() }).from(accessLog).where(and(where));
  return { items, total: Number(total?.n ?? 0), page: page.page, pageSize: page.pageSize };
}
