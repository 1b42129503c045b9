import {
  CheckCircleFilled,
  CloseCircleFilled,
  DownloadOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Input, List, Typography, Upload } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { fetchBundle } from '../api/notary';
import { useNt } from '../i18n/use-nt';
import { verifyBundle, type CheckName, type OfflineResult } from '../offline-verify';
import { PublicCard } from './public-card';

const CHECKS: CheckName[] = ['signature', 'root', 'inclusion'];

function saveJson(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 离线核验: download the proof bundle; paste or upload one and verify it in the browser. */
export function OfflinePanel({ number }: { number: string }) {
  const nt = useNt();
  const [text, setText] = useState('');
  const [result, setResult] = useState<OfflineResult | null>(null);

  const download = useMutation({
    mutationFn: () => fetchBundle(number),
    onSuccess: (bundle) => {
      const json = JSON.stringify(bundle, null, 2);
      setText(json);
      setResult(null);
      saveJson(`notary-proof-${bundle.leafIndex}.json`, json);
    },
  });
  const check = useMutation({ mutationFn: verifyBundle, onSuccess: setResult });

  return (
    <PublicCard title={nt('notarization.verify.offlineTitle')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">
        {nt('notarization.verify.offlineIntro')}
      </Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {number && (
          <Button
            icon={<DownloadOutlined />}
            loading={download.isPending}
            onClick={() => download.mutate()}
            data-testid="bundle-download"
          >
            {nt('notarization.verify.downloadBundle')}
          </Button>
        )}
        <Upload
          maxCount={1}
          showUploadList={false}
          accept=".json,application/json"
          beforeUpload={(file) => {
            void file.text().then((content) => {
              setText(content);
              setResult(null);
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{nt('notarization.verify.bundleUpload')}</Button>
        </Upload>
      </Flex>
      {download.error && <ErrorAlert error={download.error} />}
      <Input.TextArea
        aria-label={nt('notarization.verify.bundleText')}
        placeholder={nt('notarization.verify.bundlePlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setResult(null);
        }}
        autoSize={{ minRows: 4, maxRows: 12 }}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        data-testid="bundle-text"
      />
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        disabled={!text.trim()}
        loading={check.isPending}
        onClick={() => check.mutate(text)}
        data-testid="bundle-verify"
      >
        {nt('notarization.verify.bundleCheck')}
      </Button>
      {result && <OfflineChecks result={result} />}
    </PublicCard>
  );
}

function OfflineChecks({ result }: { result: OfflineResult }) {
  const nt = useNt();
  const number = typeof result.entry?.number === 'string' ? result.entry.number : null;
  return (
    <div style={{ marginTop: 12 }} data-testid="bundle-result" data-ok={String(result.ok)}>
      <Alert
        showIcon
        type={result.ok ? 'success' : 'error'}
        title={
          result.malformed
            ? nt('notarization.verify.malformed', { reason: result.malformed })
            : nt(result.ok ? 'notarization.verify.offlineOk' : 'notarization.verify.offlineFail')
        }
      />
      <List
        size="small"
        dataSource={CHECKS}
        renderItem={(name) => (
          <List.Item data-testid={`bundle-check-${name}`} data-passed={String(result.checks[name])}>
            <span>{nt(`notarization.verify.check.${name}`)}</span>
            {result.checks[name] ? (
              <Typography.Text type="success">
                <CheckCircleFilled /> {nt('notarization.verify.passed')}
              </Typography.Text>
            ) : (
              <Typography.Text type="danger">
                <CloseCircleFilled /> {nt('notarization.verify.failed')}
              </Typography.Text>
            )}
          </List.Item>
        )}
      />
      {number && result.ok && (
        <Typography.Text type="secondary">
          {nt('notarization.verify.entryNumber')}: {number}
        </Typography.Text>
      )}
    </div>
  );
}
