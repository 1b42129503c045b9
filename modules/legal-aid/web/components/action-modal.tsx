import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { ApiError } from '@web/api/client';
import { ErrorAlert } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import { runCaseAction } from '../api/legal-aid';
import type { CaseDetail } from '../api/types';
import { useLa } from '../i18n/use-la';
import { endpointOf, toActionBody, type ActionValues } from './action-body';
import { ActionFields } from './action-fields';

export type NextAction = CaseDetail['nextActions'][number];

/**
 * One next action of a case: the fields its body needs, sent with the version the user sees. On a
 * version conflict the case is reloaded and the user may choose again.
 */
export function ActionModal(props: {
  detail: CaseDetail;
  action: NextAction | null;
  onClose: () => void;
  onUpdated: (detail: CaseDetail) => void;
  onStale: () => void;
}) {
  const { detail, action, onClose, onUpdated, onStale } = props;
  const la = useLa();
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const [error, setError] = useState<unknown>(null);
  const name = action?.action ?? '';
  const mutation = useMutation({
    mutationFn: async (values: ActionValues) =>
      runCaseAction(detail.id, endpointOf(name), await toActionBody(name, values, detail.version)),
    onSuccess: (reply) => {
      void message.success(la('legal-aid.action.done', { action: action?.label ?? '' }));
      onUpdated(reply);
      onClose();
    },
    onError: (failure) => {
      if (failure instanceof ApiError && failure.code === 'CONFLICT') {
        void message.warning(failure.message);
        onStale();
        onClose();
        return;
      }
      setError(failure);
    },
  });
  return (
    <Modal
      open={action !== null}
      title={action?.label}
      okText={la('legal-aid.action.submit')}
      cancelText={t('common.cancel')}
      onOk={form.submit}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ 'data-testid': 'action-submit' } as never}
      mask={{ closable: false }}
      destroyOnHidden
      width={640}
    >
      <Form<ActionValues>
        form={form}
        layout="vertical"
        autoComplete="off"
        initialValues={{ items: [''], passed: true, onDate: dayjs() }}
        onFinish={(values) => {
          setError(null);
          mutation.mutate(values);
        }}
        data-testid={`action-form-${name}`}
      >
        <ActionFields action={name} />
        <Form.Item name="note" label={la('legal-aid.action.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      {error !== null && <ErrorAlert error={error} testId="action-error" />}
    </Modal>
  );
}
