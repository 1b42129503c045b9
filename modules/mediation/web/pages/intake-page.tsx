import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Select } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { casesQueryKey, registerDispute, useMediationMeta } from '../api/mediation';
import type { Receipt as ReceiptData, RegisterInput } from '../api/types';
import { DISPUTE_DEFAULTS, toApplication, type DisputeValues } from '../components/dispute-form';
import { DisputeFields } from '../components/dispute-fields';
import { Receipt } from '../components/receipt';
import { useMt } from '../i18n/use-mt';

interface IntakeValues extends DisputeValues {
  channel: RegisterInput['channel'];
  receivedDate: Dayjs;
  referralBody?: string;
  referralReference?: string;
}

/** 纠纷登记: a party at the window, the committee's own initiative, or a court / police referral. */
export function IntakePage() {
  const mt = useMt();
  const meta = useMediationMeta();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IntakeValues>();
  const channel = Form.useWatch('channel', form);
  const [receipt, setReceipt] = useState<ReceiptData | null>(null);
  const submit = useMutation({
    mutationFn: (v: IntakeValues) =>
      registerDispute({
        ...toApplication(v),
        channel: v.channel,
        receivedDate: v.receivedDate.format('YYYY-MM-DD'),
        referral: v.referralBody?.trim()
          ? { body: v.referralBody.trim(), reference: v.referralReference?.trim() || undefined }
          : undefined,
      }),
    onSuccess: (reply) => {
      setReceipt(reply);
      void queryClient.invalidateQueries({ queryKey: casesQueryKey });
    },
  });
  const referred = channel === 'court' || channel === 'police';

  return (
    <Card title={mt('mediation.intake.title')} style={{ maxWidth: 760 }}>
      {receipt ? (
        <Receipt
          receipt={receipt}
          extra={[
            <Link key="open" to={`/mediation/cases/${receipt.caseId}`} data-testid="intake-open">
              <Button type="primary">{mt('mediation.intake.open')}</Button>
            </Link>,
            <Button
              key="again"
              onClick={() => {
                setReceipt(null);
                form.resetFields();
              }}
            >
              {mt('mediation.receipt.again')}
            </Button>,
          ]}
        />
      ) : (
        <Form<IntakeValues>
          form={form}
          layout="vertical"
          autoComplete="off"
          initialValues={{ ...DISPUTE_DEFAULTS, channel: 'application', receivedDate: dayjs() }}
          onFinish={(values) => submit.mutate(values)}
          data-testid="intake-form"
        >
          <Form.Item
            name="channel"
            label={mt('mediation.intake.channel')}
            rules={[{ required: true }]}
          >
            <Select
              options={Object.entries(meta.data?.channels ?? {}).map(([value, label]) => ({
                value,
                label,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="receivedDate"
            label={mt('mediation.intake.received')}
            rules={[{ required: true }]}
          >
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          {referred && (
            <>
              <Form.Item
                name="referralBody"
                label={mt('mediation.intake.referralBody')}
                rules={[{ required: true, whitespace: true, message: mt('mediation.required') }]}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="referralReference" label={mt('mediation.intake.referralReference')}>
                <Input maxLength={100} />
              </Form.Item>
            </>
          )}
          <DisputeFields form={form as never} strictApplicant={false} />
          {submit.error && <ErrorAlert error={submit.error} testId="intake-error" />}
          <Button
            type="primary"
            htmlType="submit"
            loading={submit.isPending}
            data-testid="intake-submit"
          >
            {mt('mediation.apply.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
