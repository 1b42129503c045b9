// Stores a file of a case with its SHA-256 (materials, generated notices, the certificate).
import type { Executor } from '../../../platform/db/index.js';
import { type CaseFile, generatedFile, uploadedFile } from '../../../platform/documents/files.js';
import { type OfficialDocument, sha256Hex } from '../../../platform/documents/docx.js';
import type { FileInput } from '../contract.js';
import { documents } from '../db/schema.js';

export interface StoredFile {
  kind: string;
  title: string;
  fileName: string;
  mimeType: string;
  content: Buffer;
  generated: boolean;
}

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

/** Bytes made here (a QR code image), stored as they are. */
export function storeBytes(
  tx: Executor,
  caseId: string,
  file: StoredFile,
  createdBy: string | null,
) {
  const { kind, ...rest } = file;
  return store(
    tx,
    caseId,
    kind,
    { ...rest, size: rest.content.length, sha256: sha256Hex(rest.content) },
    createdBy,
  );
}

export function storeUpload(
  tx: Executor,
  caseId: string,
  kind: string,
  file: FileInput,
  createdBy: string | null,
) {
  return store(tx, caseId, kind, uploadedFile(file), createdBy);
}

/** Renders a notice or the certificate to .docx and stores it with the case. */
export async function storeGenerated(
  tx: Executor,
  caseId: string,
  kind: string,
  doc: OfficialDocument,
  createdBy: string | null,
) {
  const file = await generatedFile(doc);
  return { ...(await store(tx, caseId, kind, file, createdBy)), content: file.content };
}
