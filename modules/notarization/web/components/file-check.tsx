import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Typography, Upload } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { verifyFile } from '../api/notary';
import { useNt } from '../i18n/use-nt';
import { readAsBase64 } from '@web/api/uploads';
import { PublicCard } from './public-card';

/** Uploads a certificate file: is it byte-identical to the issued one? */
export function FileCheck({ number }: { number: string }) {
  const nt = useNt();
  const check = useMutation({
    mutationFn: async (file: Blob) => verifyFile(number, await readAsBase64(file)),
  });
  return (
    <PublicCard title={nt('notarization.verify.fileTitle')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">
        {nt('notarization.verify.fileIntro')}
      </Typography.Paragraph>
      <Upload
        maxCount={1}
        showUploadList={false}
        beforeUpload={(file) => {
          check.mutate(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={check.isPending} data-testid="verify-file">
          {nt('notarization.verify.fileChoose')}
        </Button>
      </Upload>
      {check.data && (
        <Alert
          style={{ marginTop: 12 }}
          showIcon
          type={check.data.identical ? 'success' : 'error'}
          data-testid="verify-file-result"
          data-identical={String(check.data.identical)}
          title={nt(
            check.data.identical
              ? 'notarization.verify.fileIdentical'
              : 'notarization.verify.fileDifferent',
          )}
          description={
            <Typography.Text code style={{ wordBreak: 'break-all' }}>
              SHA-256 {check.data.sha256}
            </Typography.Text>
          }
        />
      )}
      {check.error && <ErrorAlert error={check.error} />}
    </PublicCard>
  );
}
