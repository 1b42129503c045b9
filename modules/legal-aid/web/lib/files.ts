// Files chosen in an <Upload> travel to the server as base64 inside the JSON body.
import type { UploadFile } from 'antd';
import type { FileInput } from '../api/types';

function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export const uploadedFiles = (files: readonly UploadFile[] | undefined): Promise<FileInput[]> =>
  Promise.all(
    (files ?? []).map(async (file) => ({
      title: file.name.replace(/\.[^.]+$/, '').slice(0, 100) || file.name,
      fileName: file.name,
      mimeType: file.type || 'application/octet-stream',
      contentBase64: await base64Of(file.originFileObj as Blob),
    })),
  );

/** For <Form.Item valuePropName="fileList" getValueFromEvent={fileList}>. */
export const fileList = (event: { fileList?: UploadFile[] } | UploadFile[] | undefined) =>
  Array.isArray(event) ? event : (event?.fileList ?? []);

/** A blank text field is left out of the request. */
export const optional = (value: string | null | undefined) => value?.trim() || undefined;
