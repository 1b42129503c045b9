import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { exportPersons, usePersonList, type ListFilters } from '../api/persons';
import type { PersonView } from '../api/types';
import { usePt } from '../i18n/use-pt';
import { PurposeSelect } from './purpose-select';

/** 人员列表: persons of the reader's region by name, masked; listing is a logged read. */
export function PersonListCard() {
  const pt = usePt();
  const can = useCan();
  const [filters, setFilters] = useState<ListFilters | null>(null);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = usePersonList(filters, paging.page, paging.pageSize);
  const download = useMutation({
    mutationFn: (f: ListFilters) => exportPersons(f, 'persons.xlsx'),
  });

  const columns: ColumnsType<PersonView> = [
    {
      title: pt('persons.file.name'),
      dataIndex: 'name',
      key: 'name',
      render: (value: string, row) => (
        <Link to={`/persons/${row.id}?purpose=${encodeURIComponent(filters?.purpose ?? '')}`}>
          {value}
        </Link>
      ),
    },
    { title: pt('persons.file.sex'), dataIndex: 'sexLabel', key: 'sex' },
    { title: pt('persons.file.idNumber'), dataIndex: 'idNumberMasked', key: 'id' },
    { title: pt('persons.file.phone'), dataIndex: 'phoneMasked', key: 'phone' },
    {
      title: pt('persons.file.region'),
      key: 'region',
      render: (_, row) => row.regionName ?? row.regionCode,
    },
  ];

  return (
    <Card title={pt('persons.list.title')}>
      <Typography.Paragraph type="secondary">{pt('persons.list.note')}</Typography.Paragraph>
      <Form<ListFilters>
        name="personList"
        layout="inline"
        style={{ marginBottom: 16 }}
        onFinish={(values) => {
          setFilters({ q: values.q?.trim() || undefined, purpose: values.purpose });
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      >
        <Form.Item name="q" label={pt('persons.list.q')}>
          <Input maxLength={50} allowClear />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={pt('persons.purpose')}
          rules={[{ required: true, message: pt('persons.required') }]}
        >
          <PurposeSelect />
        </Form.Item>
        <Button htmlType="submit">{pt('persons.list.show')}</Button>
        {can('persons:export') && filters && (
          <Button
            style={{ marginLeft: 8 }}
            loading={download.isPending}
            onClick={() => download.mutate(filters)}
          >
            {pt('persons.list.export')}
          </Button>
        )}
      </Form>
      {(list.error || download.error) && <ErrorAlert error={list.error ?? download.error} />}
      {filters && (
        <Table
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: true }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      )}
    </Card>
  );
}
