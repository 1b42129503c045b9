import { App, Upload } from 'antd';
import { useRt } from '../../i18n/use-rt';
import { MAX_FILE_BYTES } from '@web/api/uploads';

/**
 * `beforeUpload` of every <Upload> here: keep the file in the form (it is sent with the form as
 * base64, not uploaded on its own), and refuse one above the server's limit at once.
 */
export function useFileGuard() {
  const rt = useRt();
  const { message } = App.useApp();
  return (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      void message.error(rt('reconsideration.fileTooLarge', { name: file.name }));
      return Upload.LIST_IGNORE;
    }
    return false;
  };
}
