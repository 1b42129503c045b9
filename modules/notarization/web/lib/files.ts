// Files chosen in an <Upload> travel to the server as base64 inside the JSON body.
import type { UploadFile } from 'antd';
import type { FileInput } from '../api/types';

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

/** The file name without its extension: the title of a material. */
export function titleOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).slice(0, 100);
}

export function toFileInputs(files: readonly UploadFile[] | undefined): Promise<FileInput[]> {
  return Promise.all(
    (files ?? []).map(async (file) => {
      const blob = file.originFileObj;
      if (!blob) throw new Error(`file ${file.name} has no content`);
      return {
        title: titleOf(file.name),
        fileName: file.name,
        mimeType: file.type || blob.type || 'application/octet-stream',
        contentBase64: await readAsBase64(blob),
      };
    }),
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
