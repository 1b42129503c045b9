// Files chosen in an <Upload> travel to the server as base64 inside the JSON body; every module's
// forms use these helpers.
import type { UploadFile } from 'antd';

/** The server takes up to 14,000,000 base64 characters per file: about 10 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface UploadedFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

export interface TitledUpload extends UploadedFile {
  title: string;
}

export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export async function toFileInput(file: UploadFile): Promise<UploadedFile> {
  const blob = file.originFileObj;
  if (!blob) throw new Error(`file ${file.name} has no content`);
  return {
    fileName: file.name,
    mimeType: file.type || blob.type || 'application/octet-stream',
    contentBase64: await readAsBase64(blob),
  };
}

/** The file name without its extension: the title of an attachment. */
export function titleOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).slice(0, 100);
}

/** Each chosen file with its title (the name without extension) and content. */
export function toTitledFiles(files: readonly UploadFile[] | undefined): Promise<TitledUpload[]> {
  return Promise.all(
    (files ?? []).map(async (file) => ({
      title: titleOf(file.name),
      ...(await toFileInput(file)),
    })),
  );
}

/** For <Form.Item valuePropName="fileList" getValueFromEvent={fileListOf}>. */
export function fileListOf(event: { fileList?: UploadFile[] } | UploadFile[] | undefined) {
  return Array.isArray(event) ? event : (event?.fileList ?? []);
}

/** An empty or blank text field is left out of the request. */
export function optionalText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
