// Stores a file of a case with its SHA-256 (uploaded evidence, mandates, generated notices).
import type { Executor } from '../../../platform/db/index.js';
import { renderDocx, sha256Hex, type OfficialDocument } from '../../../platform/documents/docx.js';
import { AppError } from '../../../platform/errors/index.js';
import type { FileInput } from '../contract.js';
import { documents } from '../db/schema.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export async function storeDocument(
  tx: Executor,
  caseId: string,
  kind: string,
  title: string,
  file: FileInput,
  createdBy: string | null,
) {
  const content = Buffer.from(file.contentBase64, 'base64');
  if (content.length === 0)
    throw new AppError('BAD_REQUEST', { reason: `文件“${file.fileName}”为空或不是有效的 base64` });
  if (content.length > MAX_FILE_BYTES)
    throw new AppError('BODY_TOO_LARGE', { limit: MAX_FILE_BYTES });
  const [row] = await tx
    .insert(documents)
    .values({
      caseId,
      kind,
      title,
      fileName: file.fileName,
      mimeType: file.mimeType,
      size: content.length,
      sha256: sha256Hex(content),
      content,
      generated: false,
      createdBy,
    })
    .returning({ id: documents.id, sha256: documents.sha256 });
  return row!;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Renders a notice or decision to .docx and stores it with the case. */
export async function storeGenerated(
  tx: Executor,
  caseId: string,
  kind: string,
  doc: OfficialDocument,
  createdBy: string | null,
) {
  const content = await renderDocx(doc);
  const [row] = await tx
    .insert(documents)
    .values({
      caseId,
      kind,
      title: doc.title,
      fileName: `${doc.title}-${doc.number}.docx`,
      mimeType: DOCX_MIME,
      size: content.length,
      sha256: sha256Hex(content),
      content,
      generated: true,
      createdBy,
    })
    .returning({ id: documents.id });
  return row!;
}
