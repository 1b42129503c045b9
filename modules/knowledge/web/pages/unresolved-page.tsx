// 未对应的引用 (staff, knowledge:read): the citations the library could not place.
import { Card, Input, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { useUnresolved } from '../api/knowledge';
import type { UnresolvedCitation } from '../api/types';
import { portalArticleUrl } from '../components/links';
import { useKt } from '../i18n/use-kt';

export function UnresolvedPage() {
  const kt = useKt();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useUnresolved(q, page, pageSize);
  const columns: ColumnsType<UnresolvedCitation> = [
    {
      title: kt('knowledge.unresolved.target'),
      key: 'target',
      render: (_, c) => (
        <Space size={4}>
          <Typography.Text strong>{c.targetName ?? '—'}</Typography.Text>
          {c.documentFound && <Tag color="orange">{kt('knowledge.unresolved.found')}</Tag>}
        </Space>
      ),
    },
    { title: kt('knowledge.graph.words'), dataIndex: 'raw', key: 'raw' },
    {
      title: kt('knowledge.unresolved.from'),
      key: 'from',
      render: (_, c) => (
        <a href={portalArticleUrl(c.fromArticleId)}>
          {c.fromTitle} {c.fromArticleId.slice(c.fromArticleId.lastIndexOf('/') + 1)}
        </a>
      ),
    },
  ];
  return (
    <Card title={kt('knowledge.unresolved.title')}>
      <Typography.Paragraph type="secondary">
        {kt('knowledge.unresolved.intro')}
      </Typography.Paragraph>
      <Input.Search
        allowClear
        placeholder={kt('knowledge.unresolved.search')}
        aria-label={kt('knowledge.unresolved.search')}
        onSearch={(value) => {
          setQ(value.trim());
          setPage(1);
        }}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<UnresolvedCitation>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          onChange: (p, size) => {
            setPage(p);
            setPageSize(size);
          },
        }}
        data-testid="knowledge-unresolved"
      />
    </Card>
  );
}
