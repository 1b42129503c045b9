// Stores a file of a case with its SHA-256 (uploaded evidence, mandates, generated notices).
import type { Executor } from '../../../platform/db/index.js';
import type { OfficialDocument } from '../../../platform/documents/docx.js';
import { type CaseFile, generatedFile, uploadedFile } from '../../../platform/documents/files.js';
import type { FileInput } from '../contract.js';
import { documents } from '../db/schema.js';

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
    .returning({ id: documents.id, sha256: documents.sha256 });
  return row!;
}

export function storeDocument(
  tx: Executor,
  caseId: string,
  kind: string,
  title: string,
  file: FileInput,
  createdBy: string | null,
) {
  return store(tx, caseId, kind, uploadedFile({ ...file, title }), createdBy);
}

/** Renders a notice or decision to .docx and stores it with the case. */
export async function storeGenerated(
  tx: Executor,
  caseId: string,
  kind: string,
  doc: OfficialDocument,
  createdBy: string | null,
) {
  return store(tx, caseId, kind, await generatedFile(doc), createdBy);
}
