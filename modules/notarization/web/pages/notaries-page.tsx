import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  List,
  Popconfirm,
  Select,
  Table,
  Typography,
} from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import {
  addRelative,
  notariesQueryKey,
  removeRelative,
  useNotaries,
  useNotaryMeta,
  useRelatives,
} from '../api/notary';
import type { NotaryItem, RelativeInput, RelativesView } from '../api/types';
import { useNt } from '../i18n/use-nt';

/** One notary's close relatives: the list (ID numbers masked), add and remove. */
function RelativesDrawer({ notary, onClose }: { notary: NotaryItem | null; onClose: () => void }) {
  const nt = useNt();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const meta = useNotaryMeta();
  const relatives = useRelatives(notary?.id ?? null);
  const [form] = Form.useForm<RelativeInput>();
  const saved = (view: RelativesView) => {
    queryClient.setQueryData(['notarization', 'relatives', view.userId], view);
    void queryClient.invalidateQueries({ queryKey: notariesQueryKey });
  };
  const add = useMutation({
    mutationFn: (values: RelativeInput) =>
      addRelative(notary!.id, {
        name: values.name.trim(),
        relation: values.relation,
        ...(values.idNumber?.trim() ? { idNumber: values.idNumber.trim() } : {}),
      }),
    onSuccess: (view) => {
      saved(view);
      form.resetFields();
      void message.success(nt('notarization.relatives.added'));
    },
  });
  const remove = useMutation({
    mutationFn: (relativeId: string) => removeRelative(notary!.id, relativeId),
    onSuccess: saved,
  });
  return (
    <Drawer
      open={notary !== null}
      onClose={onClose}
      title={nt('notarization.relatives.title', { name: notary?.name ?? '' })}
      size={520}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {nt('notarization.relatives.intro')}
      </Typography.Paragraph>
      {relatives.error && <ErrorAlert error={relatives.error} />}
      <List
        loading={relatives.isPending}
        dataSource={relatives.data?.items ?? []}
        data-testid="relatives-list"
        renderItem={(r) => (
          <List.Item
            actions={[
              <Popconfirm
                key="remove"
                title={nt('notarization.relatives.removeConfirm')}
                onConfirm={() => remove.mutate(r.id)}
              >
                <Button size="small" icon={<DeleteOutlined />} danger />
              </Popconfirm>,
            ]}
          >
            {r.name} · {r.relationLabel}
            {r.idNumberMasked ? ` · ${r.idNumberMasked}` : ''}
          </List.Item>
        )}
      />
      <Form<RelativeInput>
        form={form}
        layout="vertical"
        autoComplete="off"
        onFinish={(values) => add.mutate(values)}
        style={{ marginTop: 16 }}
        data-testid="relative-form"
      >
        <Form.Item
          name="name"
          label={nt('notarization.apply.name')}
          rules={[{ required: true, whitespace: true, message: nt('notarization.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="relation"
          label={nt('notarization.relatives.relation')}
          rules={[{ required: true, message: nt('notarization.required') }]}
        >
          <Select
            options={Object.entries(meta.data?.relations ?? {}).map(([value, label]) => ({
              value,
              label,
            }))}
          />
        </Form.Item>
        <Form.Item name="idNumber" label={nt('notarization.apply.idNumber')}>
          <Input maxLength={20} />
        </Form.Item>
        {(add.error || remove.error) && <ErrorAlert error={add.error ?? remove.error} />}
        <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="relative-add">
          {nt('notarization.relatives.add')}
        </Button>
      </Form>
    </Drawer>
  );
}

/** 公证员回避信息: the office's notaries and their close relatives (公证法第二十三条). */
export function NotariesPage() {
  const nt = useNt();
  const notaries = useNotaries();
  const [open, setOpen] = useState<NotaryItem | null>(null);
  return (
    <Card title={`${nt('notarization.notaries.title')} · ${notaries.data?.officeName ?? ''}`}>
      {notaries.error && (
        <ErrorAlert error={notaries.error} onRetry={() => void notaries.refetch()} />
      )}
      <Table<NotaryItem>
        rowKey="id"
        size="small"
        loading={notaries.isPending}
        dataSource={notaries.data?.items ?? []}
        pagination={false}
        data-testid="notaries-table"
        columns={[
          { key: 'name', title: nt('notarization.apply.name'), dataIndex: 'name' },
          { key: 'role', title: nt('notarization.notaries.role'), dataIndex: 'roleLabel' },
          {
            key: 'relatives',
            title: nt('notarization.notaries.relatives'),
            dataIndex: 'relativesCount',
          },
          {
            key: 'open',
            render: (_, n) => (
              <Button size="small" onClick={() => setOpen(n)} data-testid={`relatives-${n.name}`}>
                {nt('notarization.notaries.manage')}
              </Button>
            ),
          },
        ]}
      />
      <RelativesDrawer notary={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
