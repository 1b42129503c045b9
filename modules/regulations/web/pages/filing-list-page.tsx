import { Button, Card, Checkbox, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCan } from '@web/app/current-user';
import { DeadlineTag } from '@web/components/deadline-tag';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { type FilingFilters, type FilingSummary, useFilings } from '../components/filing-api';
import { useFt } from '../components/use-ft';
import { ValidityTag } from '../components/validity-tag';

/** 备案审查: the review items of the user's region, the most urgent first. */
export function FilingListPage() {
  const ft = useFt();
  const can = useCan();
  const [filters, setFilters] = useState<FilingFilters>({ open: 'true' });
  const [page, setPage] = useState(1);
  const filings = useFilings(filters, page, 20);
  const set = (patch: Partial<FilingFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const canFile = can('regulations:file');

  const columns: ColumnsType<FilingSummary> = [
    {
      title: ft('regulations.filing.col.caseNumber'),
      key: 'caseNumber',
      render: (_, f) => (
        <Link to={`/regulations/filings/${f.id}`} data-testid="filing-open">
          {f.caseNumber}
        </Link>
      ),
    },
    {
      title: ft('regulations.filing.col.title'),
      key: 'title',
      render: (_, f) => (
        <Flex vertical>
          <span>{f.title}</span>
          {f.origin === 'incidental' && (
            <Typography.Text type="secondary">
              {ft('regulations.filing.origin.incidental')} · {f.reconsiderationCaseNumber}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: ft('regulations.filing.col.number'), dataIndex: 'documentNumber', key: 'number' },
    { title: ft('regulations.filing.col.state'), dataIndex: 'stateLabel', key: 'state' },
    {
      title: ft('regulations.filing.col.filedOn'),
      key: 'filedOn',
      render: (_, f) => (
        <Flex gap={4} wrap>
          {f.filedOn}
          {f.filedLate && <Tag color="orange">{ft('regulations.filing.late')}</Tag>}
        </Flex>
      ),
    },
    {
      title: ft('regulations.filing.col.due'),
      key: 'due',
      render: (_, f) =>
        f.nextDueDate ? (
          <Flex gap={4}>
            {f.nextDueDate}
            {f.nextDeadlineStatus && <DeadlineTag status={f.nextDeadlineStatus} />}
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: ft('regulations.filing.col.validity'),
      key: 'validity',
      render: (_, f) => (f.origin === 'filing' ? <ValidityTag validity={f.validity} /> : '—'),
    },
  ];

  return (
    <Card
      title={ft('regulations.filing.list.title')}
      extra={
        canFile && (
          <Link to="/regulations/filings/new">
            <Button type="primary" data-testid="filing-new">
              {ft('regulations.filing.list.new')}
            </Button>
          </Link>
        )
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Input.Search
            allowClear
            placeholder={ft('regulations.filing.list.search')}
            onSearch={(value) => set({ text: value.trim() || undefined })}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            placeholder={ft('regulations.filing.list.origin')}
            options={(['filing', 'incidental'] as const).map((o) => ({
              value: o,
              label: ft(`regulations.filing.origin.${o}`),
            }))}
            onChange={(origin?: 'filing' | 'incidental') => set({ origin })}
            style={{ width: 140 }}
          />
          <Checkbox
            checked={filters.open === 'true'}
            onChange={(e) => set({ open: e.target.checked ? 'true' : undefined })}
          >
            {ft('regulations.filing.list.open')}
          </Checkbox>
        </Flex>
        {filings.error && (
          <ErrorAlert error={filings.error} onRetry={() => void filings.refetch()} />
        )}
        <Table<FilingSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={filings.data?.items ?? []}
          loading={filings.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: 20,
            total: filings.data?.total ?? 0,
            onChange: setPage,
          }}
          data-testid="filing-table"
        />
      </Flex>
    </Card>
  );
}
