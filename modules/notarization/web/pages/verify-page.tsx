import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { verifyNumber } from '../api/notary';
import { FileCheck } from '../components/file-check';
import { OfflinePanel } from '../components/offline-panel';
import { PublicCard } from '../components/public-card';
import { VerificationResult } from '../components/verification-result';
import { useNt } from '../i18n/use-nt';

/** 公证书核验: by number (also `?number=` from the QR code), by file, and offline by bundle. */
export function VerifyPage() {
  const nt = useNt();
  const [params, setParams] = useSearchParams();
  const initial = params.get('number') ?? '';
  const [form] = Form.useForm<{ number: string }>();
  const [number, setNumber] = useState('');
  const check = useMutation({
    mutationFn: verifyNumber,
    onSuccess: (result) => setNumber(result.genuine ? result.number : ''),
  });
  const { mutate } = check;

  useEffect(() => {
    if (initial) mutate(initial.trim());
  }, [initial, mutate]);

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <PublicCard title={nt('notarization.verify.title')}>
        <Typography.Paragraph type="secondary">
          {nt('notarization.verify.intro')}
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ number: initial }}
          onFinish={({ number: value }) => {
            // a new number goes through the URL (shareable, like the QR code's link)
            if (value.trim() === initial.trim()) check.mutate(value.trim());
            else setParams({ number: value.trim() }, { replace: true });
          }}
        >
          <Form.Item
            name="number"
            label={nt('notarization.verify.number')}
            rules={[{ required: true, whitespace: true, message: nt('notarization.required') }]}
          >
            <Input placeholder={nt('notarization.verify.numberPlaceholder')} maxLength={80} />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={check.isPending}
            block
            data-testid="verify-submit"
          >
            {nt('notarization.verify.submit')}
          </Button>
        </Form>
        {check.error && <ErrorAlert error={check.error} />}
        {check.data && (
          <div style={{ marginTop: 16 }}>
            <VerificationResult result={check.data} />
          </div>
        )}
      </PublicCard>
      {number && <FileCheck number={number} />}
      <OfflinePanel number={number} />
      <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to="/public/notary/revocations" data-testid="revocations-link">
          {nt('notarization.revocations.title')}
        </Link>
      </Typography.Paragraph>
    </div>
  );
}
