import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import { createLawyer, lawyersQueryKey, updateLawyer, useLawyers, useMeta } from '../api/legal-aid';
import type { Figures, Labels, Lawyer } from '../api/types';
import { type LA, useLa } from '../i18n/use-la';
import { optionalText } from '@web/api/uploads';

/** The figure columns shared by providers and institutions. */
export function figureColumns<T extends Figures>(la: LA): ColumnsType<T> {
  const avg = (value: number | null) => (value === null ? '-' : value);
  return [
    { title: la('legal-aid.fig.assigned'), dataIndex: 'assigned', key: 'assigned' },
    { title: la('legal-aid.fig.open'), dataIndex: 'open', key: 'open' },
    { title: la('legal-aid.fig.closed'), dataIndex: 'closed', key: 'closed' },
    { title: la('legal-aid.fig.score'), key: 'score', render: (_, r) => avg(r.averageScore) },
    {
      title: la('legal-aid.fig.satisfaction'),
      key: 'sat',
      render: (_, r) => avg(r.averageSatisfaction),
    },
  ];
}

interface LawyerValues {
  name: string;
  kind: string;
  firm: string;
  licenceNumber: string;
  practiceSince: Dayjs;
  specialties: string[];
  contactPhone?: string;
}

const options = (labels: Labels | undefined) =>
  Object.entries(labels ?? {}).map(([value, label]) => ({ value, label }));

function AddLawyer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const la = useLa();
  const t = useT();
  const meta = useMeta().data;
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LawyerValues>();
  const add = useMutation({
    mutationFn: (v: LawyerValues) =>
      createLawyer({
        ...v,
        practiceSince: v.practiceSince.format('YYYY-MM-DD'),
        contactPhone: optionalText(v.contactPhone),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: lawyersQueryKey });
      form.resetFields();
      onClose();
    },
  });
  const required = [{ required: true, whitespace: true, message: la('legal-aid.required') }];
  return (
    <Modal
      open={open}
      title={la('legal-aid.lawyers.add')}
      onOk={form.submit}
      onCancel={onClose}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      okButtonProps={{ 'data-testid': 'lawyer-submit' } as never}
      destroyOnHidden
    >
      <Form<LawyerValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'lawyer', specialties: [] }}
        onFinish={(v) => add.mutate(v)}
        data-testid="lawyer-form"
      >
        <Form.Item name="name" label={la('legal-aid.lawyers.name')} rules={required}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="kind" label={la('legal-aid.lawyers.kind')} rules={required}>
          <Select options={options(meta?.providerKinds)} />
        </Form.Item>
        <Form.Item name="firm" label={la('legal-aid.lawyers.firm')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="licenceNumber" label={la('legal-aid.lawyers.licence')} rules={required}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="practiceSince"
          label={la('legal-aid.lawyers.since')}
          rules={[{ required: true }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="specialties" label={la('legal-aid.lawyers.specialties')}>
          <Select mode="multiple" options={options(meta?.specialties)} />
        </Form.Item>
        <Form.Item name="contactPhone" label={la('legal-aid.lawyers.phone')}>
          <Input maxLength={20} />
        </Form.Item>
      </Form>
      {add.error && <ErrorAlert error={add.error} />}
    </Modal>
  );
}

/** 律师库: the centre's providers with their load, quality and satisfaction. */
export function LawyersPage() {
  const la = useLa();
  const can = useCan();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const lawyers = useLawyers();
  const [adding, setAdding] = useState(false);
  const toggle = useMutation({
    mutationFn: (l: Lawyer) => updateLawyer(l.id, { active: !l.active }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: lawyersQueryKey }),
    onError: (error) => void message.error(error.message),
  });
  const manage = can('legal-aid:lawyers');
  const columns: ColumnsType<Lawyer> = [
    { title: la('legal-aid.lawyers.name'), dataIndex: 'name', key: 'name' },
    { title: la('legal-aid.lawyers.kind'), dataIndex: 'kindLabel', key: 'kind' },
    { title: la('legal-aid.lawyers.firm'), dataIndex: 'firm', key: 'firm' },
    { title: la('legal-aid.lawyers.years'), dataIndex: 'practiceYears', key: 'years' },
    {
      title: la('legal-aid.lawyers.specialties'),
      key: 'specialties',
      render: (_, l) => l.specialtyLabels.join('、'),
    },
    ...figureColumns<Lawyer>(la),
    {
      title: la('legal-aid.lawyers.status'),
      key: 'active',
      render: (_, l) => (
        <>
          <Tag color={l.active ? 'green' : 'default'}>
            {la(l.active ? 'legal-aid.lawyers.active' : 'legal-aid.lawyers.inactive')}
          </Tag>
          {manage && (
            <Button size="small" type="link" onClick={() => toggle.mutate(l)}>
              {la(l.active ? 'legal-aid.lawyers.stop' : 'legal-aid.lawyers.resume')}
            </Button>
          )}
        </>
      ),
    },
  ];
  return (
    <Card
      title={la('legal-aid.lawyers.title')}
      extra={
        manage && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="lawyer-add">
            {la('legal-aid.lawyers.add')}
          </Button>
        )
      }
    >
      {lawyers.error && <ErrorAlert error={lawyers.error} onRetry={() => void lawyers.refetch()} />}
      <Table<Lawyer>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={lawyers.data?.items ?? []}
        loading={lawyers.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="lawyers-table"
      />
      <AddLawyer open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
