// Stores a file of a case with its SHA-256 (materials, generated notices, the certificate).
import type { Executor } from '../../../platform/db/index.js';
import { renderDocx, sha256Hex, type OfficialDocument } from '../../../platform/documents/docx.js';
import { AppError } from '../../../platform/errors/index.js';
import type { FileInput } from '../contract.js';
import { documents } from '../db/schema.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface StoredFile {
  kind: string;
  title: string;
  fileName: string;
  mimeType: string;
  content: Buffer;
  generated: boolean;
}

export async function storeBytes(
  tx: Executor,
  caseId: string,
  file: StoredFile,
  createdBy: string | null,
) {
  const sha256 = sha256Hex(file.content);
  const [row] = await tx
    .insert(documents)
    .values({ caseId, ...file, size: file.content.length, sha256, createdBy })
    .returning({ id: documents.id });
  return { id: row!.id, sha256 };
}

export async function storeUpload(
  tx: Executor,
  caseId: string,
  kind: string,
  file: FileInput,
  createdBy: string | null,
) {
  const content = Buffer.from(file.contentBase64, 'base64');
  if (content.length === 0)
    throw new AppError('BAD_REQUEST', { reason: `文件“${file.fileName}”为空或不是有效的 base64` });
  if (content.length > MAX_FILE_BYTES)
    throw new AppError('BODY_TOO_LARGE', { limit: MAX_FILE_BYTES });
  const { title, fileName, mimeType } = file;
  return storeBytes(
    tx,
    caseId,
    { kind, title, fileName, mimeType, content, generated: false },
    createdBy,
  );
}

/** Renders a notice or the certificate to .docx and stores it with the case. */
export async function storeGenerated(
  tx: Executor,
  caseId: string,
  kind: string,
  doc: OfficialDocument,
  createdBy: string | null,
) {
  const content = await renderDocx(doc);
  const stored = await storeBytes(
    tx,
    caseId,
    {
      kind,
      title: doc.title,
      fileName: `${doc.title}-${doc.number}.docx`,
      mimeType: DOCX_MIME,
      content,
      generated: true,
    },
    createdBy,
  );
  return { ...stored, content };
}
