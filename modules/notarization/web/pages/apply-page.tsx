import { useMutation } from '@tanstack/react-query';
import { Button, Form, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { useState } from 'react';
import { submitApplication, useNotaryMeta } from '../api/notary';
import type { ApplicationReceipt } from '../api/types';
import {
  APPLICATION_DEFAULTS,
  hasJurisdiction,
  toApplicationBody,
} from '../components/application-body';
import { ApplicationFields, type ApplicationValues } from '../components/application-fields';
import { PublicCard } from '../components/public-card';
import { AgainButton, Receipt } from '../components/receipt';
import { useNt } from '../i18n/use-nt';

/** 网上申请公证: matter, applicant, jurisdiction facts and materials; the reply is the case number. */
export function ApplyPage() {
  const nt = useNt();
  const meta = useNotaryMeta();
  const [form] = Form.useForm<ApplicationValues>();
  const [receipt, setReceipt] = useState<ApplicationReceipt | null>(null);
  const [jurisdictionError, setJurisdictionError] = useState(false);
  const submit = useMutation({
    mutationFn: async (values: ApplicationValues) =>
      submitApplication(await toApplicationBody(values)),
    onSuccess: setReceipt,
  });

  if (meta.isPending) return <PageSpin />;
  if (meta.error) return <ErrorAlert error={meta.error} onRetry={() => void meta.refetch()} />;

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <PublicCard title={nt('notarization.apply.title')}>
        {receipt ? (
          <Receipt
            receipt={receipt}
            extra={
              <AgainButton
                onClick={() => {
                  setReceipt(null);
                  form.resetFields();
                }}
              />
            }
          />
        ) : (
          <Form<ApplicationValues>
            form={form}
            layout="vertical"
            initialValues={APPLICATION_DEFAULTS}
            autoComplete="off"
            onFinish={(values) => {
              const ok = hasJurisdiction(values);
              setJurisdictionError(!ok);
              if (ok) submit.mutate(values);
            }}
            data-testid="apply-form"
          >
            <ApplicationFields matters={meta.data.matterTypes} online />
            {jurisdictionError && (
              <Typography.Paragraph type="danger">
                {nt('notarization.apply.jurisdictionNeeded')}
              </Typography.Paragraph>
            )}
            {submit.error && <ErrorAlert error={submit.error} testId="apply-error" />}
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={submit.isPending}
              data-testid="apply-submit"
            >
              {nt('notarization.apply.submit')}
            </Button>
          </Form>
        )}
      </PublicCard>
    </div>
  );
}
