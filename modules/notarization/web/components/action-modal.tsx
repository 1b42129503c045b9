import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { ApiError } from '@web/api/client';
import { ErrorAlert } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import dayjs from 'dayjs';
import { useState } from 'react';
import { runCaseAction, useNotaryMeta } from '../api/notary';
import type { CaseDetail } from '../api/types';
import { useNt } from '../i18n/use-nt';
import { endpointOf, toActionBody, type ActionValues } from './action-body';
import { ActionFields } from './action-fields';

export type NextAction = CaseDetail['nextActions'][number];

interface ActionModalProps {
  detail: CaseDetail;
  action: NextAction | null;
  onClose: () => void;
  /** The case after the step, as the server replied. */
  onUpdated: (detail: CaseDetail) => void;
  /** Someone else changed the case (409 CONFLICT): load it again. */
  onStale: () => void;
}

/**
 * One next action of a case: the fields its body needs, sent with the version of the case the
 * user sees. On a version conflict the case is reloaded and the user may choose again.
 */
export function ActionModal({ detail, action, onClose, onUpdated, onStale }: ActionModalProps) {
  const nt = useNt();
  const t = useT();
  const { message } = App.useApp();
  const meta = useNotaryMeta();
  const [form] = Form.useForm<ActionValues>();
  const [error, setError] = useState<unknown>(null);
  const name = action?.action ?? '';

  const mutation = useMutation({
    mutationFn: async (values: ActionValues) =>
      runCaseAction(detail.id, endpointOf(name), await toActionBody(name, values, detail.version)),
    onSuccess: (reply) => {
      void message.success(nt('notarization.action.done', { action: action?.label ?? '' }));
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

  const returning = name === 'return_proposal';
  return (
    <Modal
      open={action !== null}
      title={action?.label}
      okText={nt('notarization.action.submit')}
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
        initialValues={{
          items: [''],
          toldItems: [''],
          applicantAcknowledged: true,
          appearedInPerson: detail.appearedInPerson,
          requesterKind: 'party',
          // A party receives the certificate on or after its issue: the earliest valid date.
          knownDate: detail.certificate ? dayjs(detail.certificate.issueDate) : undefined,
        }}
        onFinish={(values) => {
          setError(null);
          mutation.mutate(values);
        }}
        data-testid={`action-form-${name}`}
      >
        <ActionFields action={name} caseId={detail.id} meta={meta.data} />
        <Form.Item
          name="note"
          label={nt('notarization.action.note')}
          rules={
            returning
              ? [{ required: true, whitespace: true, message: nt('notarization.required') }]
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
