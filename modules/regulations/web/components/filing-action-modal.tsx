import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { type FilingDetail, filingQueryKey, runFilingAction } from './filing-api';
import { useFt } from './use-ft';

export type FilingAction =
  | 'start_review'
  | 'approve'
  | 'request_correction'
  | 'submit_correction'
  | 'confirm_correction'
  | 'revoke';

interface ActionValues {
  note?: string;
  reasons?: string;
  items?: string;
  text?: string;
  responses?: Record<string, string>;
}

const PATHS: Record<FilingAction, string> = {
  start_review: 'start-review',
  approve: 'approve',
  request_correction: 'request-correction',
  submit_correction: 'submit-correction',
  confirm_correction: 'confirm-correction',
  revoke: 'revoke',
};

const optional = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** The request body of an action from the modal's values. */
function bodyOf(action: FilingAction, v: ActionValues, detail: FilingDetail) {
  const version = detail.version;
  switch (action) {
    case 'start_review':
    case 'confirm_correction':
      return { version, note: optional(v.note) };
    case 'approve':
      return { version, reasons: optional(v.reasons) };
    case 'revoke':
      return { version, reasons: v.reasons?.trim() ?? '' };
    case 'request_correction':
      return {
        version,
        reasons: optional(v.reasons),
        items: (v.items ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      };
    case 'submit_correction':
      return {
        version,
        text: v.text ?? '',
        responses: Object.entries(v.responses ?? {}).map(([id, response]) => ({
          id,
          response: response.trim(),
        })),
      };
  }
}

interface Props {
  action: { action: FilingAction; label: string } | null;
  detail: FilingDetail;
  onClose: () => void;
}

/** The form of one next action; on success the item is refreshed from the reply. */
export function FilingActionModal({ action, detail, onClose }: Props) {
  const ft = useFt();
  const [form] = Form.useForm<ActionValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const run = useMutation({
    mutationFn: (v: ActionValues) =>
      runFilingAction(detail.id, PATHS[action!.action], bodyOf(action!.action, v, detail)),
    onSuccess: async (next) => {
      queryClient.setQueryData(filingQueryKey(detail.id), next);
      await queryClient.invalidateQueries({ queryKey: ['regulations', 'filings'] });
      void message.success(ft('regulations.filing.action.done', { action: action!.label }));
      form.resetFields();
      onClose();
    },
  });
  const required = [{ required: true, message: ft('regulations.required') }];
  const open = detail.corrections.filter((c) => c.state === 'open');
  const kind = action?.action;

  return (
    <Modal
      open={action !== null}
      title={action?.label}
      okText={ft('regulations.filing.action.submit')}
      onOk={() => form.submit()}
      confirmLoading={run.isPending}
      onCancel={() => {
        run.reset();
        onClose();
      }}
      width={kind === 'submit_correction' ? 860 : 560}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'action-submit' }}
    >
      <Form<ActionValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ text: detail.text ?? '' }}
        onFinish={(values) => run.mutate(values)}
        data-testid={`action-form-${kind}`}
      >
        {(kind === 'start_review' || kind === 'confirm_correction') && (
          <Form.Item name="note" label={ft('regulations.filing.action.note')}>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        )}
        {(kind === 'approve' || kind === 'revoke' || kind === 'request_correction') && (
          <Form.Item
            name="reasons"
            label={ft('regulations.filing.action.reasons')}
            rules={kind === 'revoke' ? required : []}
          >
            <Input.TextArea id="action-reasons" autoSize={{ minRows: 2 }} />
          </Form.Item>
        )}
        {kind === 'request_correction' && (
          <Form.Item name="items" label={ft('regulations.filing.action.items')} rules={required}>
            <Input.TextArea id="action-items" autoSize={{ minRows: 3 }} />
          </Form.Item>
        )}
        {kind === 'submit_correction' && (
          <>
            {open.map((c) => (
              <Form.Item
                key={c.id}
                name={['responses', c.id]}
                label={ft('regulations.filing.action.response', {
                  ordinal: c.ordinal,
                  item: c.item,
                })}
                rules={required}
              >
                <Input data-testid="correction-response" />
              </Form.Item>
            ))}
            <Form.Item name="text" label={ft('regulations.filing.action.text')} rules={required}>
              <Input.TextArea id="action-text" autoSize={{ minRows: 8, maxRows: 20 }} />
            </Form.Item>
          </>
        )}
      </Form>
      {run.error && <ErrorAlert error={run.error} testId="action-error" />}
    </Modal>
  );
}
