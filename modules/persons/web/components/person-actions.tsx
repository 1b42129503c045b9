import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Modal, Typography } from 'antd';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { issueCode, revealIdNumber } from '../api/persons';
import { usePt } from '../i18n/use-pt';
import { PurposeSelect } from './purpose-select';

/** 查看完整号码: for those allowed, after choosing the purpose; the number stays in this view. */
export function RevealButton({ personId, purpose }: { personId: string; purpose: string }) {
  const pt = usePt();
  const can = useCan();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ purpose: string }>();
  const reveal = useMutation({ mutationFn: (p: string) => revealIdNumber(personId, p) });
  if (!can('persons:reveal')) return null;
  if (reveal.data)
    return (
      <Typography.Text copyable strong data-testid="revealed-id-number">
        {reveal.data.idNumber}
      </Typography.Text>
    );
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="reveal-button">
        {pt('persons.reveal.button')}
      </Button>
      <Modal
        open={open}
        title={pt('persons.reveal.title')}
        okText={pt('persons.reveal.confirm')}
        confirmLoading={reveal.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{pt('persons.reveal.note')}</Typography.Paragraph>
        {reveal.error && <ErrorAlert error={reveal.error} />}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ purpose }}
          onFinish={(values) => reveal.mutate(values.purpose, { onSuccess: () => setOpen(false) })}
        >
          <Form.Item
            name="purpose"
            label={pt('persons.purpose')}
            rules={[{ required: true, message: pt('persons.required') }]}
          >
            <PurposeSelect />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 生成一次性验证码: the clerk shows the person the code after checking their ID card. */
export function CodeButton({ personId }: { personId: string }) {
  const pt = usePt();
  const can = useCan();
  const code = useMutation({ mutationFn: () => issueCode(personId) });
  if (!can('persons:issue_code')) return null;
  return (
    <>
      <Button onClick={() => code.mutate()} loading={code.isPending} data-testid="code-button">
        {pt('persons.code.button')}
      </Button>
      {code.error && <ErrorAlert error={code.error} />}
      <Modal
        open={!!code.data}
        title={pt('persons.code.title')}
        footer={null}
        onCancel={() => code.reset()}
      >
        {code.data && (
          <Flex vertical gap={8}>
            <Typography.Title
              level={2}
              style={{ letterSpacing: 8, textAlign: 'center' }}
              data-testid="one-time-code"
            >
              {code.data.code}
            </Typography.Title>
            <Typography.Text type="secondary">
              {pt('persons.code.expires', {
                time: new Date(code.data.expiresAt).toLocaleTimeString(),
              })}
            </Typography.Text>
            <Alert type="info" title={pt('persons.code.note', { minutes: code.data.ttlMinutes })} />
          </Flex>
        )}
      </Modal>
    </>
  );
}
