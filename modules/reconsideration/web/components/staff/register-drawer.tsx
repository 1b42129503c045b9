import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Divider, Drawer, Flex, Form, Radio, Result, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { casesQueryKey, registerApplication } from '../../api/cases';
import type { ApplicationReceipt } from '../../api/types';
import { useRt } from '../../i18n/use-rt';
import { DATE_FORMAT, afterToday, today } from '../../lib/dates';
import { showServerErrors } from '../../lib/form-errors';
import { APPLICATION_STEPS } from '../application/application-steps';
import {
  INITIAL_VALUES,
  KNOWN_FIELDS,
  toRegisterBody,
  type RegisterValues,
} from '../application/application-values';

/** 登记申请: an application received in person, by mail or orally, entered by the office. */
export function RegisterDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const rt = useRt();
  const t = useT();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RegisterValues>();
  const [error, setError] = useState<unknown>(null);
  const [receipt, setReceipt] = useState<ApplicationReceipt | null>(null);
  const channel = Form.useWatch('channel', form);

  const mutation = useMutation({
    mutationFn: async (values: RegisterValues) => registerApplication(await toRegisterBody(values)),
    onSuccess: (reply) => {
      setReceipt(reply);
      void queryClient.invalidateQueries({ queryKey: casesQueryKey });
    },
    onError: (failure) => setError(showServerErrors(form, failure, KNOWN_FIELDS).remaining),
  });

  const close = () => {
    onClose();
    setReceipt(null);
    setError(null);
    form.resetFields();
  };

  return (
    <Drawer
      open={open}
      onClose={close}
      size={760}
      title={rt('reconsideration.workbench.register')}
      footer={
        receipt ? null : (
          <>
            {/* in the footer, where it stays in sight below the long form */}
            {error !== null && <ErrorAlert error={error} testId="register-error" />}
            <Flex justify="flex-end" gap={8}>
              <Button onClick={close}>{t('common.cancel')}</Button>
              <Button type="primary" loading={mutation.isPending} onClick={form.submit}>
                {rt('reconsideration.register.submit')}
              </Button>
            </Flex>
          </>
        )
      }
    >
      {receipt ? (
        <Result
          status="success"
          title={rt('reconsideration.register.done', { caseNumber: receipt.caseNumber })}
          subTitle={
            <Typography.Text>
              {rt('reconsideration.receipt.trackingCode')}：
              <Typography.Text code copyable strong>
                {receipt.trackingCode}
              </Typography.Text>
              <br />
              {rt('reconsideration.register.giveCode')}
            </Typography.Text>
          }
          extra={
            <Link to={`/reconsideration/cases/${receipt.caseId}`} onClick={close}>
              <Button type="primary">{rt('reconsideration.register.openCase')}</Button>
            </Link>
          }
        />
      ) : (
        <Form<RegisterValues>
          form={form}
          layout="vertical"
          initialValues={{ ...INITIAL_VALUES, channel: 'in_person', receivedDate: today() }}
          onFinish={(values) => {
            setError(null);
            mutation.mutate(values);
          }}
          scrollToFirstError
          autoComplete="off"
        >
          <Form.Item name="channel" label={rt('reconsideration.field.channel')}>
            <Radio.Group
              optionType="button"
              options={(['in_person', 'mail', 'oral'] as const).map((value) => ({
                value,
                label: rt(`reconsideration.channel.${value}`),
              }))}
            />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item
              name="receivedDate"
              label={rt('reconsideration.field.receivedDate')}
              rules={[{ required: true, message: rt('reconsideration.required') }]}
            >
              <DatePicker format={DATE_FORMAT} disabledDate={afterToday} />
            </Form.Item>
            {channel === 'mail' && (
              <Form.Item
                name="postmarkDate"
                label={rt('reconsideration.field.postmarkDate')}
                extra={rt('reconsideration.field.postmarkHint')}
                rules={[{ required: true, message: rt('reconsideration.required') }]}
              >
                <DatePicker format={DATE_FORMAT} disabledDate={afterToday} />
              </Form.Item>
            )}
          </Flex>
          {APPLICATION_STEPS.map((step) => (
            <div key={step.key}>
              <Divider titlePlacement="start">{rt(step.titleKey)}</Divider>
              {step.content}
            </div>
          ))}
        </Form>
      )}
    </Drawer>
  );
}
