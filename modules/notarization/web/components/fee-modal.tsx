import { useMutation } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { recordFee, useNotaryMeta } from '../api/notary';
import type { CaseDetail, Fault } from '../api/types';
import { useNt } from '../i18n/use-nt';

interface FeeValues {
  amountYuan: number;
  method: string;
  receiptNumber: string;
  onDate: Dayjs;
  fault?: Fault;
  reason?: string;
  note?: string;
}

interface FeeModalProps {
  detail: CaseDetail;
  kind: 'payment' | 'refund' | null;
  onClose: () => void;
  onUpdated: (detail: CaseDetail) => void;
}

/** 登记收费 / 登记退费: the refund shows the range the fee rules allow for the fault chosen. */
export function FeeModal({ detail, kind, onClose, onUpdated }: FeeModalProps) {
  const nt = useNt();
  const t = useT();
  const meta = useNotaryMeta();
  const [form] = Form.useForm<FeeValues>();
  const [error, setError] = useState<unknown>(null);
  const fault = Form.useWatch('fault', form);
  const refund = detail.fees.refund;
  const range = refund && fault ? refund[fault] : null;
  const required = [{ required: true, message: nt('notarization.required') }];
  const options = (table: Record<string, string> | undefined) =>
    Object.entries(table ?? {}).map(([value, label]) => ({ value, label }));

  const mutation = useMutation({
    mutationFn: (values: FeeValues) =>
      recordFee(detail.id, kind!, {
        amountYuan: values.amountYuan,
        method: values.method,
        receiptNumber: values.receiptNumber.trim(),
        onDate: values.onDate.format('YYYY-MM-DD'),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        ...(kind === 'refund' ? { fault: values.fault!, reason: values.reason?.trim() ?? '' } : {}),
      }),
    onSuccess: (reply) => {
      onUpdated(reply);
      onClose();
    },
    onError: setError,
  });

  return (
    <Modal
      open={kind !== null}
      title={nt(kind === 'refund' ? 'notarization.fee.refund' : 'notarization.fee.pay')}
      okText={nt('notarization.action.submit')}
      cancelText={t('common.cancel')}
      onOk={form.submit}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ 'data-testid': 'fee-submit' }}
      destroyOnHidden
    >
      <Form<FeeValues>
        form={form}
        layout="vertical"
        autoComplete="off"
        initialValues={{
          onDate: dayjs(),
          amountYuan: kind === 'payment' ? detail.fees.outstandingYuan : undefined,
        }}
        onFinish={(values) => {
          setError(null);
          mutation.mutate(values);
        }}
        data-testid={`fee-form-${kind ?? ''}`}
      >
        {kind === 'refund' && refund && (
          <>
            <Typography.Paragraph type="secondary">{refund.basis}</Typography.Paragraph>
            <Form.Item name="fault" label={nt('notarization.fee.fault')} rules={required}>
              <Select options={options(meta.data?.faults)} data-testid="fee-fault" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="amountYuan"
          label={nt('notarization.fee.amount')}
          rules={required}
          extra={
            range
              ? nt('notarization.fee.range', { min: range.minYuan, max: range.maxYuan })
              : undefined
          }
        >
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="method" label={nt('notarization.fee.method')} rules={required}>
          <Select options={options(meta.data?.paymentMethods)} data-testid="fee-method" />
        </Form.Item>
        <Form.Item
          name="receiptNumber"
          label={nt('notarization.fee.receipt')}
          rules={[{ required: true, whitespace: true, message: nt('notarization.required') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="onDate" label={nt('notarization.fee.date')} rules={required}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        {kind === 'refund' && (
          <Form.Item
            name="reason"
            label={nt('notarization.fee.reason')}
            rules={[{ required: true, whitespace: true, message: nt('notarization.required') }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
        <Form.Item name="note" label={nt('notarization.action.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      {error !== null && <ErrorAlert error={error} testId="fee-error" />}
    </Modal>
  );
}
