// The article citations joining two documents, each end a link to the article on the portal.
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert } from '@web/components/error-alert';
import { useCitationsBetween } from '../api/knowledge';
import type { CitationsBetween } from '../api/types';
import type { KT } from '../i18n/use-kt';
import { portalArticleUrl, portalVersionUrl } from './links';

type Item = CitationsBetween['items'][number];

export function BetweenTable({ version, other, kt }: { version: string; other: string; kt: KT }) {
  const between = useCitationsBetween(version, other);
  const columns: ColumnsType<Item> = [
    {
      title: kt('knowledge.graph.from'),
      key: 'from',
      render: (_, item) => (
        <a href={portalArticleUrl(item.fromArticleId)}>
          {item.fromVersionKey.split('/')[0]} {item.fromLabel}
        </a>
      ),
    },
    {
      title: kt('knowledge.graph.to'),
      key: 'to',
      render: (_, item) =>
        item.toArticleId ? (
          <a href={portalArticleUrl(item.toArticleId)}>
            {item.toVersionKey.split('/')[0]} {item.toLabel}
          </a>
        ) : (
          <a href={portalVersionUrl(item.toVersionKey)}>
            {item.toVersionKey.split('/')[0]} {kt('knowledge.graph.wholeDocument')}
          </a>
        ),
    },
    {
      title: kt('knowledge.graph.words'),
      key: 'raw',
      render: (_, item) => (
        <>
          <Tag color={item.kind === 'basis' ? 'gold' : 'blue'}>
            {kt(`knowledge.kind.${item.kind}`)}
          </Tag>
          <Typography.Text>{item.raw}</Typography.Text>
        </>
      ),
    },
  ];
  return (
    <>
      {between.error && <ErrorAlert error={between.error} onRetry={() => void between.refetch()} />}
      {between.data && (
        <Typography.Title level={5}>
          {kt('knowledge.graph.between', {
            a: between.data.document.title,
            b: between.data.other.title,
          })}
        </Typography.Title>
      )}
      <Table<Item>
        rowKey={(item) => `${item.fromArticleId}|${item.raw}|${item.toArticleId}`}
        size="small"
        columns={columns}
        dataSource={between.data?.items ?? []}
        loading={between.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="knowledge-between"
      />
    </>
  );
}
