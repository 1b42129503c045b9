import { Card, Flex, Input, Segmented, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DeadlineTag } from '@web/components/deadline-tag';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { type CaseFilters, useCases } from '../api/legal-aid';
import type { CaseSummary } from '../api/types';
import { useLa } from '../i18n/use-la';

/** The columns every case list of the module shows. */
export function useCaseColumns(): ColumnsType<CaseSummary> {
  const la = useLa();
  return [
    {
      title: la('legal-aid.col.caseNumber'),
      dataIndex: 'caseNumber',
      key: 'caseNumber',
      render: (value: string, row) => (
        <Link to={`/legal-aid/cases/${row.id}`} data-testid="case-link">
          {value}
        </Link>
      ),
    },
    { title: la('legal-aid.col.applicant'), dataIndex: 'applicantName', key: 'applicant' },
    { title: la('legal-aid.col.category'), dataIndex: 'categoryLabel', key: 'category' },
    { title: la('legal-aid.col.source'), dataIndex: 'sourceLabel', key: 'source' },
    {
      title: la('legal-aid.col.state'),
      key: 'state',
      render: (_, row) => (
        <>
          <Tag color="processing">{row.stateLabel}</Tag>
          {row.gravest && <Tag color="red">{la('legal-aid.col.gravest')}</Tag>}
        </>
      ),
    },
    { title: la('legal-aid.col.received'), dataIndex: 'receivedDate', key: 'received' },
    {
      title: la('legal-aid.col.due'),
      key: 'due',
      render: (_, row) => (
        <Flex gap={4} align="center" style={{ whiteSpace: 'nowrap' }}>
          {row.nextDeadlineLabel ? `${row.nextDeadlineLabel} ` : ''}
          {row.nextDueDate ?? '-'}
          {row.nextDeadlineStatus && <DeadlineTag status={row.nextDeadlineStatus} />}
        </Flex>
      ),
    },
    {
      title: la('legal-aid.col.provider'),
      dataIndex: 'providerName',
      key: 'provider',
      render: (value: string | null) => value ?? '-',
    },
  ];
}

/** 法律援助工作台: the cases of the centre, the nearest statutory date first. */
export function WorkbenchPage() {
  const la = useLa();
  const [filters, setFilters] = useState<CaseFilters>({ scope: 'open' });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const cases = useCases(filters, paging.page, paging.pageSize);
  const columns = useCaseColumns();
  const update = (patch: Partial<CaseFilters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPaging((current) => ({ ...current, page: 1 }));
  };
  return (
    <Card title={la('legal-aid.workbench.title')}>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Segmented<CaseFilters['scope']>
          value={filters.scope}
          onChange={(scope) => update({ scope })}
          options={[
            { value: 'open', label: la('legal-aid.workbench.open') },
            { value: 'all', label: la('legal-aid.workbench.all') },
          ]}
        />
        <Input.Search
          allowClear
          placeholder={la('legal-aid.workbench.search')}
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
