import { Alert, Typography } from 'antd';
import { useState } from 'react';
import type { ApplicationReceipt } from '../api/types';
import { ApplicationStepsForm } from '../components/application/application-steps-form';
import { ReceiptResult } from '../components/public/receipt-result';
import { PublicCard } from '../components/public/public-card';
import { useRt } from '../i18n/use-rt';

/** 网上申请行政复议: anyone, without an account, on a phone or a computer. */
export function ApplyPage() {
  const rt = useRt();
  const [receipt, setReceipt] = useState<ApplicationReceipt | null>(null);
  // a new form after "apply again": its key changes, so nothing of the last one remains
  const [formKey, setFormKey] = useState(0);

  return (
    <PublicCard>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {rt('reconsideration.public.apply')}
      </Typography.Title>
      {receipt ? (
        <ReceiptResult
          receipt={receipt}
          onAnother={() => {
            setReceipt(null);
            setFormKey((key) => key + 1);
          }}
        />
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            title={rt('reconsideration.apply.intro')}
            style={{ marginBottom: 16 }}
          />
          <ApplicationStepsForm
            key={formKey}
            onSubmitted={(reply) => {
              setReceipt(reply);
              window.scrollTo({ top: 0 });
            }}
          />
        </>
      )}
    </PublicCard>
  );
}
