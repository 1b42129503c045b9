import { Card, Flex, Input, Segmented, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCases, type CaseFilters } from '../api/notary';
import type { CaseSummary } from '../api/types';
import { DeadlineTag } from '@web/components/deadline-tag';
import { useNt } from '../i18n/use-nt';

const DEFAULT_PAGE_SIZE = 20;

/** 公证员工作台: the cases by issue deadline, the nearest first; mine or the whole office. */
export function WorkbenchPage() {
  const nt = useNt();
  const can = useCan();
  const notaryOnly = can('notarization:handle') && !can('notarization:assign');
  const [filters, setFilters] = useState<CaseFilters>({ scope: notaryOnly ? 'mine' : 'all' });
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const cases = useCases(filters, paging.page, paging.pageSize);

  const update = (patch: Partial<CaseFilters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPaging((current) => ({ ...current, page: 1 }));
  };

  const columns: ColumnsType<CaseSummary> = [
    {
      title: nt('notarization.col.caseNumber'),
      dataIndex: 'caseNumber',
      key: 'caseNumber',
      render: (value: string, row) => (
        <Link to={`/notarization/cases/${row.id}`} data-testid="case-link">
          {value}
        </Link>
      ),
    },
    { title: nt('notarization.col.matter'), dataIndex: 'matterLabel', key: 'matter' },
    { title: nt('notarization.col.applicants'), dataIndex: 'applicantNames', key: 'applicants' },
    {
      title: nt('notarization.col.state'),
      dataIndex: 'stateLabel',
      key: 'state',
      render: (value: string) => <Tag color="processing">{value}</Tag>,
    },
    { title: nt('notarization.col.applied'), dataIndex: 'appliedDate', key: 'applied' },
    {
      title: nt('notarization.col.due'),
      key: 'due',
      render: (_, row) => (
        <Flex gap={4} align="center" style={{ whiteSpace: 'nowrap' }}>
          {row.nextDueDate ?? '-'}
          {row.nextDeadlineStatus && <DeadlineTag status={row.nextDeadlineStatus} />}
        </Flex>
      ),
    },
    {
      title: nt('notarization.col.notary'),
      dataIndex: 'notaryName',
      key: 'notary',
      render: (value: string | null) => value ?? '-',
    },
  ];

  return (
    <Card title={nt('notarization.workbench.title')}>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Segmented<CaseFilters['scope']>
          value={filters.scope}
          onChange={(scope) => update({ scope })}
          options={[
            { value: 'mine', label: nt('notarization.workbench.mine') },
            { value: 'all', label: nt('notarization.workbench.all') },
          ]}
          data-testid="scope"
        />
        <Input.Search
          allowClear
          placeholder={nt('notarization.workbench.search')}
          style={{ maxWidth: 280 }}
          onSearch={(q) => update({ q: q.trim() || undefined })}
        />
      </Flex>
      {cases.error && <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />}
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={cases.data?.items ?? []}
        loading={cases.isFetching}
        data-testid="cases-table"
        scroll={{ x: 'max-content' }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: cases.data?.total ?? 0,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </Card>
  );
}
