// 上位法修改影响提示 (staff, knowledge:read): the alerts raised when a new version changed articles
// that other documents cite; a row opens the list of citing articles.
import { Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { useImpactAlert, useImpactAlerts } from '../api/knowledge';
import type { ImpactAlertDetail, ImpactAlertSummary } from '../api/types';
import { graphUrl, portalArticleUrl } from '../components/links';
import { useKt, type KT } from '../i18n/use-kt';

type Item = ImpactAlertDetail['list'][number];

function AlertItems({ id, kt }: { id: string; kt: KT }) {
  const detail = useImpactAlert(id);
  const columns: ColumnsType<Item> = [
    {
      title: kt('knowledge.alerts.citing'),
      key: 'citing',
      render: (_, i) => (
        <a href={portalArticleUrl(i.citingArticleId)}>
          {i.citingTitle} {i.citingArticleId.slice(i.citingArticleId.lastIndexOf('/') + 1)}
        </a>
      ),
    },
    {
      title: kt('knowledge.alerts.change'),
      key: 'change',
      render: (_, i) => (
        <Tag color={i.change === 'basis' ? 'gold' : 'red'}>
          {kt(`knowledge.alerts.change.${i.change}`)}
        </Tag>
      ),
    },
    {
      title: kt('knowledge.alerts.cited'),
      key: 'cited',
      render: (_, i) =>
        i.targetArticleId ? <a href={portalArticleUrl(i.targetArticleId)}>{i.targetLabel}</a> : '—',
    },
    {
      title: kt('knowledge.alerts.now'),
      key: 'now',
      render: (_, i) =>
        i.newArticleId ? (
          <a href={portalArticleUrl(i.newArticleId)}>
            {i.newArticleId.slice(i.newArticleId.lastIndexOf('/') + 1)}
          </a>
        ) : (
          '—'
        ),
    },
    { title: kt('knowledge.graph.words'), dataIndex: 'raw', key: 'raw' },
  ];
  return (
    <>
      {detail.error && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      <Table<Item>
        rowKey={(i) => `${i.citingArticleId}|${i.raw}|${i.targetArticleId}`}
        size="small"
        columns={columns}
        dataSource={detail.data?.list ?? []}
        loading={detail.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
    </>
  );
}

export function AlertsPage() {
  const kt = useKt();
  const [page, setPage] = useState(1);
  const alerts = useImpactAlerts(page, 20);
  const columns: ColumnsType<ImpactAlertSummary> = [
    {
      title: kt('knowledge.alerts.work'),
      key: 'work',
      render: (_, a) => <a href={graphUrl(a.versionKey)}>{a.workTitle}</a>,
    },
    {
      title: kt('knowledge.alerts.versions'),
      key: 'versions',
      render: (_, a) =>
        `${a.previousVersionKey.split('/').pop()} → ${a.versionKey.split('/').pop()}`,
    },
    {
      title: kt('knowledge.alerts.changes'),
      key: 'changes',
      render: (_, a) =>
        kt('knowledge.alerts.changesValue', {
          changed: a.changedArticles,
          removed: a.removedArticles,
          renumbered: a.renumberedArticles,
          added: a.addedArticles,
        }),
    },
    { title: kt('knowledge.alerts.documents'), dataIndex: 'citingDocuments', key: 'documents' },
    {
      title: kt('knowledge.alerts.createdAt'),
      key: 'createdAt',
      render: (_, a) => new Date(a.createdAt).toLocaleString(),
    },
  ];
  return (
    <Card title={kt('knowledge.alerts.title')}>
      <Typography.Paragraph type="secondary">{kt('knowledge.alerts.intro')}</Typography.Paragraph>
      {alerts.error && <ErrorAlert error={alerts.error} onRetry={() => void alerts.refetch()} />}
      <Table<ImpactAlertSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={alerts.data?.items ?? []}
        loading={alerts.isFetching}
        expandable={{ expandedRowRender: (a) => <AlertItems id={a.id} kt={kt} /> }}
        pagination={{
          current: page,
          pageSize: 20,
          total: alerts.data?.total ?? 0,
          onChange: setPage,
        }}
        data-testid="knowledge-alerts"
      />
    </Card>
  );
}
