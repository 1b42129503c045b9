// The two tables every case module keeps beside its cases: the timeline of events (one row per
// step, with who, when and the legal date) and the case's files (uploads and generated notices).
// Each module creates them in its own Postgres schema; the columns, and the code that reads and
// writes them, are the same everywhere.
import { and, asc, eq } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  type PgSchema,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, instant as ts, legalDate } from '../db/columns.js';
import type { Executor } from '../db/index.js';
import type { OfficialDocument } from '../documents/docx.js';
import { sha256Hex } from '../documents/docx.js';
import { type CaseFile, generatedFile, uploadedFile } from '../documents/files.js';

/** `events` and `documents` of one module's schema, both pointing at its cases. */
export function defineCaseTables(schema: PgSchema, caseId: () => AnyPgColumn) {
  const events = schema.table(
    'events',
    {
      id: bigserial('id', { mode: 'number' }).primaryKey(),
      caseId: uuid('case_id').notNull().references(caseId, { onDelete: 'cascade' }),
      at: ts('at').notNull().defaultNow(),
      onDate: legalDate('on_date').notNull(),
      action: text('action').notNull(),
      fromState: text('from_state'),
      toState: text('to_state').notNull(),
      actorId: uuid('actor_id'),
      actorName: text('actor_name'),
      note: text('note'),
      details: jsonb('details').$type<Record<string, unknown>>().notNull(),
      /** Shown to the applicant on the public tracking page (never internal notes). */
      public: boolean('public').notNull().default(false),
    },
    (t) => [index('events_case_idx').on(t.caseId, t.at)],
  );
  const documents = schema.table(
    'documents',
    {
      id: uuid('id').primaryKey().defaultRandom(),
      caseId: uuid('case_id').notNull().references(caseId, { onDelete: 'cascade' }),
      kind: text('kind').notNull(),
      title: text('title').notNull(),
      fileName: text('file_name').notNull(),
      mimeType: text('mime_type').notNull(),
      size: integer('size').notNull(),
      sha256: text('sha256').notNull(),
      content: bytea('content').notNull(),
      generated: boolean('generated').notNull(),
      createdAt: ts('created_at').notNull().defaultNow(),
      createdBy: text('created_by'),
    },
    (t) => [index('documents_case_idx').on(t.caseId)],
  );
  return { events, documents };
}

export type CaseTables = ReturnType<typeof defineCaseTables>;
export type CaseEventRow = CaseTables['events']['$inferSelect'];
export type NewCaseEvent = CaseTables['events']['$inferInsert'];

/** An upload as the API receives it. */
export interface FileUpload {
  title: string;
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

/** Bytes made by Sifa itself (a QR code image), stored as they are. */
export interface MadeFile {
  kind: string;
  title: string;
  fileName: string;
  mimeType: string;
  content: Buffer;
  generated: boolean;
}

/** Reads and writes of one module's events and documents. */
export function caseRecords({ events, documents }: CaseTables) {
  async function store(
    tx: Executor,
    caseId: string,
    kind: string,
    file: CaseFile,
    createdBy: string | null,
  ) {
    const [row] = await tx
      .insert(documents)
      .values({ caseId, kind, ...file, createdBy })
      .returning({ id: documents.id });
    return { id: row!.id, sha256: file.sha256 };
  }

  return {
    addEvent: async (tx: Executor, event: NewCaseEvent) => {
      await tx.insert(events).values(event);
    },
    events: (db: Executor, caseId: string) =>
      db.select().from(events).where(eq(events.caseId, caseId)).orderBy(asc(events.id)),
    documents: (db: Executor, caseId: string) =>
      db
        .select({
          id: documents.id,
          kind: documents.kind,
          title: documents.title,
          fileName: documents.fileName,
          size: documents.size,
          sha256: documents.sha256,
          generated: documents.generated,
          createdAt: documents.createdAt,
        })
        .from(documents)
        .where(eq(documents.caseId, caseId))
        .orderBy(asc(documents.createdAt)),
    loadDocument: async (db: Executor, caseId: string, documentId: string) => {
      const [row] = await db
        .select()
        .from(documents)
        .where(and(eq(documents.caseId, caseId), eq(documents.id, documentId)));
      return row;
    },
    storeUpload: (
      tx: Executor,
      caseId: string,
      kind: string,
      file: FileUpload,
      by: string | null,
    ) => store(tx, caseId, kind, uploadedFile(file), by),
    storeBytes: (tx: Executor, caseId: string, file: MadeFile, by: string | null) => {
      const { kind, ...rest } = file;
      const described = { ...rest, size: rest.content.length, sha256: sha256Hex(rest.content) };
      return store(tx, caseId, kind, described, by);
    },
    /** Renders a notice, decision or certificate to .docx and stores it with the case. */
    storeGenerated: async (
      tx: Executor,
      caseId: string,
      kind: string,
      doc: OfficialDocument,
      by: string | null,
    ) => {
      const file = await generatedFile(doc);
      return { ...(await store(tx, caseId, kind, file, by)), content: file.content };
    },
  };
}

export type CaseRecords = ReturnType<typeof caseRecords>;
