import { Card, Table } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { useCases, useFirms, useLawyers } from '../api/legal-aid';
import type { CaseSummary, Firm, Lawyer } from '../api/types';
import { useLa } from '../i18n/use-la';
import { figureColumns } from './lawyers-page';
import { useCaseColumns } from './workbench-page';

/** 质量评查: closed cases to review, and the figures of institutions and providers. */
export function QualityPage() {
  const la = useLa();
  const [page, setPage] = useState(1);
  const closed = useCases({ scope: 'all', state: 'CLOSED' }, page, 10);
  const firms = useFirms();
  const lawyers = useLawyers();
  const caseColumns = useCaseColumns();
  return (
    <>
      <Card title={la('legal-aid.quality.toReview')} style={{ marginBottom: 16 }}>
        {closed.error && <ErrorAlert error={closed.error} />}
        <Table<CaseSummary>
          rowKey="id"
          size="small"
          columns={caseColumns}
          dataSource={closed.data?.items ?? []}
          loading={closed.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: 10,
            total: closed.data?.total ?? 0,
            onChange: setPage,
          }}
        />
      </Card>
      <Card title={la('legal-aid.quality.firms')} style={{ marginBottom: 16 }}>
        <Table<Firm>
          rowKey="firm"
          size="small"
          pagination={false}
          dataSource={firms.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: la('legal-aid.lawyers.firm'), dataIndex: 'firm', key: 'firm' },
            { title: la('legal-aid.lawyers.count'), dataIndex: 'lawyers', key: 'lawyers' },
            ...figureColumns<Firm>(la),
          ]}
        />
      </Card>
      <Card title={la('legal-aid.quality.lawyers')}>
        <Table<Lawyer>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={lawyers.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          data-testid="quality-lawyers"
          columns={[
            { title: la('legal-aid.lawyers.name'), dataIndex: 'name', key: 'name' },
            { title: la('legal-aid.lawyers.firm'), dataIndex: 'firm', key: 'firm' },
            ...figureColumns<Lawyer>(la),
          ]}
        />
      </Card>
    </>
  );
}
