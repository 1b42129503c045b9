import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, DatePicker, Form, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { casesQueryKey, registerApplication, useNotaryMeta } from '../api/notary';
import type { ApplicationReceipt } from '../api/types';
import {
  APPLICATION_DEFAULTS,
  hasJurisdiction,
  toApplicationBody,
} from '../components/application-body';
import { ApplicationFields, type ApplicationValues } from '../components/application-fields';
import { AgainButton, Receipt } from '../components/receipt';
import { useNt } from '../i18n/use-nt';

interface IntakeValues extends ApplicationValues {
  receivedDate: Dayjs;
  appearedInPerson: boolean;
}

/** 受理台: the clerk registers an application brought to the counter. */
export function IntakePage() {
  const nt = useNt();
  const meta = useNotaryMeta();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IntakeValues>();
  const [receipt, setReceipt] = useState<ApplicationReceipt | null>(null);
  const [jurisdictionError, setJurisdictionError] = useState(false);
  const submit = useMutation({
    mutationFn: async (values: IntakeValues) =>
      registerApplication({
        ...(await toApplicationBody(values)),
        receivedDate: values.receivedDate.format('YYYY-MM-DD'),
        appearedInPerson: values.appearedInPerson,
      }),
    onSuccess: (reply) => {
      setReceipt(reply);
      void queryClient.invalidateQueries({ queryKey: casesQueryKey });
    },
  });

  if (meta.isPending) return <PageSpin />;
  if (meta.error) return <ErrorAlert error={meta.error} onRetry={() => void meta.refetch()} />;

  return (
    <Card title={nt('notarization.intake.title')} style={{ maxWidth: 760 }}>
      {receipt ? (
        <Receipt
          receipt={receipt}
          extra={[
            <Link key="open" to={`/notarization/cases/${receipt.caseId}`} data-testid="intake-open">
              <Button type="primary">{nt('notarization.intake.open')}</Button>
            </Link>,
            <AgainButton
              key="again"
              onClick={() => {
                setReceipt(null);
                form.resetFields();
              }}
            />,
          ]}
        />
      ) : (
        <Form<IntakeValues>
          form={form}
          layout="vertical"
          autoComplete="off"
          initialValues={{ ...APPLICATION_DEFAULTS, receivedDate: dayjs(), appearedInPerson: true }}
          onFinish={(values) => {
            const ok = hasJurisdiction(values);
            setJurisdictionError(!ok);
            if (ok) submit.mutate(values);
          }}
          data-testid="intake-form"
        >
          <Form.Item
            name="receivedDate"
            label={nt('notarization.intake.receivedDate')}
            rules={[{ required: true, message: nt('notarization.required') }]}
          >
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="appearedInPerson" valuePropName="checked">
            <Checkbox>{nt('notarization.intake.appeared')}</Checkbox>
          </Form.Item>
          <ApplicationFields matters={meta.data.matterTypes} online={false} />
          {jurisdictionError && (
            <Typography.Paragraph type="danger">
              {nt('notarization.apply.jurisdictionNeeded')}
            </Typography.Paragraph>
          )}
          {submit.error && <ErrorAlert error={submit.error} />}
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {nt('notarization.intake.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
