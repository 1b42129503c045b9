import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { ApiError } from '@web/api/client';
import { ErrorAlert } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import { runCaseAction } from '../../api/cases';
import type { CaseDetail } from '../../api/types';
import { useRt } from '../../i18n/use-rt';
import { today } from '../../lib/dates';
import { showServerErrors } from '../../lib/form-errors';
import { ACTION_FIELDS, FIELD_OF_CODE, toActionBody, type ActionValues } from './action-body';
import { ActionFields } from './action-fields';

export type NextAction = CaseDetail['nextActions'][number];

/** Defaults of every action's fields; each modal uses the few of its action. */
function initialValues(detail: CaseDetail): ActionValues {
  const now = today();
  return {
    items: [''],
    procedure: detail.simplifiedEligible ? 'simplified' : 'ordinary',
    sentDate: now,
    receivedDate: now,
    servedDate: now,
    method: 'direct',
    officers: ['', ''],
    applicantAbsent: false,
  };
}

interface ActionModalProps {
  detail: CaseDetail;
  action: NextAction | null;
  open: boolean;
  onClose: () => void;
  /** The case after the step, as the server replied. */
  onUpdated: (detail: CaseDetail) => void;
  /** Someone else changed the case (409 CONFLICT): load it again. */
  onStale: () => void;
}

/**
 * One next action of a case: the fields its body needs, sent with the version of the case the
 * user sees. On a version conflict the case is reloaded and the user may submit again.
 */
export function ActionModal({
  detail,
  action,
  open,
  onClose,
  onUpdated,
  onStale,
}: ActionModalProps) {
  const rt = useRt();
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const [error, setError] = useState<unknown>(null);
  const name = action?.action ?? '';

  const mutation = useMutation({
    mutationFn: async (values: ActionValues) =>
      runCaseAction(detail.id, name, await toActionBody(name, values, detail.version)),
    onSuccess: (reply) => {
      void message.success(rt('reconsideration.action.done', { action: action?.label ?? '' }));
      onUpdated(reply);
      onClose();
    },
    onError: (failure) => {
      if (failure instanceof ApiError && failure.code === 'CONFLICT') {
        // the case changed under the user: its next actions may be others now
        void message.warning(failure.message);
        onStale();
        onClose();
        return;
      }
      const field = failure instanceof ApiError ? FIELD_OF_CODE[failure.code] : undefined;
      if (field && failure instanceof ApiError) {
        form.setFields([{ name: field, errors: [failure.message] }]);
        setError(null);
        return;
      }
      setError(showServerErrors(form, failure, ACTION_FIELDS).remaining);
    },
  });

  const returning = name === 'return_draft';

  return (
    <Modal
      open={open}
      title={action?.label}
      okText={rt('reconsideration.action.submit')}
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
        initialValues={initialValues(detail)}
        onFinish={(values) => {
          setError(null);
          mutation.mutate(values);
        }}
        autoComplete="off"
        data-testid={`action-form-${name}`}
      >
        <ActionFields action={name} detail={detail} />
        <Form.Item
          name="note"
          label={rt(
            returning ? 'reconsideration.action.returnNote' : 'reconsideration.action.note',
          )}
          rules={
            returning
              ? [{ required: true, whitespace: true, message: rt('reconsideration.required') }]
              : []
          }
        >
          <Input.TextArea rows={returning ? 4 : 2} maxLength={2000} />
        </Form.Item>
      </Form>
      {error !== null && <ErrorAlert error={error} testId="action-error" />}
    </Modal>
  );
}
