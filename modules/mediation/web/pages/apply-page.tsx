import { useMutation } from '@tanstack/react-query';
import { Button, Form, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { submitApplication } from '../api/mediation';
import type { Receipt as ReceiptData } from '../api/types';
import { DISPUTE_DEFAULTS, toApplication, type DisputeValues } from '../components/dispute-form';
import { DisputeFields } from '../components/dispute-fields';
import { PublicCard, Receipt } from '../components/receipt';
import { useMt } from '../i18n/use-mt';

/** 申请人民调解: the dispute, where it arose, the parties; the reply names the committee. */
export function ApplyPage() {
  const mt = useMt();
  const [form] = Form.useForm<DisputeValues>();
  const [receipt, setReceipt] = useState<ReceiptData | null>(null);
  const submit = useMutation({
    mutationFn: (values: DisputeValues) => submitApplication(toApplication(values)),
    onSuccess: setReceipt,
  });

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <PublicCard title={mt('mediation.apply.title')}>
        {receipt ? (
          <Receipt
            receipt={receipt}
            extra={
              <Link
                to="/public/mediation/track"
                state={{ caseNumber: receipt.caseNumber, trackingCode: receipt.trackingCode }}
                data-testid="receipt-track"
              >
                <Button type="primary">{mt('mediation.receipt.track')}</Button>
              </Link>
            }
          />
        ) : (
          <Form<DisputeValues>
            form={form}
            layout="vertical"
            initialValues={DISPUTE_DEFAULTS}
            autoComplete="off"
            onFinish={(values) => submit.mutate(values)}
            data-testid="apply-form"
          >
            <Typography.Paragraph type="secondary">
              {mt('mediation.apply.intro')}
            </Typography.Paragraph>
            <DisputeFields form={form} strictApplicant />
            {submit.error && <ErrorAlert error={submit.error} testId="apply-error" />}
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={submit.isPending}
              data-testid="apply-submit"
            >
              {mt('mediation.apply.submit')}
            </Button>
          </Form>
        )}
      </PublicCard>
    </div>
  );
}
