import { useMutation } from '@tanstack/react-query';
import { Form, Input, Modal, Select, Switch } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { createMediator, updateMediator, useMediationMeta } from '../api/mediation';
import type { Mediator, MediatorInput } from '../api/types';
import { useMt } from '../i18n/use-mt';

/** 聘任 / 修改 a mediator: full-time or part-time, specialties, phone (kept masked), account. */
export function MediatorModal({
  committeeId,
  mediator,
  onClose,
  onSaved,
}: {
  committeeId: string | null;
  mediator: Mediator | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const mt = useMt();
  const t = useT();
  const meta = useMediationMeta();
  const [form] = Form.useForm<MediatorInput>();
  const save = useMutation({
    mutationFn: (v: MediatorInput) => {
      const body = {
        ...v,
        phone: v.phone?.trim() || undefined,
        userId: v.userId?.trim() || undefined,
      };
      return mediator ? updateMediator(mediator.id, body) : createMediator(committeeId!, body);
    },
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  const required = [{ required: true, whitespace: true, message: mt('mediation.required') }];
  return (
    <Modal
      open={committeeId !== null}
      title={mediator ? mediator.name : mt('mediation.committees.addMediator')}
      okText={mt('mediation.action.submit')}
      cancelText={t('common.cancel')}
      onOk={form.submit}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<MediatorInput>
        form={form}
        layout="vertical"
        initialValues={
          mediator
            ? { ...mediator, phone: undefined, userId: mediator.userId ?? undefined }
            : { sex: 'female', kind: 'part_time', specialties: [], active: true }
        }
        onFinish={(v) => save.mutate(v)}
        data-testid="mediator-form"
      >
        <Form.Item name="name" label={mt('mediation.committees.memberName')} rules={required}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="sex" label={mt('mediation.committees.sex')} rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'female', label: mt('mediation.committees.female') },
              { value: 'male', label: mt('mediation.committees.male') },
            ]}
          />
        </Form.Item>
        <Form.Item name="kind" label={mt('mediation.committees.kind')} rules={[{ required: true }]}>
          <Select
            options={(['full_time', 'part_time'] as const).map((k) => ({
              value: k,
              label: mt(`mediation.committees.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="specialties" label={mt('mediation.committees.specialties')}>
          <Select
            mode="multiple"
            options={Object.entries(meta.data?.disputeTypes ?? {}).map(([value, label]) => ({
              value,
              label,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="phone"
          label={mt('mediation.committees.phone')}
          extra={mediator?.phoneMasked ?? undefined}
        >
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="userId" label={mt('mediation.committees.userId')}>
          <Input maxLength={36} />
        </Form.Item>
        <Form.Item name="active" label={mt('mediation.committees.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      {save.error && <ErrorAlert error={save.error} testId="mediator-error" />}
    </Modal>
  );
}
