import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { ApiError } from '@web/api/client';
import { ErrorAlert } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import { runCaseAction, transferCase, useMediationMeta } from '../api/mediation';
import type { CaseDetail } from '../api/types';
import { useMt } from '../i18n/use-mt';
import { initialValues, NOTE_REQUIRED, toActionBody, type ActionValues } from './action-body';
import { ActionFields } from './action-fields';

export type NextAction = CaseDetail['nextActions'][number];

interface ActionModalProps {
  detail: CaseDetail;
  action: NextAction | null;
  onClose: () => void;
  /** The case after the step; null when a transfer took it out of the user's region. */
  onUpdated: (detail: CaseDetail | null) => void;
  /** Someone else changed the case (409 CONFLICT): load it again. */
  onStale: () => void;
}

/** One next action: its fields, sent with the version of the case the user sees. */
export function ActionModal({ detail, action, onClose, onUpdated, onStale }: ActionModalProps) {
  const mt = useMt();
  const t = useT();
  const { message } = App.useApp();
  const meta = useMediationMeta();
  const [form] = Form.useForm<ActionValues>();
  const [error, setError] = useState<unknown>(null);
  const name = action?.action ?? '';

  const mutation = useMutation({
    mutationFn: async (values: ActionValues): Promise<CaseDetail | null> => {
      const body = toActionBody(name, values, detail);
      if (name === 'transfer') return (await transferCase(detail.id, body)).case;
      return runCaseAction(detail.id, name, body);
    },
    onSuccess: (reply) => {
      void message.success(mt('mediation.action.done', { action: action?.label ?? '' }));
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
      okText={mt('mediation.action.submit')}
      cancelText={t('common.cancel')}
      onOk={form.submit}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ 'data-testid': 'action-submit' }}
      mask={{ closable: false }}
      destroyOnHidden
      width={640}
    >
      <Form<ActionValues>
        form={form}
        layout="vertical"
        autoComplete="off"
        initialValues={initialValues(detail)}
        onFinish={(values) => {
          setError(null);
          mutation.mutate(values);
        }}
        data-testid={`action-form-${name}`}
      >
        <ActionFields action={name} detail={detail} meta={meta.data} />
        <Form.Item
          name="note"
          label={mt('mediation.action.note')}
          rules={
            NOTE_REQUIRED.includes(name)
              ? [{ required: true, whitespace: true, message: mt('mediation.required') }]
              : []
          }
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      {error !== null && <ErrorAlert error={error} testId="action-error" />}
    </Modal>
  );
}
