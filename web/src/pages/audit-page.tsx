import { DownloadOutlined, SafetyOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import {
  exportAuditEvents,
  listAuditEvents,
  verifyAuditChain,
  type AuditFilters,
} from '../api/audit';
import type { AuditEvent } from '../api/types';
import { useCan } from '../app/current-user';
import { AuditFilterForm } from '../components/audit/audit-filter-form';
import { VerifyChainResult } from '../components/audit/verify-chain-result';
import { ErrorAlert, errorMessage } from '../components/error-alert';
import { formatDateTime, useT } from '../i18n';

const DEFAULT_PAGE_SIZE = 20;

function CopyableId({ value }: { value: string | null }) {
  if (!value) return <Typography.Text type="secondary">-</Typography.Text>;
  return (
    <Typography.Text copyable={{ text: value }} ellipsis style={{ maxWidth: 160 }} title={value}>
      {value}
    </Typography.Text>
  );
}

export function AuditPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });

  const events = useQuery({
    queryKey: ['audit', 'events', filters, paging],
    queryFn: ({ signal }) => listAuditEvents({ ...filters, ...paging }, signal),
    placeholderData: keepPreviousData,
  });

  const showError = (error: unknown) => void message.error(errorMessage(error, t));
  const verify = useMutation({ mutationFn: verifyAuditChain, onError: showError });
  const exporting = useMutation({
    mutationFn: () => exportAuditEvents(filters, t('audit.exportFileName')),
    onError: showError,
  });

  const columns: ColumnsType<AuditEvent> = [
    { title: t('audit.col.seq'), dataIndex: 'seq', key: 'seq', width: 90 },
    {
      title: t('audit.col.occurredAt'),
      dataIndex: 'occurredAt',
      key: 'occurredAt',
      render: (value: string) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value)}</span>
      ),
    },
    {
      title: t('audit.col.actor'),
      dataIndex: 'actorName',
      key: 'actor',
      render: (value: string | null) => value ?? <Tag>{t('audit.system')}</Tag>,
    },
    {
      title: t('audit.col.action'),
      dataIndex: 'action',
      key: 'action',
      render: (value: string) => <Typography.Text code>{value}</Typography.Text>,
    },
    { title: t('audit.col.entityType'), dataIndex: 'entityType', key: 'entityType' },
    {
      title: t('audit.col.entityId'),
      dataIndex: 'entityId',
      key: 'entityId',
      render: (value: string | null) => <CopyableId value={value} />,
    },
    {
      title: t('audit.col.region'),
      dataIndex: 'regionCode',
      key: 'region',
      render: (value: string | null) => value ?? '-',
    },
    {
      title: t('audit.col.requestId'),
      dataIndex: 'requestId',
      key: 'requestId',
      render: (value: string | null) => <CopyableId value={value} />,
    },
  ];

  return (
    <Card
      title={t('menu.audit')}
      extra={
        <Flex wrap gap={8}>
          {can('audit:verify') && (
            <Button
              icon={<SafetyOutlined />}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
              data-testid="audit-verify"
            >
              {t('audit.verify.button')}
            </Button>
          )}
          <Button
            icon={<DownloadOutlined />}
            loading={exporting.isPending}
            onClick={() => exporting.mutate()}
          >
            {t('common.exportExcel')}
          </Button>
        </Flex>
      }
    >
      {verify.data && <VerifyChainResult result={verify.data} onClose={() => verify.reset()} />}
      <AuditFilterForm
        onApply={(next) => {
          setFilters(next);
          setPaging((current) => ({ ...current, page: 1 }));
        }}
      />
      {events.error && <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      <div data-testid="audit-table">
        <Table<AuditEvent>
          rowKey="seq"
          size="middle"
          columns={columns}
          dataSource={events.data?.items ?? []}
          loading={events.isFetching}
          scroll={{ x: 'max-content' }}
          expandable={{
            rowExpandable: (event) => Object.keys(event.details ?? {}).length > 0,
            expandedRowRender: (event) => (
              <pre
                data-testid="audit-details"
                style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}
              >
                {JSON.stringify(event.details, null, 2)}
              </pre>
            ),
          }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: events.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(pagination) =>
            setPaging({
              page: pagination.current ?? 1,
              pageSize: pagination.pageSize ?? DEFAULT_PAGE_SIZE,
            })
          }
        />
      </div>
    </Card>
  );
}
