// Files a case keeps: an upload decoded and checked, or an official document rendered to Word.
// Each module stores them in its own documents table; what a file is stays the same everywhere.
import { AppError } from '../errors/index.js';
import { type OfficialDocument, renderDocx, sha256Hex } from './docx.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface CaseFile {
  title: string;
  fileName: string;
  mimeType: string;
  content: Buffer;
  size: number;
  sha256: string;
  generated: boolean;
}

const described = (f: Omit<CaseFile, 'size' | 'sha256'>): CaseFile => ({
  ...f,
  size: f.content.length,
  sha256: sha256Hex(f.content),
});

/** An upload sent as base64: refused when empty, not base64, or over the size limit. */
export function uploadedFile(upload: {
  title: string;
  fileName: string;
  mimeType: string;
  contentBase64: string;
}): CaseFile {
  const content = Buffer.from(upload.contentBase64, 'base64');
  if (content.length === 0) {
    throw new AppError('BAD_REQUEST', {
      reason: `文件“${upload.fileName}”为空或不是有效的 base64`,
    });
  }
  if (content.length > MAX_FILE_BYTES)
    throw new AppError('BODY_TOO_LARGE', { limit: MAX_FILE_BYTES });
  return described({
    title: upload.title,
    fileName: upload.fileName,
    mimeType: upload.mimeType,
    content,
    generated: false,
  });
}

/** A notice, decision or certificate rendered to .docx, named after its title and number. */
export async function generatedFile(doc: OfficialDocument): Promise<CaseFile> {
  const content = await renderDocx(doc);
  return described({
    title: doc.title,
    fileName: `${doc.title}-${doc.number}.docx`,
    mimeType: DOCX_MIME,
    content,
    generated: true,
  });
}
