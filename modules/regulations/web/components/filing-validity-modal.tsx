import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Modal } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import dayjs, { type Dayjs } from 'dayjs';
import { type FilingDetail, filingQueryKey, setValidity } from './filing-api';
import { useFt } from './use-ft';

interface Values {
  effectiveOn: Dayjs;
  validUntil?: Dayjs;
}

/** 登记有效期: only a published document may be marked in force (the server says so if not). */
export function FilingValidityModal(props: {
  open: boolean;
  detail: FilingDetail;
  onClose: () => void;
}) {
  const ft = useFt();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) =>
      setValidity(props.detail.id, {
        effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
        validUntil: v.validUntil ? v.validUntil.format('YYYY-MM-DD') : null,
      }),
    onSuccess: (next) => {
      queryClient.setQueryData(filingQueryKey(props.detail.id), next);
      props.onClose();
    },
  });
  const { effectiveOn, validUntil } = props.detail;
  return (
    <Modal
      open={props.open}
      title={ft('regulations.filing.setValidity')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={() => {
        save.reset();
        props.onClose();
      }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          effectiveOn: effectiveOn ? dayjs(effectiveOn) : undefined,
          validUntil: validUntil ? dayjs(validUntil) : undefined,
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="effectiveOn"
          label={ft('regulations.filing.field.effectiveOn')}
          rules={[{ required: true, message: ft('regulations.required') }]}
        >
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="validUntil" label={ft('regulations.filing.field.validUntil')}>
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
      </Form>
      {save.error && <ErrorAlert error={save.error} />}
    </Modal>
  );
}
