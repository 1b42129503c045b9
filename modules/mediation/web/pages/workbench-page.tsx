import { Card, Flex, Input, Segmented, Table } from 'antd';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { useCases, type CaseFilters } from '../api/mediation';
import type { CaseSummary } from '../api/types';
import { caseColumns } from '../components/case-columns';
import { useMt } from '../i18n/use-mt';

/** 调解工作台: disputes by their next deadline, the nearest first; the mediator's own or all. */
export function WorkbenchPage() {
  const mt = useMt();
  const can = useCan();
  const mediatorOnly = can('mediation:handle') && !can('mediation:assign');
  const [filters, setFilters] = useState<CaseFilters>({ scope: mediatorOnly ? 'mine' : 'all' });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const cases = useCases(filters, paging.page, paging.pageSize);
  const update = (patch: Partial<CaseFilters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPaging((current) => ({ ...current, page: 1 }));
  };

  return (
    <Card title={mt('mediation.workbench.title')}>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Segmented<CaseFilters['scope']>
          value={filters.scope}
          onChange={(scope) => update({ scope })}
          options={[
            { value: 'mine', label: mt('mediation.workbench.mine') },
            { value: 'all', label: mt('mediation.workbench.all') },
          ]}
        />
        <Input.Search
          allowClear
          placeholder={mt('mediation.workbench.search')}
          style={{ maxWidth: 280 }}
          onSearch={(q) => update({ q: q.trim() || undefined })}
        />
      </Flex>
      {cases.error && <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />}
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        columns={caseColumns<CaseSummary>(mt)}
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
